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
  // Several processes write to the file (server/cluster.mjs). A deferred transaction that reads
  // and then writes fails at once with SQLITE_BUSY when another process wrote in between; an
  // immediate one takes the write lock first, waiting for it up to busy_timeout.
  const transaction = db.transaction.bind(db);
  db.transaction = ((run, config) => transaction(run, { behavior: "immediate", ...config })) as typeof db.transaction;
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

/** Closes the process's connection (tests use it to simulate a restart). */
export function closeDb(): void {
  globalForDb.spamtrailDb?.sqlite.close();
  globalForDb.spamtrailDb = undefined;
}
