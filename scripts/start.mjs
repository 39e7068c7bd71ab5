#!/usr/bin/env node
// `npm start`: build when the sources are newer than the last build, then serve on localhost:
// WEB_CONCURRENCY workers (one per core by default, server/cluster.mjs), or with 1 a single process.
// The database (the SQLite file, or PostgreSQL with DATABASE_URL) is migrated and the auth secret
// created by instrumentation.ts when Next starts: nothing here opens the database.
import { spawnSync, spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { startCluster, workerCount } from "../server/cluster.mjs";

const root = path.resolve(import.meta.dirname, "..");
const SOURCES = ["app", "components", "db", "i18n", "lib", "messages", "public", "instrumentation.ts", "next.config.js", "package.json", "postcss.config.mjs"];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((max, name) => Math.max(max, newestMtime(path.join(target, name))), stat.mtimeMs);
}

// Checked before a build, which takes minutes.
let workers;
try {
  workers = workerCount(process.env.WEB_CONCURRENCY);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const buildId = path.join(root, ".next", "BUILD_ID");
const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))));
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

if (changedAt > builtAt) {
  console.log(builtAt ? "Sources changed since the last build: building…" : "No build yet: building…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The service worker lists this build's files (scripts/build-sw.mjs, the second half of `npm run
// build`); a build made with `next build` alone gets it here.
const worker = path.join(root, ".next", "sw.js");
if (!existsSync(worker) || statSync(worker).mtimeMs < statSync(buildId).mtimeMs) {
  const built = spawnSync(process.execPath, [path.join(root, "scripts", "build-sw.mjs")], { cwd: root, stdio: "inherit" });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const port = process.env.PORT ?? "3000";
const host = process.env.HOSTNAME ?? "localhost";
const env = { ...process.env, NODE_ENV: "production", NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://${host}:${port}`, PORT: port, HOSTNAME: host };
console.log(`Spamtrail: http://${host}:${port} (${workers} ${workers === 1 ? "process" : "workers"})`);
if (workers > 1) {
  // This process becomes the primary of server/cluster.mjs; its Node flags reach every worker.
  startCluster({ workers, host, port, env, cwd: root });
} else {
  // Node's own flags reach the server (e.g. `node --cpu-prof scripts/start.mjs` profiles it: Node 20
  // refuses --cpu-prof in NODE_OPTIONS).
  const server = spawn(process.execPath, [...process.execArgv, path.join(root, "server", "server.mjs")], { cwd: root, env, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
