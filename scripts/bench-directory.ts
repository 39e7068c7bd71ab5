// Part of `npm run bench`: the public directory at scale, on the production build. Seeds (once,
// kept under ./data/bench-directory-N) 1,000,000 incidents, starts the app and a bare node:http
// baseline on the same database, and measures the sender page, the search and the directory
// list, and the open data API's sender lookup and report pages: latency one request at a time, then
// latency (p50, p95, p99) and throughput with 50 connections.
// Sizes: BENCH_DIRECTORY_INCIDENTS (default 1000000), BENCH_SECONDS (default 10); BENCH_ONLY, a
// pattern, runs only the scenarios whose names match it; BENCH_PORT, the app's port (default 3311);
// BENCH_WORKERS=1,2 runs the app once per number of server workers and prints the app's figures
// side by side (scripts/bench-workers.ts; the baseline is measured with the first).
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { SideBySide, workerCounts, workersEnv, workersLabel } from "./bench-workers";

const root = path.resolve(import.meta.dirname, "..");
const INCIDENTS = Number(process.env.BENCH_DIRECTORY_INCIDENTS ?? 1_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WORKERS = workerCounts();
const ONLY = new RegExp(process.env.BENCH_ONLY ?? "", "i");
const CONNECTIONS = 50;
// BENCH_PORT: the app's port (the baseline takes the next one), for running beside other servers.
const APP_PORT = Number(process.env.BENCH_PORT ?? 3311);
const BASELINE_PORT = APP_PORT + 1;
const dataDir = path.join(root, "data", `bench-directory-${INCIDENTS}`);
const database = path.join(dataDir, "spamtrail.db");

// Seed once per size and schema: the marker names both.
const migrations = createHash("sha256")
  .update(
    readdirSync(path.join(root, "db", "migrations"))
      .filter((f) => f.endsWith(".sql"))
      .map((f) => readFileSync(path.join(root, "db", "migrations", f)))
      .join("\n"),
  )
  .digest("hex");
const marker = path.join(dataDir, "seeded.json");
const wanted = JSON.stringify({ incidents: INCIDENTS, migrations });
if (!existsSync(marker) || readFileSync(marker, "utf8") !== wanted) {
  rmSync(dataDir, { recursive: true, force: true });
  const seed = spawnSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts", "--incidents", String(INCIDENTS), "--data-dir", dataDir],
    { cwd: root, stdio: "inherit" },
  );
  if (seed.status !== 0) process.exit(seed.status ?? 1);
  writeFileSync(marker, wanted);
} else {
  console.log(`reusing the seeded database in ${dataDir}`);
}

// What to ask for: the busiest sender, a spread of others, numbers typed the Indonesian way, list pages.
const db = new Database(database, { readonly: true });
const heavy = db.prepare("select sender_id as id, public_reports as reports from sender_stats order by public_reports desc limit 1").get() as {
  id: string;
  reports: number;
};
// 300 senders asked in turn (cached after their first visit), and others never asked before.
const sample = (db.prepare("select sender_id as id from sender_stats order by random() limit 6300").all() as { id: string }[]).map((row) => row.id);
const spread = sample.slice(0, 300);
const fresh = sample.slice(300);
const numbers = (
  db.prepare("select s.key from senders s join sender_stats st on st.sender_id = s.id where s.kind = 'phone' order by random() limit 300").all() as {
    key: string;
  }[]
).map((row) => `0${row.key.slice(3, 6)}-${row.key.slice(6, 10)}-${row.key.slice(10)}`);
// Cursors into the busiest sender's reports (the API's older pages), from its newest back.
const olderCursors = (
  db
    .prepare(
      "select occurred_at as at, id from public_incidents where sender_id = ? and hidden_at is null order by occurred_at desc, id desc limit 20 offset 20",
    )
    .all(heavy.id) as { at: number; id: string }[]
).map((row) => `${row.at}_${row.id}`);
const counts = db
  .prepare(
    "select (select count(*) from incidents) as incidents, (select count(*) from public_incidents) as public, (select count(*) from sender_stats) as senders",
  )
  .get() as Record<string, number>;
db.close();
console.log(
  `directory at scale: ${counts.incidents} incidents, ${counts.public} public reports, ${counts.senders} senders with public reports; busiest sender has ${heavy.reports} reports`,
);

// What a write to the busiest sender costs in sender figures (scripts/bench-sender-write.ts), before the app opens the database.
if (ONLY.test("sender figures on a write")) {
  const writes = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-sender-write.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATA_DIR: dataDir },
  });
  if (writes.status !== 0) process.exit(writes.status ?? 1);
}

function start(command: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout!.on("data", (chunk: Buffer) => ready.test(chunk.toString()) && resolve(child));
    child.on("exit", (code) => reject(new Error(`${command.join(" ")} exited with ${code}`)));
  });
}

