import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { serviceBinary } from "./services";

export type BalancerOptions = {
  /** Where nginx listens, on 127.0.0.1. */
  port: number;
  /** The app servers it spreads requests over, round-robin: "127.0.0.1:3532". */
  upstreams: string[];
  /** Largest request body nginx passes on; the app refuses past its own limits (IMPORT_MAX_BYTES). */
  maxBodySize?: string;
};

/**
 * The configuration of a load balancer in front of several app servers, as a production setup
 * would have it, with every file nginx writes inside `directory`.
 */
export function balancerConfig(directory: string, { port, upstreams, maxBodySize = "600m" }: BalancerOptions): string {
  const file = (name: string) => path.join(directory, name);
  return `daemon off;
master_process on;
worker_processes 1;
${/* As root, workers would become "nobody", who cannot write to this private temp folder. */ process.getuid?.() === 0 ? "user root;" : ""}
pid ${file("nginx.pid")};
error_log ${file("error.log")} warn;
events { worker_connections 512; }
http {
  access_log ${file("access.log")};
  client_body_temp_path ${file("client_body")};
  proxy_temp_path ${file("proxy")};
  fastcgi_temp_path ${file("fastcgi")};
  uwsgi_temp_path ${file("uwsgi")};
  scgi_temp_path ${file("scgi")};
  client_max_body_size ${maxBodySize};
  upstream app {
    # A server refusing connections is left out for a second, then tried again (a restarted one comes back).
${upstreams.map((upstream) => `    server ${upstream} max_fails=1 fail_timeout=1s;`).join("\n")}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # The browser's own address: Next checks a server action's Origin against it, next-auth builds its URLs from it.
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      # The app's rate limits read the client from here with TRUST_PROXY=1.
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      # A dead server is skipped; a request it was already handling is not sent twice (POSTs are not retried once sent).
      proxy_next_upstream error timeout http_502;
      # Next streams its pages: pass them on as they come.
      proxy_buffering off;
      proxy_read_timeout 300s;
    }
  }
}
`;
}

async function accepting(port: number): Promise<boolean> {
  const socket = connect(port, "127.0.0.1");
  try {
    await Promise.race([once(socket, "connect"), once(socket, "error").then(([error]) => Promise.reject(error as Error))]);
    return true;
  } catch {
    return false;
  } finally {
    socket.destroy();
  }
}

/**
 * Debian's nginx in the foreground (so the test owns the process), its configuration, pid,
 * logs and temp files in a fresh temp folder; `close` stops it and removes the folder.
 * Callers skip first with serviceAvailable("nginx").
 */
export async function startBalancer(options: BalancerOptions) {
  const binary = serviceBinary("nginx");
  if (!binary) throw new Error("nginx is not installed (Debian package nginx)");
  const directory = mkdtempSync(path.join(tmpdir(), "spamtrail-nginx-"));
  for (const name of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(path.join(directory, name));
  const config = path.join(directory, "nginx.conf");
  writeFileSync(config, balancerConfig(directory, options));
  // -e: nginx opens its error log before reading the configuration; the default one is not ours.
  const child = spawn(binary, ["-p", directory, "-c", config, "-e", path.join(directory, "error.log")], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, "exit");
  const errorLog = () => {
    try {
      return readFileSync(path.join(directory, "error.log"), "utf8");
    } catch {
      return "";
    }
  };
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      rmSync(directory, { recursive: true, force: true });
      throw new Error(`nginx exited at start: ${stderr}${errorLog()}`);
    }
    if (await accepting(options.port)) break;
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 50))]);
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    directory,
    errorLog,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGTERM: the master stops its worker and exits, leaving nothing behind.
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
