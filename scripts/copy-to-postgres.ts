/**
 * Copies the SQLite database (DATABASE_PATH, else DATA_DIR/spamtrail.db) into an empty
 * PostgreSQL database: `npm run db:copy-to-pg -- postgres://…`, or with DATABASE_URL set.
 * Then the app runs on it: start it with DATABASE_URL and REDIS_URL set (README, "Moving to PostgreSQL").
 */
import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { env, postgresUrl } from "@/lib/env";
import { copyToPostgres } from "@/lib/postgres-copy";

const given = process.argv[2] ?? env.DATABASE_URL;
const url = postgresUrl.safeParse(given);
if (!url.success) {
  console.error(given ? url.error.issues[0]!.message : "Give the PostgreSQL database: npm run db:copy-to-pg -- postgres://user:password@host:5432/database");
  process.exit(2);
}
if (!existsSync(env.DATABASE_PATH)) {
  console.error(`No SQLite database at ${env.DATABASE_PATH} (set DATABASE_PATH or DATA_DIR)`);
  process.exit(2);
}

const sqlite = new Database(env.DATABASE_PATH, { readonly: true, fileMustExist: true });
try {
  console.log(`Copying ${env.DATABASE_PATH} to ${new URL(url.data).host}${new URL(url.data).pathname}`);
  const copied = await copyToPostgres(sqlite, url.data, { log: (line) => console.log(line) });
  console.log(`Done: ${copied.length} tables, ${copied.reduce((sum, t) => sum + t.rows, 0)} rows, every count matching the SQLite file.`);
} catch (error) {
  console.error(`Nothing copied: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  sqlite.close();
}
