// @ts-check
// One server process uses one core. `npm start` (scripts/start.mjs) runs this primary, which forks
// WEB_CONCURRENCY workers, each running server/server.mjs on the same port (Node's cluster module
// hands each new connection to the next worker in turn). The primary serves nothing itself.
// - The first worker starts alone: its instrumentation.ts migrates the database and creates the auth
//   secret, which two processes doing at once on SQLite would race over (on PostgreSQL an advisory
//   lock makes servers take turns anyway, db/postgres.ts). The others follow once it listens, and
//   `✓ Ready on` is printed once they all do.
// - A worker that dies is replaced, after a pause that doubles with each death in a row (a worker
//   that dies at once must not spin); one that dies before the service was ever ready stops it.
// - SIGINT/SIGTERM: each worker is asked to stop (server.mjs closes Next), then the primary exits.
import cluster from "node:cluster";
import os from "node:os";
import path from "node:path";

const SERVER = path.join(import.meta.dirname, "server.mjs");
const FIRST_RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 30_000;
/** A worker that lived this long resets the pause before the next restart. */
const STEADY_MS = 60_000;
/** Workers still running this long after being asked to stop are killed. */
const STOP_GRACE_MS = 15_000;

/**
 * How many workers WEB_CONCURRENCY asks for: a positive integer; unset, one per core.
 * @param {string | undefined} value @param {number} [cores]
 */
export function workerCount(value, cores = os.availableParallelism()) {
  if (value === undefined || value.trim() === "") return cores;
  if (!/^\s*[1-9]\d*\s*$/.test(value)) throw new Error(`WEB_CONCURRENCY must be a positive integer (workers to run), not "${value}"`);
  return Number(value);
}

/**
 * Runs the primary: forks `workers` workers of server/server.mjs. Node's own flags (this process's
 * execArgv, e.g. --cpu-prof) reach each worker.
 * @param {{ workers: number, host: string, port: string, env: NodeJS.ProcessEnv, cwd: string }} options
 */
export function startCluster({ workers, host, port, env, cwd }) {
  cluster.setupPrimary({ exec: SERVER, execArgv: process.execArgv, cwd });
  let ready = false;
  let stopping = false;
  let restartDelay = FIRST_RESTART_DELAY_MS;
  /** @type {Map<number, number>} worker id → when it started */
  const startedAt = new Map();

  /** @returns {import("node:cluster").Worker} */
  function fork() {
    const worker = cluster.fork(env);
    startedAt.set(worker.id, Date.now());
    return worker;
  }

  /** Workers listening since the start, until the service is ready. @type {Set<number>} */
  const listeningIds = new Set();
  cluster.on("listening", (worker) => {
    // Tests and operators find a worker's process by this line.
    console.log(`worker ${worker.id} pid ${worker.process.pid} listening`);
    if (ready) return;
    const first = listeningIds.size === 0;
    listeningIds.add(worker.id);
    if (first) for (let i = 1; i < workers; i++) fork();
    if (listeningIds.size < workers) return;
    ready = true;
    console.log(`✓ Ready on http://${host}:${port}`);
  });

  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker.id) ?? Date.now());
    startedAt.delete(worker.id);
    listeningIds.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!ready) {
      console.error(`worker ${worker.id} exited (${signal ?? code}) before the server was ready: stopping`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
      process.exit(code || 1);
    }
    if (lived > STEADY_MS) restartDelay = FIRST_RESTART_DELAY_MS;
    console.error(`worker ${worker.id} pid ${worker.process.pid} died (${signal ?? code}); a new one starts in ${restartDelay} ms`);
    setTimeout(() => stopping || fork(), restartDelay);
    restartDelay = Math.min(restartDelay * 2, MAX_RESTART_DELAY_MS);
  });

  for (const name of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(name, () => {
      if (stopping) return;
      stopping = true;
      const running = Object.values(cluster.workers ?? {});
      if (running.length === 0) process.exit(0);
      for (const worker of running) worker?.process.kill(name);
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
        process.exit(1);
      }, STOP_GRACE_MS).unref();
    });
  }

  fork();
}
