// npm run bench: seeds a throwaway database at scale through the real domain functions, then
// times the queries behind each page. Prints one line per measurement.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { seededRandom } from "./random";

const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-bench-"));
process.env.DATA_DIR = dataDir;
process.env.PASSWORD_HASH_COST = "4";

const USERS = Number(process.env.BENCH_USERS ?? 2_000);
const INCIDENTS_PER_USER = Number(process.env.BENCH_INCIDENTS_PER_USER ?? 50);
const SENDERS = Number(process.env.BENCH_SENDERS ?? 5_000);
const HEAVY_CASES = 300;
const HEAVY_INCIDENTS_PER_CASE = 10;

const { insertUser } = await import("@/db/queries/users");
const { findCaseForUser, listCaseSummaries } = await import("@/db/queries/cases");
const { findIncidentForUser, listIncidentsForCase } = await import("@/db/queries/incidents");
const { recordIncident } = await import("@/lib/cases/incidents");
const { parseSender } = await import("@/lib/sender-identity");
const { smsInput } = await import("@/lib/testing/factories");
const { getDb, writeTransaction } = await import("@/db");
const { findEvidenceForUser, isBlobReferenced, listEvidenceForCase } = await import("@/db/queries/evidence");
const { getBlobStore } = await import("@/lib/evidence/blobs");
const { sharedLimiter } = await import("@/lib/rate-limit");
const { uploadEvidence } = await import("@/lib/evidence/upload");
const { removeEvidence } = await import("@/lib/evidence/lifecycle");
const { default: sharp } = await import("sharp");
const { recordExchange } = await import("@/lib/cases/exchanges");
const { listExchangesForCase } = await import("@/db/queries/exchanges");
const { progressForCase, withProgress } = await import("@/lib/cases/overview");
const { rulesForCase } = await import("@/lib/cases/rules");
const { ojkViolationDraft, ojkViolationLetter } = await import("@/lib/complaints/ojk");
const { NO_CASE_ANSWERS } = await import("@/lib/domain");
const { renderLetterPdf } = await import("@/lib/complaints/pdf");

