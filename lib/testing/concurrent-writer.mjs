// A second process writing into a Spamtrail database while a test backs it up: each write is a
// screenshot file (written first, as the app does) and then an incident with its evidence row in
// one transaction. After each commit it tells the parent the write's number; it stops when asked.
import Database from "better-sqlite3";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

const [databasePath, dataDir, caseId, userId] = process.argv.slice(2);
const db = new Database(databasePath);
db.pragma("journal_mode = WAL");
db.pragma("busy_timeout = 5000");
db.pragma("foreign_keys = ON");

const insertIncident = db.prepare(
  "insert into incidents (id, case_id, channel, sender_input, occurred_at, time_zone, message_text, category, consent) values (?, ?, 'sms', '0812-3456-7890', ?, 'Asia/Jakarta', ?, 'loan', 'never')",
);
const insertEvidence = db.prepare(
  "insert into evidence (id, user_id, incident_id, kind, content_type, file_name, original_sha256, original_size, stored_key, stored_size) values (?, ?, ?, 'image', 'image/png', ?, ?, ?, ?, ?)",
);
const write = db.transaction((sequence, key, size) => {
  const incidentId = randomUUID();
  insertIncident.run(incidentId, caseId, Date.now(), `write-${sequence}`);
  insertEvidence.run(randomUUID(), userId, incidentId, `shot-${sequence}.png`, key, size, key, size);
});

function storeFile(bytes) {
  const key = createHash("sha256").update(bytes).digest("hex");
  const target = path.join(dataDir, "evidence", "objects", key.slice(0, 2), key);
  const temporary = path.join(dataDir, "evidence", "tmp", randomUUID());
  mkdirSync(path.dirname(target), { recursive: true });
  mkdirSync(path.dirname(temporary), { recursive: true });
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
  return key;
}

let stopping = false;
process.on("message", () => (stopping = true));
let sequence = 0;
while (!stopping) {
  sequence += 1;
  const bytes = randomBytes(4096);
  write(sequence, storeFile(bytes), bytes.length);
  process.send({ acknowledged: sequence });
  await new Promise((resolve) => setImmediate(resolve));
}
db.close();
process.send({ stopped: sequence }, () => process.exit(0));
