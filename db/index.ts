import "server-only";
import Database from "better-sqlite3";
import { AsyncLocalStorage } from "node:async_hooks";
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

type Connections = { read: Db; write: Db };
/** The transaction the current async context is inside, if any (see writeTransaction). */
type Scope = { db: Db; open: boolean; savepoints: number; committed: (() => void)[] };

// Per process, on globalThis: dev hot reloads and Next's separate server bundles share them.
const globalForDb = globalThis as unknown as {
  spamtrailDb?: Connections;
  spamtrailWriteQueue?: Promise<unknown>;
  spamtrailTxScope?: AsyncLocalStorage<Scope>;
};
const txScope = (globalForDb.spamtrailTxScope ??= new AsyncLocalStorage<Scope>());

/**
 * Two connections per process: one that writes (migrated on open), and one that only reads,
 * opened with `query_only`. Awaiting between statements lets other requests run while a
 * transaction is open; on one connection their statements would join it. Reads on the second
 * connection see the last commit (WAL), as other workers do, and a write outside
 * writeTransaction fails loudly there instead of slipping into someone else's transaction.
 */
function connections(): Connections {
  if (!globalForDb.spamtrailDb) {
    const write = openDb(env.DATABASE_PATH).db;
    const reader = new Database(env.DATABASE_PATH);
    reader.pragma("busy_timeout = 5000");
    reader.pragma("query_only = ON");
    globalForDb.spamtrailDb = { write, read: drizzle(reader, { schema }) };
  }
  return globalForDb.spamtrailDb;
}

/** The handle for reads; inside writeTransaction, that transaction's (reads see its own writes). */
export function getDb(): Db {
  const scope = txScope.getStore();
  return scope?.open ? scope.db : connections().read;
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
export type Tx = Db;

/** Runs `work` alone on the write connection: one writer at a time in this process. */
function exclusively<T>(work: () => Promise<T>): Promise<T> {
  const turn = (globalForDb.spamtrailWriteQueue ?? Promise.resolve()).then(work);
  globalForDb.spamtrailWriteQueue = turn.catch(() => undefined);
  return turn;
}

/**
 * Runs `work` in a write transaction begun IMMEDIATE: it takes the write lock before its first
 * read, so with several server workers a writer waits for another (busy_timeout) instead of
 * failing with SQLITE_BUSY when the snapshot it read is no longer the newest (decision 0016).
 * Writers in this process wait their turn (decision 0021); inside a transaction, a nested call
 * is a savepoint. No network I/O inside `work`: every other writer waits for it.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T> | T): Promise<T> {
  const outer = txScope.getStore();
  if (outer?.open) {
    const name = `nested_${++outer.savepoints}`;
    const client = outer.db.$client;
    client.exec(`savepoint ${name}`);
    try {
      const result = await work(outer.db);
      client.exec(`release ${name}`);
      return result;
    } catch (error) {
      client.exec(`rollback to ${name}`);
      client.exec(`release ${name}`);
      throw error;
    }
  }
  return exclusively(async () => {
    const db = connections().write;
    const scope: Scope = { db, open: true, savepoints: 0, committed: [] };
    db.$client.exec("begin immediate");
    try {
      const result = await txScope.run(scope, () => work(db));
      db.$client.exec("commit");
      scope.open = false;
      for (const callback of scope.committed) callback();
      return result;
    } catch (error) {
      if (db.$client.inTransaction) db.$client.exec("rollback");
      throw error;
    } finally {
      // Callbacks scheduled inside (timers, after()) keep the scope: they must not use the connection.
      scope.open = false;
    }
  });
}

/**
 * Runs `callback` once the current write transaction has committed (never after a rollback), or
 * at once outside a transaction: how a write tells other servers, which must not hear of a change
 * before it is visible. It must not throw; what it starts is not awaited.
 */
export function afterCommit(callback: () => void): void {
  const scope = txScope.getStore();
  if (scope?.open) scope.committed.push(callback);
  else callback();
}

/**
 * Runs `work` with the write connection's client, in this process's writer turn, for a library
 * that writes on its own (the SQLite rate limiter). Inside a transaction, in that transaction.
 */
export function withWriteClient<T>(work: (client: Database.Database) => Promise<T>): Promise<T> {
  const scope = txScope.getStore();
  if (scope?.open) return work(scope.db.$client);
  return exclusively(() => work(connections().write.$client));
}

/** Closes the process's connections (tests use it to simulate a restart). */
export function closeDb(): void {
  globalForDb.spamtrailDb?.read.$client.close();
  globalForDb.spamtrailDb?.write.$client.close();
  globalForDb.spamtrailDb = undefined;
}