const random = seededRandom(42);
const pick = (n: number) => Math.floor(random() * n);
const senderOf = (i: number) => (i % 3 === 0 ? `0812${String(10_000_000 + i).slice(-8)}` : i % 3 === 1 ? `BRAND${i}` : String(10_000 + (i % 90_000)));
const localTime = (day: number, minute: number) =>
  `2026-${String(1 + (day % 10)).padStart(2, "0")}-${String(1 + (day % 28)).padStart(2, "0")}T${String(Math.floor(minute / 60) % 24).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

function time<T>(label: string, runs: number, fn: (i: number) => T): void {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn(i);
    samples.push(performance.now() - start);
  }
  report(label, samples);
}

async function timeAsync(label: string, runs: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  report(label, samples);
}

function report(label: string, samples: number[]): void {
  const runs = samples.length;
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  console.log(`${label.padEnd(66)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  (${runs} runs)`);
}

const seedStart = performance.now();
const userIds: string[] = [];
for (let u = 0; u < USERS; u++) {
  const user = (await insertUser({ email: `bench-${u}@example.test`, passwordHash: "x", emailVerifiedAt: new Date() }))!;
  userIds.push(user.id);
  for (let k = 0; k < INCIDENTS_PER_USER; k++) {
    await recordIncident(user.id, smsInput({ sender: senderOf(pick(SENDERS)), occurredAt: localTime(pick(300), pick(1440)) }));
  }
}
const heavy = (await insertUser({ email: "heavy@example.test", passwordHash: "x", emailVerifiedAt: new Date() }))!;
let heavyCaseId = "";
let heavyIncidentId = "";
for (let c = 0; c < HEAVY_CASES; c++) {
  for (let k = 0; k < HEAVY_INCIDENTS_PER_CASE; k++) {
    const r = await recordIncident(heavy.id, smsInput({ sender: senderOf(c), occurredAt: localTime(c + k, k * 37) }));
    heavyCaseId = r.caseId;
    heavyIncidentId = r.incidentId;
  }
}
const seeded = USERS * INCIDENTS_PER_USER + HEAVY_CASES * HEAVY_INCIDENTS_PER_CASE;
const seedSeconds = (performance.now() - seedStart) / 1000;
console.log(
  `seeded ${USERS + 1} users, ${seeded} incidents over ${SENDERS} senders in ${seedSeconds.toFixed(1)} s (${Math.round(seeded / seedSeconds)} recordIncident/s)`,
);

await timeAsync("recordIncident (new sender, new case)", 2_000, (i) => recordIncident(heavy.id, smsInput({ sender: `NEWBRAND${i}` })));
await timeAsync("recordIncident (existing case)", 2_000, () => recordIncident(heavy.id, smsInput({ sender: senderOf(1) })));
await timeAsync(`listCaseSummaries, typical user (~${INCIDENTS_PER_USER} cases)`, 500, (i) => listCaseSummaries(userIds[i % userIds.length]!));
await timeAsync(`listCaseSummaries, heavy user (${HEAVY_CASES + 2_000} cases)`, 100, () => listCaseSummaries(heavy.id));
await timeAsync("findCaseForUser + listIncidentsForCase (case page)", 1_000, async () =>
  listIncidentsForCase((await findCaseForUser(heavy.id, heavyCaseId))!.id),
);
await timeAsync("findIncidentForUser (edit page, ownership check)", 2_000, () => findIncidentForUser(heavy.id, heavyIncidentId));
time("parseSender (phone number)", 10_000, (i) => parseSender(`0812-${String(1000 + (i % 9000))}-7890`, "ID"));

// Exchanges: every case of the heavy user gets a 10-message runaround starting with a complaint.
const exchangeStart = performance.now();
const heavyCases = await listCaseSummaries(heavy.id);
const exchangeInput = (k: number) => ({
  timeZone: "Asia/Jakarta",
  channel: "x" as const,
  direction: k % 2 ? ("incoming" as const) : ("outgoing" as const),
  handle: "@shop_care",
  occurredAt: localTime(k, 600 + k * 7),
  body: `message ${k}`,
  reference: "",
  tags: k % 4 === 1 ? (["redirected"] as const).slice() : [],
  isComplaint: k === 0,
  isStopRequest: k === 2,
  evidence: [],
});
for (const c of heavyCases.slice(0, HEAVY_CASES)) for (let k = 0; k < 10; k++) await recordExchange(heavy.id, c.id, exchangeInput(k));
console.log(`seeded ${HEAVY_CASES * 10} exchanges in ${((performance.now() - exchangeStart) / 1000).toFixed(1)} s`);
await timeAsync("recordExchange (with opt-out refresh)", 1_000, (i) => recordExchange(heavy.id, heavyCaseId, exchangeInput(i % 10)));
const exchangeCase = (await findCaseForUser(heavy.id, heavyCases[0]!.id))!;
const JAKARTA = { timeZone: "Asia/Jakarta", region: null };
await timeAsync("case page status: listExchangesForCase + progressForCase", 1_000, async () =>
  progressForCase(exchangeCase, ["loan"], await listExchangesForCase(exchangeCase.id), JAKARTA),
);
await timeAsync(`My cases with status and deadlines, heavy user (${heavyCases.length} cases)`, 50, async () =>
  withProgress(heavy.id, await listCaseSummaries(heavy.id), JAKARTA),
);
await timeAsync("My cases with status and deadlines, typical user", 500, async (i) =>
  withProgress(userIds[i % userIds.length]!, await listCaseSummaries(userIds[i % userIds.length]!), JAKARTA),
);

// Rules: the case page checks every incident of the case against its country's pack.
const ruleCase = (await findCaseForUser(heavy.id, heavyCaseId))!;
const ruleIncidents = await listIncidentsForCase(ruleCase.id);
time(`rulesForCase, ${ruleIncidents.length} incidents (ID pack)`, 1_000, () => rulesForCase(ruleCase, ruleIncidents));
const manyIncidents = Array.from({ length: 10 }, () => ruleIncidents).flat();
time(`rulesForCase, ${manyIncidents.length} incidents (ID pack)`, 200, () => rulesForCase({ ...ruleCase, optOutAt: new Date("2026-03-01") }, manyIncidents));
time(`rulesForCase, ${manyIncidents.length} calls (FR pack, frequency window)`, 200, () =>
  rulesForCase(
    { country: "FR", optOutAt: null },
    manyIncidents.map((incident) => ({ ...incident, channel: "call" as const, timeZone: "Europe/Paris" })),
  ),
);

// Evidence rows at scale: one file for every fifth incident (rows only; blob keys are fake).
const evidenceStart = performance.now();
const sqlite = getDb().$client;
const incidentRows = sqlite.prepare("select i.id, c.user_id from incidents i join cases c on c.id = i.case_id where i.rowid % 5 = 0").all() as {
  id: string;
  user_id: string;
}[];
const fakeKey = (n: number, salt: string) => (salt + n.toString(16)).padStart(64, "0");
await writeTransaction(async (tx) => {
  const insertRow = tx.$client.prepare(
    "insert into evidence (id, user_id, incident_id, kind, content_type, file_name, original_sha256, original_size, stored_key, stored_size, thumbnail_key, width, height) values (?, ?, ?, 'image', 'image/png', 'shot.png', ?, 1000, ?, 1000, ?, 1170, 2532)",
  );
  incidentRows.forEach((row, n) => insertRow.run(crypto.randomUUID(), row.user_id, row.id, fakeKey(n, "a"), fakeKey(n, "b"), fakeKey(n, "c")));
});
console.log(`seeded ${incidentRows.length} evidence rows in ${((performance.now() - evidenceStart) / 1000).toFixed(1)} s`);
const someEvidence = sqlite.prepare("select e.id, e.user_id, i.case_id from evidence e join incidents i on i.id = e.incident_id limit 1").get() as {
  id: string;
  user_id: string;
  case_id: string;
};

time("listEvidenceForCase (case page gallery)", 1_000, () => listEvidenceForCase(someEvidence.case_id));
await timeAsync("findEvidenceForUser (file route ownership check)", 2_000, () => findEvidenceForUser(someEvidence.user_id, someEvidence.id));
await timeAsync("isBlobReferenced (before deleting a blob)", 2_000, (i) => isBlobReferenced(getDb(), fakeKey(i, "b")));
const apiLimit = sharedLimiter("bench", 1_000_000, 60);
await timeAsync("rate limit consume (one per open data API request)", 2_000, (i) => apiLimit.consume(`203.0.113.${i % 200}`));

/** A phone screenshot of a chat: 1170 × 2532 px, text bubbles, as a real PNG would be. */
async function chatScreenshot(variant: number): Promise<Buffer> {
  const bubbles = Array.from({ length: 14 }, (_, i) => {
    const y = 160 + i * 165;
    const x = i % 2 ? 330 : 40;
    return `<rect x="${x}" y="${y}" width="800" height="130" rx="30" fill="${i % 2 ? "#dcf8c6" : "#ffffff"}"/><text x="${x + 30}" y="${y + 75}" font-size="42" font-family="sans-serif">Pinjaman cair ${variant}-${i}, bunga 0%! Balas YA</text>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1170" height="2532"><rect width="100%" height="100%" fill="#ece5dd"/><rect width="100%" height="140" fill="#075e54"/>${bubbles}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
const photo = await sharp({ create: { width: 3024, height: 4032, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 20 } } })
  .jpeg({ quality: 85 })
  .toBuffer();
