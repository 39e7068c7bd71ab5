// Part of npm run bench: importing a history. Generates an SMS Backup & Restore file of
// BENCH_IMPORT_MESSAGES received SMS (default 100,000, from 200 senders) padded with MMS pictures
// in base64 (BENCH_IMPORT_PADDING_MB, default 100), then measures, on a throwaway database:
// the reader alone (messages/s, MB/s), the first read of an upload (the senders' summary), the
// full import of every sender (messages/s, in transactions of 500), the same file imported again
// (everything skipped), and the process's peak RSS after each step.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";

const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-bench-import-"));
process.env.DATA_DIR = dataDir;
process.env.IMPORT_MAX_BYTES = String(4 * 1024 ** 3);
process.env.IMPORT_MAX_PER_SENDER = "1000000";
const MESSAGES = Number(process.env.BENCH_IMPORT_MESSAGES ?? 100_000);
const PADDING_MB = Number(process.env.BENCH_IMPORT_PADDING_MB ?? 100);
const SENDERS = 200;

const { insertUser } = await import("@/db/queries/users");
const { findImport } = await import("@/db/queries/imports");
const { createImport, chooseSenders } = await import("@/lib/import/imports");
const { waitForJob } = await import("@/lib/import/jobs");
const { summaryOf } = await import("@/lib/import/run");
const { readSmsBackup } = await import("@/lib/import/sms-backup");

const file = path.join(dataDir, "sms-bench.xml");
function generate() {
  const fd = openSync(file, "w");
  const T = Date.UTC(2025, 0, 1);
  const pictures = Math.max(1, Math.round((PADDING_MB * 1024) / 200));
  const picture = "/9j/4AAQSkZJRgABAQ".padEnd(200 * 1024, "A");
  const every = Math.max(1, Math.floor(MESSAGES / pictures));
  writeSync(fd, `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${MESSAGES}">\n`);
  let rows = "";
  for (let i = 0; i < MESSAGES; i++) {
    const sender = `+6281${String(200_000 + (i % SENDERS)).padStart(8, "0")}`;
    rows += `<sms protocol="0" address="${sender}" date="${T + i * 30_000}" type="1" subject="null" body="Pinjaman cepat cair ${i}! Bunga rendah, klik pinjam.example/${i} &#55357;&#56832;" toa="null" sc_toa="null" service_center="+6281100000" read="1" status="-1" locked="0" date_sent="0" readable_date="1 Jan 2025" contact_name="(Unknown)" />\n`;
    if (i % every === 0) {
      rows += `<mms date="${T + i * 30_000}" msg_box="2" address="+6285600000000" m_type="128"><parts><part seq="0" ct="image/jpeg" name="p.jpg" text="null" data="${picture}" /></parts></mms>\n`;
    }
    if (rows.length > 1_000_000) {
      writeSync(fd, rows);
      rows = "";
    }
  }
  writeSync(fd, `${rows}</smses>\n`);
  closeSync(fd);
}

const peakRss = () => Math.round((process.resourceUsage().maxRSS * 1024) / 1048576);
const round = (n: number) => Math.round(n).toLocaleString("en");

let start = performance.now();
generate();
const size = statSync(file).size;
console.log(
  `\nImport a history: ${MESSAGES.toLocaleString("en")} received SMS from ${SENDERS} senders, ${Math.round(size / 1048576)} MB with MMS padding (generated in ${((performance.now() - start) / 1000).toFixed(1)} s)`,
);
console.log(`  peak RSS before reading: ${peakRss()} MB`);

start = performance.now();
let count = 0;
for await (const item of readSmsBackup(file)) if (item) count++;
let seconds = (performance.now() - start) / 1000;
console.log(
  `  reader alone:       ${round(count / seconds)} messages/s, ${round(size / 1048576 / seconds)} MB/s (${seconds.toFixed(1)} s); peak RSS ${peakRss()} MB`,
);

const user = (await insertUser({ email: "bench@example.test", passwordHash: "x", emailVerifiedAt: new Date() }))!;
async function upload() {
  const created = await createImport(user.id, {
    kind: "sms_backup",
    fileName: "sms-bench.xml",
    body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
    declaredLength: size,
  });
  if (!created.ok) throw new Error(created.error);
  await waitForJob(created.importId);
  return created.importId;
}
async function importAll(importId: string) {
  const summary = summaryOf((await findImport(importId))!)!;
  const result = await chooseSenders(user.id, importId, {
    timeZone: "Asia/Jakarta",
    senders: summary.senders.map((s) => ({
      key: s.key,
      category: "loan" as const,
      consent: "never" as const,
      stopRequest: "none" as const,
      stopRequestedAt: "",
    })),
  });
  if (!result.ok) throw new Error(result.error);
  await waitForJob(importId);
  return (await findImport(importId))!;
}

start = performance.now();
const first = await upload();
seconds = (performance.now() - start) / 1000;
console.log(
  `  upload + summary:   ${round(MESSAGES / seconds)} messages/s (${seconds.toFixed(1)} s, ${summaryOf((await findImport(first))!)!.senders.length} senders); peak RSS ${peakRss()} MB`,
);

start = performance.now();
let row = await importAll(first);
seconds = (performance.now() - start) / 1000;
console.log(
  `  full import:        ${round(row.imported / seconds)} messages/s (${row.imported.toLocaleString("en")} incidents in ${seconds.toFixed(1)} s, status ${row.status}); peak RSS ${peakRss()} MB`,
);

const second = await upload();
start = performance.now();
row = await importAll(second);
seconds = (performance.now() - start) / 1000;
console.log(
  `  same file again:    ${round(row.skipped / seconds)} messages/s skipped, ${row.imported} added (${seconds.toFixed(1)} s); peak RSS ${peakRss()} MB`,
);

rmSync(dataDir, { recursive: true, force: true });
