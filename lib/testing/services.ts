import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * Where a Debian package's server program is, or undefined. The scale-out tests (issue 20) start
 * Redis, PostgreSQL and nginx themselves from these; `.ci/run` installs the packages.
 */
export function serviceBinary(service: "redis-server" | "nginx" | "postgres"): string | undefined {
  if (service === "postgres") {
    // Debian keeps PostgreSQL's programs under a versioned folder, off the PATH.
    const root = "/usr/lib/postgresql";
    if (!existsSync(root)) return undefined;
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    const found = versions.map((v) => path.join(root, v, "bin")).find((bin) => existsSync(path.join(bin, "initdb")));
    return found && path.join(found, "postgres");
  }
  const candidates = service === "nginx" ? ["/usr/sbin/nginx", "/usr/bin/nginx"] : ["/usr/bin/redis-server", "/usr/local/bin/redis-server"];
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * Whether the tests that need `service` can run. Without the package they are skipped and say
 * why, so `npm test` passes after `npm install` alone; with REQUIRE_SERVICES=1 (`.ci/run`) a
 * missing package fails the run instead of skipping.
 */
export function serviceAvailable(service: Parameters<typeof serviceBinary>[0]): boolean {
  if (serviceBinary(service)) return true;
  const message = `${service} is not installed (Debian package ${service === "postgres" ? "postgresql" : service}): its tests are skipped`;
  if (process.env.REQUIRE_SERVICES === "1") throw new Error(`${message}, but REQUIRE_SERVICES=1`);
  console.warn(message);
  return false;
}
