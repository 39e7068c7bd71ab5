// npm run bench: seeds a throwaway database at scale through the real domain functions, then
// times the queries behind each page. Prints one line per measurement.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-bench-"));
process.env.DATA_DIR = dataDir;
process.env.BCRYPT_COST = "4";

const USERS = Number(process.env.BENCH_USERS ?? 2_000);
const INCIDENTS_PER_USER = Number(process.env.BENCH_INCIDENTS_PER_USER ?? 50);
const SENDERS = Number(process.env.BENCH_SENDERS ?? 5_000);
const HEAVY_CASES = 300;
const HEAVY_INCIDENTS_PER_CASE = 10;

const { insertUser } = await import("@/db/queries/users");
const { findCaseForUser, listCaseSummaries } = await import("@/db/queries/cases");
const { findIncidentForUser, listIncidentsForCase } = await import("@/db/queries/incidents");
const { recordIncident } = await import("@/lib/incidents");
const { parseSender } = await import("@/lib/sender-identity");
const { smsInput } = await import("@/lib/test-factories");

/** Deterministic pseudo-random numbers, so two runs seed the same data. */
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = (n: number) => Math.floor(random() * n);
const senderOf = (i: number) => (i % 3 === 0 ? `0812${String(10_000_000 + i).slice(-8)}` : i % 3 === 1 ? `BRAND${i}` : String(10_000 + (i % 90_000)));
const localTime = (day: number, minute: number) => `2026-${String(1 + (day % 10)).padStart(2, "0")}-${String(1 + (day % 28)).padStart(2, "0")}T${String(Math.floor(minute / 60) % 24).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

function time<T>(label: string, runs: number, fn: (i: number) => T): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  console.log(`${label.padEnd(58)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  (${runs} runs)`);
}

const seedStart = performance.now();
const userIds: string[] = [];
for (let u = 0; u < USERS; u++) {
  const user = insertUser({ email: `bench-${u}@example.test`, passwordHash: "x" });
  userIds.push(user!.id);
  for (let k = 0; k < INCIDENTS_PER_USER; k++) {
    recordIncident(user!.id, smsInput({ sender: senderOf(pick(SENDERS)), occurredAt: localTime(pick(300), pick(1440)) }));
  }
}
const heavy = insertUser({ email: "heavy@example.test", passwordHash: "x" })!;
let heavyCaseId = "";
let heavyIncidentId = "";
for (let c = 0; c < HEAVY_CASES; c++) {
  for (let k = 0; k < HEAVY_INCIDENTS_PER_CASE; k++) {
    const r = recordIncident(heavy.id, smsInput({ sender: senderOf(c), occurredAt: localTime(c + k, k * 37) }));
    heavyCaseId = r.caseId;
    heavyIncidentId = r.incidentId;
  }
}
const seeded = USERS * INCIDENTS_PER_USER + HEAVY_CASES * HEAVY_INCIDENTS_PER_CASE;
const seedSeconds = (performance.now() - seedStart) / 1000;
console.log(`seeded ${USERS + 1} users, ${seeded} incidents over ${SENDERS} senders in ${seedSeconds.toFixed(1)} s (${Math.round(seeded / seedSeconds)} recordIncident/s)`);

time("recordIncident (new sender, new case)", 2_000, (i) => recordIncident(heavy.id, smsInput({ sender: `NEWBRAND${i}` })));
time("recordIncident (existing case)", 2_000, () => recordIncident(heavy.id, smsInput({ sender: senderOf(1) })));
time(`listCaseSummaries, typical user (~${INCIDENTS_PER_USER} cases)`, 500, (i) => listCaseSummaries(userIds[i % userIds.length]!));
time(`listCaseSummaries, heavy user (${HEAVY_CASES + 2_000} cases)`, 100, () => listCaseSummaries(heavy.id));
time("findCaseForUser + listIncidentsForCase (case page)", 1_000, () => listIncidentsForCase(findCaseForUser(heavy.id, heavyCaseId)!.id));
time("findIncidentForUser (edit page, ownership check)", 2_000, () => findIncidentForUser(heavy.id, heavyIncidentId));
time("parseSender (phone number)", 10_000, (i) => parseSender(`0812-${String(1000 + (i % 9000))}-7890`, "ID"));

rmSync(dataDir, { recursive: true, force: true });
