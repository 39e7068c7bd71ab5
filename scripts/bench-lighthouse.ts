// Part of `npm run bench`: Lighthouse's mobile performance score of the pages people land on
// (issue 17's target: 95 or more), on the production build (scripts/start.mjs builds if the
// sources changed). Starts the app on a throwaway data directory with a few hundred public
// senders (scripts/seed.ts) and one confirmed user whose session cookie is minted the way
// next-auth signs it, then runs Lighthouse (default mobile emulation: a mid-range phone, slow 4G
// and 4× CPU slowdown, simulated) RUNS times per page in Debian's Chromium and prints the median
// score with its metrics and what Lighthouse blames. The CPU part of the simulation scales what
// this machine measured, so a busy machine scores lower: compare runs made in the same minute.
// BENCH_LIGHTHOUSE_RUNS (default 3), BENCH_ONLY (a pattern over the page names),
// CHROME_PATH (default: scripts/chromium-path.ts), BENCH_LIGHTHOUSE_PORT (default 3313; Chrome's
// debugging port is the next one), BENCH_LIGHTHOUSE_REPORTS (a directory: every run's full JSON
// report is written there, to open in the Lighthouse viewer).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { Result } from "lighthouse";
import { chromiumPath } from "./chromium-path";

const root = path.resolve(import.meta.dirname, "..");
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const ONLY = new RegExp(process.env.BENCH_ONLY ?? "", "i");
const CHROME_PATH = await chromiumPath();
const APP_PORT = Number(process.env.BENCH_LIGHTHOUSE_PORT ?? 3313);
const REPORTS = process.env.BENCH_LIGHTHOUSE_REPORTS;
const TARGET = 95;

const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-lighthouse-"));
process.env.DATA_DIR = dataDir;

// Public senders for the directory: the seed's own mix (reports, violations, sectors).
const seed = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/seed.ts", "--incidents", "3000", "--data-dir", dataDir], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
if (seed.status !== 0) process.exit(seed.status ?? 1);

// One confirmed user, and the cookie next-auth would set after their sign-in: a JWT encrypted
// with the secret the server reads from the same data directory (lib/env.ts).
const { getAuthSecret } = await import("@/lib/env");
const { insertUser } = await import("@/db/queries/users");
const { encode } = await import("next-auth/jwt");
const user = await insertUser({ email: `lighthouse-${randomUUID()}@example.test`, passwordHash: "not-a-real-hash", emailVerifiedAt: new Date() });
if (!user) throw new Error("the bench user was not created");
const sessionToken = await encode({ token: { sub: user.id, email: user.email, sv: user.sessionVersion }, secret: getAuthSecret(), maxAge: 60 * 60 });

type Page = { name: string; path: string; signedIn?: boolean };
const pages: Page[] = [
  { name: "home", path: "/" },
  { name: "directory", path: "/senders" },
  { name: "sign-in", path: "/login" },
  { name: "incident form (signed in)", path: "/incidents/new", signedIn: true },
];

function start(command: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, command, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
    child.stdout!.on("data", (chunk: Buffer) => ready.test(chunk.toString()) && resolve(child));
    child.on("exit", (code) => reject(new Error(`${command.join(" ")} exited with ${code}`)));
  });
}