let firstVisits = 0;
type Scenario = { name: string; app: (i: number) => string; baseline?: (i: number) => string; headers?: Record<string, string> };
const scenarios: Scenario[] = [
  // Next's own floor: a small static file (public/robots.txt), no page, no query.
  { name: "Next floor: /robots.txt", app: () => "/robots.txt" },
  // Next's floor for an answer computed per request: the search route with nothing to look up,
  // with a session cookie so that the front leaves it to Next (the cookie is not read: no search).
  { name: "Next floor: a route (empty search)", app: () => "/senders/search", headers: { cookie: "next-auth.session-token=bench" } },
  { name: `sender page, busiest sender (${heavy.reports} reports)`, app: () => `/senders/${heavy.id}`, baseline: () => `/sender/${heavy.id}` },
  { name: "sender page, 300 senders in turn", app: (i) => `/senders/${spread[i % spread.length]}`, baseline: (i) => `/sender/${spread[i % spread.length]}` },
  {
    name: "search by number in another format",
    app: (i) => `/senders/search?q=${encodeURIComponent(numbers[i % numbers.length]!)}`,
    baseline: (i) => `/search?q=${encodeURIComponent(numbers[i % numbers.length]!)}`,
  },
  { name: "directory list, most reports, pages 1–10", app: (i) => `/senders?sort=reports&page=${i % 10}`, baseline: (i) => `/directory?page=${i % 10}` },
  // Pages from CACHED_DIRECTORY_PAGES (50) on are never kept by the front: each request renders.
  {
    name: "directory list, pages 51–60 (rendered)",
    app: (i) => `/senders?sort=reports&page=${50 + (i % 10)}`,
    baseline: (i) => `/directory?page=${50 + (i % 10)}`,
  },
  // The open data API (/api/v1): answered per request, never from a cache (lib/open-data/respond.ts).
  { name: "API: sender lookup by number", app: (i) => `/api/v1/senders?q=${encodeURIComponent(numbers[i % numbers.length]!)}` },
  { name: "API: reports, 300 senders in turn", app: (i) => `/api/v1/senders/${spread[i % spread.length]}/reports` },
  {
    name: "API: reports, busiest sender, older pages",
    app: (i) => `/api/v1/senders/${heavy.id}/reports${olderCursors.length ? `?cursor=${olderCursors[i % olderCursors.length]}` : ""}`,
  },
  // Sender pages are rendered on a sender's first visit and then served from Next's cache until a
  // write expires them (or the cache's memory limit drops them): this one measures the render,
  // each request a sender not asked before. Last, as it fills the cache.
  {
    name: "sender page, first visit (rendered)",
    app: () => `/senders/${fresh[firstVisits++ % fresh.length]}`,
    baseline: (i) => `/sender/${fresh[i % fresh.length]}`,
  },
];

// Browsers ask for gzip; the load generator takes the bytes as sent and does not unpack them.
const HEADERS = { "accept-encoding": "gzip, deflate, br" };

async function hit(base: string, url: string): Promise<void> {
  const response = await fetch(base + url, { redirect: "manual", headers: HEADERS });
  await response.arrayBuffer();
  if (response.status >= 400) throw new Error(`${url}: ${response.status}`);
}

/** A visit on a connection of its own: the workers take new connections in turn, so `workers` visits reach each of them. */
function visitOnNewConnection(base: string, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get(base + url, { agent: false, headers: HEADERS }, (response) => {
        response.resume();
        response.on("end", () => (response.statusCode! >= 400 ? reject(new Error(`${url}: ${response.statusCode}`)) : resolve()));
      })
      .on("error", reject);
  });
}

/** Stops a server and waits until it is gone, so the next can take its port. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/**
 * Latencies of `connections` clients, each asking again as soon as answered, for `seconds`, and
 * requests per second. The load comes from autocannon (its own HTTP client, in this process).
 */
async function load(
  base: string,
  path: (i: number) => string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<{ samples: number[]; perSecond: number }> {
  const samples: number[] = [];
  const failures: number[] = [];
  const errors: string[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        headers: { ...HEADERS, ...headers },
        requests: [{ setupRequest: (request) => ({ ...request, path: path(next++) }) }],
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    run.on("reqError", (error) => errors.push(String(error)));
    run.on("response", (_client, status, _bytes, time) => {
      samples.push(time);
      if (status >= 400) failures.push(status);
    });
  });
  if (failures.length || result.errors || result.timeouts)
    throw new Error(
      `${base}${path(0)}: ${failures.length} answers ≥ 400 (${failures[0]}), ${result.errors} errors (${errors[0]}), ${result.timeouts} timeouts`,
    );
  return { samples, perSecond: samples.length / seconds };
}

