#!/usr/bin/env node
// npm run user:role -- <email> <reporter|advocate|admin>
import Database from "better-sqlite3";
import path from "node:path";

const ROLES = ["reporter", "advocate", "admin"];
const [email, role] = process.argv.slice(2);
if (!email || !ROLES.includes(role)) {
  console.error(`Usage: npm run user:role -- <email> <${ROLES.join("|")}>`);
  process.exit(2);
}
const dataDir = process.env.DATA_DIR || "./data";
const file = path.resolve(process.env.DATABASE_PATH || path.join(dataDir, "spamtrail.db"));
const db = new Database(file, { fileMustExist: true });
db.pragma("busy_timeout = 5000");
const { changes } = db.prepare("update users set role = ?, updated_at = ? where email = ?").run(role, Date.now(), email.trim().toLowerCase());
db.close();
if (changes !== 1) {
  console.error(`No user with email ${email} in ${file}`);
  process.exit(1);
}
console.log(`${email} is now ${role}`);