const METRICS = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["SI", "speed-index"],
] as const;
// What Lighthouse blames, in the order worth reading: bytes before first paint, then script cost.
const BLAME = [
  "render-blocking-resources",
  "unused-javascript",
  "total-byte-weight",
  "bootup-time",
  "mainthread-work-breakdown",
  "server-response-time",
  "legacy-javascript",
  "unused-css-rules",
  "font-display",
] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One line per blamed audit that is not passed: its title and what it amounts to. */
function blame(result: Result): string[] {
  return BLAME.flatMap((id) => {
    const audit = result.audits[id];
    if (!audit || audit.score === null || audit.score >= 0.9) return [];
    const details = audit.details as { type?: string; items?: Record<string, unknown>[] } | undefined;
    const items = (details?.items ?? [])
      .slice(0, 4)
      .map((item) => {
        const url = String(item.url ?? item.groupLabel ?? item.group ?? "").replace(/^https?:\/\/[^/]+/, "");
        const bytes = Number(item.wastedBytes ?? item.totalBytes ?? 0);
        const time = Number(item.total ?? item.duration ?? item.wastedMs ?? 0);
        return `${url || "?"}${bytes ? ` ${(bytes / 1024).toFixed(1)} KiB` : ""}${time ? ` ${time.toFixed(0)} ms` : ""}`;
      })
      .join("; ");
    return [`    ${audit.title}: ${audit.displayValue ?? ""}${items ? ` (${items})` : ""}`];
  });
}

const app = await start(["scripts/start.mjs"], { PORT: String(APP_PORT), HOSTNAME: "127.0.0.1", DATA_DIR: dataDir }, /Ready on/);
const chrome = await chromeLauncher.launch({
  chromePath: CHROME_PATH,
  port: APP_PORT + 1,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const base = `http://127.0.0.1:${APP_PORT}`;
let missed = 0;
try {
  // Each page once before measuring: the first render of a route loads its code on the server.
  for (const page of pages)
    await fetch(base + page.path, { headers: page.signedIn ? { cookie: `next-auth.session-token=${sessionToken}` } : {} }).then((r) => r.arrayBuffer());
  console.log(`Lighthouse mobile performance, median of ${RUNS} runs (target ≥ ${TARGET})`);
  for (const page of pages.filter((page) => ONLY.test(page.name))) {
    const results: Result[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART and the like) and
      // asks to run again: up to three tries a run.
      let runner: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        runner = await lighthouse(base + page.path, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
          extraHeaders: page.signedIn ? { Cookie: `next-auth.session-token=${sessionToken}` } : undefined,
        });
        const error = runner ? runner.lhr.runtimeError : { code: "NO_RESULT", message: "Lighthouse gave no result" };
        if (!error) break;
        if (attempt === 3) throw new Error(`${page.path}: ${error.code} ${error.message}`);
      }
      const { lhr } = runner!;
      if (lhr.finalDisplayedUrl !== base + page.path) throw new Error(`${page.path}: ended on ${lhr.finalDisplayedUrl}`);
      results.push(lhr);
      if (REPORTS) {
        mkdirSync(REPORTS, { recursive: true });
        writeFileSync(path.join(REPORTS, `${page.name.replace(/\W+/g, "-")}-${run + 1}.json`), runner!.report as string);
      }
    }
    const score = (result: Result) => Math.round((result.categories.performance?.score ?? 0) * 100);
    const scores = results.map(score);
    // The run with the median score is the one whose metrics and blame are printed.
    const middle = results.find((result) => score(result) === median(scores))!;
    if (median(scores) < TARGET) missed++;
    const metrics = [
      ...METRICS.map(([label, id]) => `${label} ${middle.audits[id]?.displayValue ?? "?"}`),
      `${Math.round((middle.audits["total-byte-weight"]?.numericValue ?? 0) / 1024)} KiB`,
    ].join(", ");
    // Lighthouse's measure of this machine's speed at the time (higher is faster; its docs call
    // under 1000 a slow machine): the simulated phone is this machine slowed down 4×.
    const speed = median(results.map((result) => result.environment.benchmarkIndex));
    console.log(
      `${`${page.name} ${page.path}`.padEnd(42)} ${String(median(scores)).padStart(3)} (runs ${scores.join(", ")})  ${metrics}  [machine index ${speed.toFixed(0)}]`,
    );
    for (const line of blame(middle)) console.log(line);
  }
} finally {
  chrome.kill();
  app.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
}
if (missed) console.log(`${missed} page(s) under ${TARGET}`);
