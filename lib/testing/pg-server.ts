import { spawn, type SpawnOptions } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { chownSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { serviceBinary } from "./services";
import { freePort } from "./ports";

/**
 * PostgreSQL refuses to run as root: as root (the CI container), its programs run as Debian's
 * `postgres` user, which owns the temporary folder; otherwise as whoever runs the tests.
 */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const entry = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((line) => line.startsWith("postgres:"));
  if (!entry) throw new Error("running as root, and there is no postgres user to run PostgreSQL as");
  const [, , uid, gid] = entry.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

async function run(program: string, args: string[], options: SpawnOptions): Promise<void> {
  const child = spawn(program, args, { ...options, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  if (code !== 0) throw new Error(`${path.basename(program)} exited with ${code}: ${errors}`);
}

/**
 * A real PostgreSQL (Debian's binaries, see serviceBinary) in a fresh temporary folder, listening
 * on 127.0.0.1 only, with a throwaway database for the calling test file. `url` is that
 * database's connection string; `close` drops it, stops the server and removes the folder.
 * Durability is switched off: the data is thrown away anyway. `durable` (the benches) keeps fsync
 * and full-page writes, so that a crash cannot corrupt the data, and still lets a commit answer
 * before its log is flushed: what SQLite's `synchronous = NORMAL` in WAL mode, the app's default, does.
 */
export async function startPostgres(options: { port?: number; durable?: boolean } = {}) {
  const postgres = serviceBinary("postgres");
  if (!postgres) throw new Error("PostgreSQL is not installed (check serviceAvailable first)");
  const bin = path.dirname(postgres);
  const directory = mkdtempSync(path.join(tmpdir(), "spamtrail-pg-"));
  const user = runAs();
  if (user) chownSync(directory, user.uid, user.gid);
  const data = path.join(directory, "data");
  const spawnOptions: SpawnOptions = { cwd: directory, env: { ...process.env, LC_ALL: "C" }, ...user };

  // Locale C: lower() folds ASCII only, as SQLite's NOCASE does (decision 0018).
  await run(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"], spawnOptions).catch(
    (error: unknown) => {
      rmSync(directory, { recursive: true, force: true });
      throw error;
    },
  );

  const port = options.port ?? (await freePort());
  const server = spawn(
    postgres,
    [
      "-D",
      data,
      "-k",
      directory,
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
      "-c",
      "synchronous_commit=off",
      ...(options.durable ? [] : ["-c", "fsync=off", "-c", "full_page_writes=off"]),
    ],
    { ...spawnOptions, stdio: ["ignore", "ignore", "pipe"] },
  );
  const exited = once(server, "exit");
  // Should the test process die first, the server must not outlive it.
  const killOnExit = () => server.kill("SIGQUIT");
  process.once("exit", killOnExit);
  let log = "";
  const lines = createInterface({ input: server.stderr! });
  lines.on("line", (line) => (log += `${line}\n`));
  const ready = new Promise<void>((resolve) => lines.on("line", (line) => line.includes("ready to accept connections") && resolve()));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      // SIGINT: fast shutdown, clients are disconnected.
      server.kill("SIGINT");
      await exited;
    }
    process.off("exit", killOnExit);
    lines.close();
    rmSync(directory, { recursive: true, force: true });
  };

  const admin = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const database = `spamtrail_test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin("postgres") });
  try {
    await Promise.race([ready, exited.then(([code]) => Promise.reject(new Error(`postgres exited with ${code}:\n${log}`)))]);
    await client.connect();
    await client.query(`create database "${database}"`);
  } catch (error) {
    await client.end().catch(() => undefined);
    await stop();
    throw error;
  }

  return {
    port,
    directory,
    url: admin(database),
    /** The server's address without a database: a test run creates one per test file from it. */
    serverUrl: `postgres://postgres@127.0.0.1:${port}`,
    close: async () => {
      await client.query(`drop database if exists "${database}" with (force)`).catch(() => undefined);
      await client.end().catch(() => undefined);
      await stop();
    },
  };
}