const screenshots = await Promise.all(Array.from({ length: 20 }, (_, i) => chatScreenshot(i)));
console.log(
  `upload inputs: chat screenshot PNG ${(screenshots[0]!.byteLength / 1024).toFixed(0)} KB, phone photo JPEG 12 Mpx ${(photo.byteLength / 1024 / 1024).toFixed(1)} MB`,
);
const uploadedIds: string[] = [];
await timeAsync("uploadEvidence, 1170x2532 PNG screenshot (sniff+sanitize+store)", 20, async (i) => {
  const result = await uploadEvidence(heavy.id, { bytes: screenshots[i]!, fileName: `chat-${i}.png` });
  if (result.ok) uploadedIds.push(result.evidence.id);
});
await timeAsync("uploadEvidence, 12 Mpx JPEG photo", 5, async (i) => {
  const result = await uploadEvidence(heavy.id, { bytes: Buffer.concat([photo, Buffer.from([i])]), fileName: `photo-${i}.jpg` });
  if (result.ok) uploadedIds.push(result.evidence.id);
});
const served = (await findEvidenceForUser(heavy.id, uploadedIds[0]!))!;
await timeAsync("serve a stored screenshot (blob store get + read all)", 200, async () => {
  const blob = await getBlobStore().get(served.storedKey);
  await new Response(blob!.stream).arrayBuffer();
});
// A regulator bundle: letter + 20 incidents + 5 screenshot exhibits, as the PDF route builds it.
const bundleIncidents = (await listIncidentsForCase(ruleCase.id)).concat(await listIncidentsForCase(ruleCase.id)).slice(0, 20);
const bundleFields = ojkViolationDraft({
  sender: "BENCH",
  complainant: { legalName: "Bench User", idNumber: "3273012345678901", postalAddress: "Jl. Bench 1, Bandung", phone: "0812", email: "b@example.test" },
  timeZone: "Asia/Jakarta",
  incidents: bundleIncidents,
  exchanges: [],
  violations: rulesForCase(ruleCase, bundleIncidents).violations,
  evidence: [],
  answers: NO_CASE_ANSWERS,
});
const exhibitBytes = await Promise.all(
  uploadedIds.slice(0, 5).map(async (id) => {
    const row = (await findEvidenceForUser(heavy.id, id))!;
    const blob = await getBlobStore().get(row.storedKey);
    return { contentType: row.contentType, bytes: new Uint8Array(await new Response(blob!.stream).arrayBuffer()) };
  }),
);
await timeAsync(`OJK letter PDF, ${bundleIncidents.length} incidents + ${exhibitBytes.length} screenshots`, 20, () =>
  renderLetterPdf(
    ojkViolationLetter(bundleFields, { now: new Date(), timeZone: "Asia/Jakarta", exhibits: exhibitBytes.length }),
    exhibitBytes.map((e, i) => ({ heading: `Lampiran ${i + 1}: shot ${i + 1}`, lines: ["SHA-256: x"], ...e })),
  ),
);
await timeAsync("removeEvidence (row + both blobs)", uploadedIds.length, (i) => removeEvidence(heavy.id, uploadedIds[i]!));

rmSync(dataDir, { recursive: true, force: true });
