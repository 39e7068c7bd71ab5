import "server-only";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import * as schema from "./schema";

// How query functions take the handle (first parameter, or none): see DbOrTx in ./queries/tx.ts.
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/** Opens the embedded database with the pragmas every connection needs, and migrates it. */
export function openDb(file: string): { db: Db; sqlite: Database.Database } {
  mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma(`synchronous = ${env.SQLITE_SYNCHRONOUS}`);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, sqlite };
}

// One connection per process; kept on globalThis so dev hot reloads do not open new ones.
const globalForDb = globalThis as unknown as { spamtrailDb?: { db: Db; sqlite: Database.Database } };

export function getDb(): Db {
  globalForDb.spamtrailDb ??= openDb(env.DATABASE_PATH);
  return globalForDb.spamtrailDb.db;
}

/**
 * A query prepared once per connection, for the hottest lookups: drizzle otherwise builds the
 * SQL and SQLite prepares it again on every call, which costs more than the lookup itself.
 */
export function preparedQuery<T>(prepare: (db: Db) => T): () => T {
  const byConnection = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    let query = byConnection.get(db);
    if (!query) byConnection.set(db, (query = prepare(db)));
    return query;
  };
}

/** A transaction's handle, as query functions receive it. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Runs `work` in a write transaction begun IMMEDIATE: it takes the write lock before its first
 * read, so with several server workers a writer waits for another (busy_timeout) instead of
 * failing with SQLITE_BUSY when the snapshot it read is no longer the newest (decision 0016).
 */
export function writeTransaction<T>(work: (tx: Tx) => T, db: Db = getDb()): T {
  return db.transaction(work, { behavior: "immediate" });
}

/** Closes the process's connection (tests use it to simulate a restart). */
export function closeDb(): void {
  globalForDb.spamtrailDb?.sqlite.close();
  globalForDb.spamtrailDb = undefined;
}
