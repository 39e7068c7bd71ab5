import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVER = path.join(import.meta.dirname, "server.mjs");

describe("a server started with DATABASE_URL", () => {
  it("stops before it listens and says the app does not run on PostgreSQL yet", () => {
    const started = spawnSync(process.execPath, [SERVER], {
      env: { ...process.env, DATABASE_URL: "postgres://spamtrail:secret@127.0.0.1:5432/spamtrail", PORT: "0", WEB_CONCURRENCY: "1" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("DATABASE_URL is set, but Spamtrail does not run on PostgreSQL yet");
    expect(started.stdout).not.toContain("Ready on");
  });
});