const percentile = (samples: number[], q: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
// A run too slow to answer once in its time (a loaded machine) has no figures: shown as a dash.
const ms = (value: number | undefined) => `${(value === undefined ? "—" : value.toFixed(1)).padStart(6)} ms`;

// The API's per-address budget raised: every request of the load comes from this one address.
const startApp = (workers: number | undefined) =>
  start(
    ["scripts/start.mjs"],
    { PORT: String(APP_PORT), HOSTNAME: "127.0.0.1", DATA_DIR: dataDir, API_RATE_LIMIT_PER_MINUTE: "1000000", ...workersEnv(workers) },
    /Ready on/,
  );
const baseline = await start(
  ["--conditions=react-server", "--import", "tsx", "scripts/bench-baseline.ts", database, String(BASELINE_PORT)],
  {},
  /baseline ready/,
);
const servers = { app: `http://127.0.0.1:${APP_PORT}`, baseline: `http://127.0.0.1:${BASELINE_PORT}` };
const sideBySide = new SideBySide();
/** The app's figures with the first number of workers, for issue 17's targets. */
const figures = new Map<string, { p50: number; perSecond: number }>();
let app: ChildProcess | undefined;
try {
  for (const [round, workers] of WORKERS.entries()) {
    app = await startApp(workers);
    const running = app;
    running.once("exit", (code, signal) => running === app && console.error(`the app exited during the bench (code ${code}, signal ${signal})`));
    const appSide = workers === undefined ? "app" : `app, ${workersLabel(workers)}`;
    if (workers !== undefined) sideBySide.noteLoad(workers);
    // The cached scenarios measure cache hits: every page they ask for is visited once first (by each worker).
    for (const id of [heavy.id, ...spread]) {
      if (workers === undefined) await hit(servers.app, `/senders/${id}`);
      else for (let w = 0; w < workers; w++) await visitOnNewConnection(servers.app, `/senders/${id}`);
    }
    console.log(
      `${(workers === undefined ? "" : `\n${workersLabel(workers)}`).padEnd(48)} ${"1 connection".padEnd(21)} ${`${CONNECTIONS} connections, ${SECONDS} s`}`,
    );
    for (const scenario of scenarios.filter((scenario) => ONLY.test(scenario.name))) {
      // The baseline is one plain process: measured once.
      for (const side of round === 0 ? (["app", "baseline"] as const) : (["app"] as const)) {
        const pathFor = scenario[side];
        if (!pathFor) continue;
        if (app.exitCode !== null || app.signalCode !== null) throw new Error(`the app is gone (code ${app.exitCode}, signal ${app.signalCode})`);
        await load(servers[side], pathFor, 4, 1, scenario.headers); // warm up
        const single = await load(servers[side], pathFor, 1, Math.max(2, SECONDS / 3), scenario.headers);
        const loaded = await load(servers[side], pathFor, CONNECTIONS, SECONDS, scenario.headers);
        console.log(
          `${`${scenario.name} — ${side === "app" ? appSide : side}`.padEnd(48)} p50 ${ms(percentile(single.samples, 0.5))} p95 ${ms(percentile(single.samples, 0.95))}   ` +
            `p50 ${ms(percentile(loaded.samples, 0.5))} p95 ${ms(percentile(loaded.samples, 0.95))} p99 ${ms(percentile(loaded.samples, 0.99))} ${loaded.perSecond.toFixed(0).padStart(6)} req/s`,
        );
        if (side === "app" && round === 0) figures.set(scenario.name, { p50: percentile(single.samples, 0.5), perSecond: loaded.perSecond });
        if (side === "app" && workers !== undefined) sideBySide.add(scenario.name, workers, loaded.samples, loaded.perSecond);
      }
    }
    if (workers !== undefined) sideBySide.noteLoad(workers);
    const stopping = app;
    app = undefined;
    await stop(stopping);
  }
  if (WORKERS.length > 1) sideBySide.print(`the app with 1 and more workers, ${CONNECTIONS} connections, ${SECONDS} s`, WORKERS as number[]);
  printTargets();
} finally {
  if (app) await stop(app);
  baseline.kill("SIGTERM");
}

/** Issue 17's targets for public pages beside the figures (the first number of workers). */
function printTargets() {
  const target = (label: string, figure: number | undefined, unit: "ms" | "req/s", goal: number) => {
    const atMost = unit === "ms";
    const shown = figure === undefined ? "not measured" : `${figure.toFixed(unit === "ms" ? 1 : 0)} ${unit}`;
    const verdict = figure === undefined ? "" : (atMost ? figure <= goal : figure >= goal) ? "✓" : "✗";
    console.log(`  ${label.padEnd(52)} ${shown.padStart(12)}   target ${atMost ? "≤" : "≥"} ${goal} ${unit}   ${verdict}`);
  };
  console.log(`\ntargets (issue 17)${WORKERS[0] === undefined ? "" : `, ${workersLabel(WORKERS[0])}`}`);
  target(`directory list cached, ${CONNECTIONS} connections`, figures.get("directory list, most reports, pages 1–10")?.perSecond, "req/s", 1000);
  target("directory list rendered, p50 single request", figures.get("directory list, pages 51–60 (rendered)")?.p50, "ms", 8);
  target("sender page first visit, p50 single request", figures.get("sender page, first visit (rendered)")?.p50, "ms", 8);
}
