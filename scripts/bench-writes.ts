// Part of `npm run bench`: how many incident writes one SQLite file takes from one process and
// from two at once (issue 20: one server worker per core, all on the same file). Seeds a
// throwaway database through the app's domain functions, then for each kind of write runs 1, then
// 2 writer processes (BENCH_WRITE_PROCESSES, default "1,2"), each opening the file as the app does
// (db/index.ts openDb: WAL, busy_timeout 5000, synchronous from SQLITE_SYNCHRONOUS) and writing
// as fast as it can for BENCH_SECONDS (default 5). Prints writes/s in all, p50/p95/p99 latency and
// the errors by SQLite code: SQLITE_BUSY means a writer gave up (after the busy timeout, or at
// once when a transaction that read first could not become a writer, SQLITE_BUSY_SNAPSHOT).
// Writes:
// (every write transaction begins IMMEDIATE: writeTransaction, decisions 0016 and 0021)
// - record: recordIncident, a new incident in the user's case (`once`);
// - edit: editIncident on an unshared case;
// - edit shared: editIncident on a shared case (the public snapshot and sender figures too);
// - share: shareCase again on a shared case (reads before it writes).
// BENCH_ONLY, a pattern, runs only the writes it names.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";

const root = path.resolve(import.meta.dirname, "..");
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PROCESSES = (process.env.BENCH_WRITE_PROCESSES ?? "1,2").split(",").map(Number);
const ONLY = new RegExp(process.env.BENCH_ONLY ?? "", "i");
const USERS = 200;
const INCIDENTS_PER_USER = 20;
const SENDERS = 40;
const KINDS = ["record", "edit", "edit shared", "share"] as const;
type Kind = (typeof KINDS)[number];
type WorkerReport = { samples: number[]; errors: Record<string, number>; firstError?: string };

const worker = process.argv.indexOf("--worker");
if (worker >= 0) await runWorker(Number(process.argv[worker + 1]), Number(process.argv[worker + 2]), process.argv[worker + 3] as Kind);
else await runBench();

/** The sender of user u's case: SENDERS senders, each in several users' cases, as in the directory. */
function senderOf(u: number): string {
  return `0812${String(20_000_000 + (u % SENDERS)).slice(-8)}`;
}

