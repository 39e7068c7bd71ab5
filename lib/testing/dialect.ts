import type { SQL } from "drizzle-orm";
import { describe, it } from "vitest";
import type { Db } from "@/db";
import type { PgDb } from "@/db/postgres";

/** Whether this run's tests use PostgreSQL (`npm run test:unit:pg`) rather than a SQLite file each. */
export const onPostgres = process.env.TEST_DATABASE === "postgres";

const named = (name: string, reason: string) => (onPostgres ? `${name} (SQLite only: ${reason})` : name);

/**
 * A describe block for tests that are SQLite's by nature (the file, a second connection acting as
 * another worker, SQLite's own SQL): skipped on PostgreSQL, with `reason` in the skipped name.
 */
export function sqliteOnly(reason: string) {
  return (name: string, body: () => void) => describe.skipIf(onPostgres)(named(name, reason), body);
}

/** One test that is SQLite's by nature, as sqliteOnly. */
export function sqliteOnlyTest(reason: string) {
  return (name: string, body: () => unknown, timeout?: number) => it.skipIf(onPostgres)(named(name, reason), body, timeout);
}

/**
 * Runs one raw statement on `db` (a transaction's handle), on either database: for fixtures drizzle
 * cannot build, such as a trigger. The handle is typed as SQLite's (db/index.ts); on PostgreSQL it
 * is drizzle's pg one, whose method is `execute`.
 */
export async function runStatement(db: Db, statement: SQL): Promise<void> {
  if (onPostgres) await (db as unknown as PgDb).execute(statement);
  else db.run(statement);
}

/**
 * Rejects with the database driver's own error: drizzle's pg session wraps it ("Failed query: …",
 * the driver's error as `cause`), better-sqlite3's throws it as is. For tests that match its message.
 */
export function rejectDriverError(error: unknown): Promise<never> {
  return Promise.reject(error instanceof Error && error.cause instanceof Error ? error.cause : error);
}
