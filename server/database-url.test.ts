import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadEnv } from "../lib/testing/env";

const SERVER = path.join(import.meta.dirname, "server.mjs");
const DATABASE_URL = "postgres://spamtrail:secret@127.0.0.1:5432/spamtrail";
const WHY = "on PostgreSQL, Spamtrail's servers tell each other of page expiries through Redis";

/** Starts server/server.mjs with these variables over the test's own (undefined: unset) and waits for it to exit. */
function startServer(vars: Record<string, string | undefined>) {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: "0", WEB_CONCURRENCY: "1" };
  for (const [name, value] of Object.entries(vars)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return spawnSync(process.execPath, [SERVER], { env, encoding: "utf8", timeout: 60_000 });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

// On PostgreSQL the front's per-request check of page expiries goes through Redis
// (server/server.mjs): the log it reads otherwise is SQLite's, read synchronously.
describe("a server started with DATABASE_URL", () => {
  it("stops before it loads Next when REDIS_URL is not set, and says why", () => {
    const started = startServer({ DATABASE_URL, REDIS_URL: undefined });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("DATABASE_URL is set without REDIS_URL");
    expect(started.stderr).toContain(WHY);
    expect(started.stdout).not.toContain("Ready on");
  });

  it("goes on to check its Redis when REDIS_URL is set (PostgreSQL is no longer refused)", () => {
    // Nothing listens on port 1: the start stops at the Redis check, past the database one.
    const started = startServer({ DATABASE_URL, REDIS_URL: "redis://127.0.0.1:1" });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("Redis at redis://127.0.0.1:1 could not be reached");
    expect(started.stderr).not.toContain("DATABASE_URL");
  });
});

describe("lib/env.ts with DATABASE_URL", () => {
  it("refuses it without REDIS_URL inside Next's server, and says why", async () => {
    await expect(loadEnv({ DATABASE_URL, NEXT_RUNTIME: "nodejs" })).rejects.toThrow(WHY);
    expect((await loadEnv({ DATABASE_URL, REDIS_URL: "redis://127.0.0.1:6379", NEXT_RUNTIME: "nodejs" })).DATABASE_URL).toBe(DATABASE_URL);
  });

  it("accepts it alone outside Next's server: unit tests and scripts serve nobody", async () => {
    expect((await loadEnv({ DATABASE_URL })).DATABASE_URL).toBe(DATABASE_URL);
  });
});