async function runBench(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-bench-writes-"));
  process.env.DATA_DIR = dataDir;
  try {
    const { writeTransaction, closeDb } = await import("@/db");
    const { insertUser, findUserById } = await import("@/db/queries/users");
    const { recordIncident } = await import("@/lib/cases/incidents");
    const { shareCase } = await import("@/lib/public/sharing");
    const { smsInput } = await import("@/lib/testing/factories");
    const seedStart = performance.now();
    for (let u = 0; u < USERS; u++) {
      const user = (await insertUser({ email: `writer-${u}@example.test`, passwordHash: "x", emailVerifiedAt: new Date() }))!;
      let caseId = "";
      for (let k = 0; k < INCIDENTS_PER_USER; k++) {
        caseId = (await recordIncident(user.id, smsInput({ sender: senderOf(u), occurredAt: `2026-10-${String(1 + (k % 28)).padStart(2, "0")}T2${k % 4}:15` })))
          .caseId;
      }
      // Odd users share their case: the "edit shared" and "share" writes use those.
      if (u % 2 === 1 && !(await shareCase((await findUserById(user.id))!, caseId, { extraMasks: [], screenshots: [] }))) throw new Error("share failed");
    }
    // On the write connection: the read one is query_only, and opened without the app's pragmas.
    const synchronous = await writeTransaction(async (tx) => {
      tx.$client.exec("analyze");
      return tx.$client.pragma("synchronous", { simple: true });
    });
    closeDb();
    const load = () =>
      loadavg()
        .map((n) => n.toFixed(2))
        .join(" ");
    console.log(
      `write throughput on one SQLite file (WAL, busy_timeout 5000, synchronous ${["OFF", "NORMAL", "FULL", "EXTRA"][Number(synchronous)]}): ` +
        `${USERS} users, ${USERS * INCIDENTS_PER_USER} incidents over ${SENDERS} senders, half the cases shared, seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    console.log(`${"".padEnd(28)} processes   writes/s   p50 ms   p95 ms   p99 ms   errors                 load (1/5/15 min)`);
    for (const kind of KINDS.filter((k) => ONLY.test(k))) {
      for (const processes of PROCESSES) {
        const before = load();
        const reports = await runWriters(dataDir, processes, kind);
        const samples = reports.flatMap((r) => r.samples).sort((a, b) => a - b);
        const errors: Record<string, number> = {};
        for (const report of reports) for (const [code, n] of Object.entries(report.errors)) errors[code] = (errors[code] ?? 0) + n;
        const at = (q: number) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN).toFixed(2).padStart(8);
        const errorText = Object.entries(errors).length
          ? Object.entries(errors)
              .map(([code, n]) => `${n} ${code}`)
              .join(", ")
          : "none";
        console.log(
          `${kind.padEnd(28)} ${String(processes).padStart(9)} ${(samples.length / SECONDS).toFixed(0).padStart(10)} ${at(0.5)} ${at(0.95)} ${at(0.99)}   ${errorText.padEnd(22)} ${before}`,
        );
        const first = reports.find((r) => r.firstError)?.firstError;
        if (first) console.log(`  first error: ${first}`);
      }
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Starts `processes` writers on the file, lets them go at the same moment, and collects their reports. */
async function runWriters(dataDir: string, processes: number, kind: Kind): Promise<WorkerReport[]> {
  const children = Array.from({ length: processes }, (_, w) =>
    spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", import.meta.filename, "--worker", String(w), String(processes), kind], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ["pipe", "pipe", "inherit"],
    }),
  );
  try {
    const lines = children.map((child) => createInterface({ input: child.stdout! })[Symbol.asyncIterator]());
    const next = async (i: number) => {
      const line = await lines[i]!.next();
      if (line.done) throw new Error(`writer ${i} exited early`);
      return line.value;
    };
    for (let i = 0; i < processes; i++) if ((await next(i)) !== "ready") throw new Error(`writer ${i} did not get ready`);
    for (const child of children) child.stdin!.write("go\n");
    return await Promise.all(children.map(async (_, i) => JSON.parse(await next(i)) as WorkerReport));
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  }
}

/** One writer process: writes of `kind` for SECONDS on its share of the users (every `of`-th from `index`), so no two writers edit the same row. */
async function runWorker(index: number, of: number, kind: Kind): Promise<void> {
  const { getDb } = await import("@/db");
  const { findUserById } = await import("@/db/queries/users");
  const { recordIncident, editIncident } = await import("@/lib/cases/incidents");
  const { shareCase } = await import("@/lib/public/sharing");
  const { smsInput } = await import("@/lib/testing/factories");
  const db = getDb();
  const sqlite = db.$client;
  const shared = kind !== "record" && kind !== "edit";
  const mine = (
    sqlite
      .prepare(
        "select u.id as userId, u.email, c.id as caseId, (select i.id from incidents i where i.case_id = c.id order by i.occurred_at limit 1) as incidentId, " +
          "exists(select 1 from case_shares s where s.case_id = c.id) as shared from users u join cases c on c.user_id = u.id order by u.email",
      )
      .all() as { userId: string; email: string; caseId: string; incidentId: string; shared: number }[]
  )
    .filter((row) => Boolean(row.shared) === shared)
    .filter((_, n) => n % of === index);
  const users = await Promise.all(
    mine.map(async (row) => ({ ...row, user: (await findUserById(row.userId))!, sender: senderOf(Number(row.email.match(/\d+/)![0])) })),
  );
  if (!users.length) throw new Error(`writer ${index}: no users`);
  const write = async (i: number) => {
    const u = users[i % users.length]!;
    const text = `Pinjaman cepat cair! Balas YA. (writer ${index}, write ${i})`;
    if (kind === "record") await recordIncident(u.userId, smsInput({ sender: u.sender, messageText: text }));
    else if (kind.startsWith("share")) await shareCase(u.user, u.caseId, { extraMasks: [], screenshots: [] });
    else if (!(await editIncident(u.userId, u.incidentId, smsInput({ sender: u.sender, messageText: text })))) throw new Error("edit found no incident");
  };
  await write(0); // the first write prepares the statements
  console.log("ready");
  for await (const line of createInterface({ input: process.stdin })) if (line === "go") break;
  const samples: number[] = [];
  const errors: Record<string, number> = {};
  let firstError: string | undefined;
  const deadline = performance.now() + SECONDS * 1000;
  for (let i = 1; performance.now() < deadline; i++) {
    const start = performance.now();
    try {
      await write(i);
      samples.push(performance.now() - start);
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as Error).name;
      errors[code] = (errors[code] ?? 0) + 1;
      firstError ??= `${code}: ${(error as Error).message} (after ${(performance.now() - start).toFixed(0)} ms)`;
    }
  }
  process.stdout.write(`${JSON.stringify({ samples, errors, firstError } satisfies WorkerReport)}\n`);
  sqlite.close();
  process.exit(0);
}
