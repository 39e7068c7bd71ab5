import "server-only";
import Database from "better-sqlite3";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";
import { DIALECT } from "./dialect";
import { migratePostgres, openPostgres, postgresWriteTransaction, type PgDb } from "./postgres";
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
  spamtrailMigrated?: Promise<void>;
};
const txScope = (globalForDb.spamtrailTxScope ??= new AsyncLocalStorage<Scope>());

/**
 * On SQLite, two connections per process: one that writes (migrated on open), and one that only reads,
 * opened with `query_only`. Awaiting between statements lets other requests run while a
 * transaction is open; on one connection their statements would join it. Reads on the second
 * connection see the last commit (WAL), as other workers do, and a write outside
 * writeTransaction fails loudly there instead of slipping into someone else's transaction.
 * On PostgreSQL (DATABASE_URL), one pool for both; migrated by prepareDatabase().
 */
function connections(): Connections {
  if (!globalForDb.spamtrailDb) {
    if (DIALECT === "postgresql") {
      const pool = openPostgres(env.DATABASE_URL!, env.DATABASE_POOL_SIZE) as unknown as Db;
      globalForDb.spamtrailDb = { write: pool, read: pool };
    } else {
      const write = openDb(env.DATABASE_PATH).db;
      const reader = new Database(env.DATABASE_PATH);
      reader.pragma("busy_timeout = 5000");
      reader.pragma("query_only = ON");
      globalForDb.spamtrailDb = { write, read: drizzle(reader, { schema }) };
    }
  }
  return globalForDb.spamtrailDb;
}

/**
 * Opens the database and brings its schema up to date: what a server does before it answers
 * (instrumentation.ts). SQLite migrates as it opens; PostgreSQL once per process, here.
 */
export function prepareDatabase(): Promise<void> {
  const { write } = connections();
  if (DIALECT === "sqlite") return Promise.resolve();
  return (globalForDb.spamtrailMigrated ??= migratePostgres(write as unknown as PgDb));
}

/** Rows an insert, update or delete without `returning` changed: SQLite's `changes`, pg's `rowCount`. */
export function changedRows(result: unknown): number {
  const counted = result as { changes?: number; rowCount?: number | null };
  return counted.changes ?? counted.rowCount ?? 0;
}

/** The handle for reads; inside writeTransaction, that transaction's (reads see its own writes). */
export function getDb(): Db {
  const scope = txScope.getStore();
  return scope?.open ? scope.db : connections().read;
}

/** What preparedQuery needs of a drizzle select: SQLite's `.prepare()`, whose statement runs synchronously. */
type Preparable = { prepare(): { all(values?: Record<string, unknown>): unknown; get(values?: Record<string, unknown>): unknown } };
type Prepared<Q extends Preparable> = ReturnType<Q["prepare"]>;
/** The same select built on pg's tables (db/tables.ts): pg prepares it under a name and runs it asynchronously. */
type PgPreparable = { toSQL(): { sql: string }; prepare(name: string): { execute(values?: Record<string, unknown>): Promise<unknown[]> } };

/** A query written once with `sql.placeholder`s, run with their values on either database. */
export type PreparedQuery<Q extends Preparable> = {
  all(values?: Record<string, unknown>, db?: Db): Promise<ReturnType<Prepared<Q>["all"]>>;
  get(values?: Record<string, unknown>, db?: Db): Promise<ReturnType<Prepared<Q>["get"]>>;
};

/**
 * A query prepared once per connection, for the hottest lookups: drizzle otherwise builds the
 * SQL and the database parses it again on every call, which on SQLite costs more than the lookup
 * itself. On SQLite a better-sqlite3 statement, run synchronously as before; on PostgreSQL a named
 * prepared statement (the name from its text, so a dev reload that changes the query cannot clash
 * with one a pooled connection already holds). Runs on `db` when given (a caller's transaction),
 * else on getDb().
 */
export function preparedQuery<Q extends Preparable>(build: (db: Db) => Q): PreparedQuery<Q> {
  const byConnection = new WeakMap<Db, Prepared<Q> | ReturnType<PgPreparable["prepare"]>>();
  const prepared = (db: Db) => {
    let query = byConnection.get(db);
    if (!query) {
      if (DIALECT === "sqlite") query = build(db).prepare() as Prepared<Q>;
      else {
        const pgQuery = build(db) as unknown as PgPreparable;
        query = pgQuery.prepare(`q_${createHash("sha1").update(pgQuery.toSQL().sql).digest("hex").slice(0, 20)}`);
      }
      byConnection.set(db, query);
    }
    return query;
  };
  type All = ReturnType<Prepared<Q>["all"]>;
  type Get = ReturnType<Prepared<Q>["get"]>;
  if (DIALECT === "sqlite") {
    return {
      all: async (values, db = getDb()) => (prepared(db) as Prepared<Q>).all(values) as All,
      get: async (values, db = getDb()) => (prepared(db) as Prepared<Q>).get(values) as Get,
    };
  }
  const execute = (values: Record<string, unknown> | undefined, db: Db) => (prepared(db) as ReturnType<PgPreparable["prepare"]>).execute(values);
  return {
    all: async (values, db = getDb()) => (await execute(values, db)) as All,
    get: async (values, db = getDb()) => (await execute(values, db))[0] as Get,
  };
}

/**
 * A SQLite statement prepared once per connection and run synchronously, for the readers that
 * cannot await (the front's page-expiry log, server/front-expiries.mjs) and raw better-sqlite3
 * statements. Throws on PostgreSQL: each caller has a pg form of its own, or none by design.
 */
export function sqliteStatement<T>(prepare: (db: Db) => T): () => T {
  const byConnection = new WeakMap<Db, T>();
  return () => {
    if (DIALECT === "postgresql") throw new Error("a SQLite statement was asked for on PostgreSQL (DATABASE_URL)");
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
  if (DIALECT === "postgresql") return postgresTransaction(work, outer);
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

/** writeTransaction on PostgreSQL: drizzle's transaction (a savepoint when nested), in the same scope. */
async function postgresTransaction<T>(work: (tx: Tx) => Promise<T> | T, outer: Scope | undefined): Promise<T> {
  if (outer?.open) {
    return (outer.db as unknown as PgDb).transaction(async (savepoint) => {
      const nested: Scope = { ...outer, db: savepoint as unknown as Db };
      return txScope.run(nested, async () => work(nested.db));
    });
  }
  const scope: Scope = { db: connections().write, open: true, savepoints: 0, committed: [] };
  try {
    const result = await postgresWriteTransaction(connections().write as unknown as PgDb, (tx) => {
      scope.db = tx as unknown as Db;
      return txScope.run(scope, async () => work(scope.db));
    });
    scope.open = false;
    for (const callback of scope.committed) callback();
    return result;
  } finally {
    scope.open = false;
  }
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
  if (DIALECT === "postgresql") throw new Error("withWriteClient is SQLite's: on PostgreSQL rate limits are counted in Redis");
  const scope = txScope.getStore();
  if (scope?.open) return work(scope.db.$client);
  return exclusively(() => work(connections().write.$client));
}

/**
 * The PostgreSQL pool, for a library that runs its own statements (the PostgreSQL rate limiter):
 * outside any transaction, as each of its statements is atomic on its own.
 */
export function postgresPool(): PgDb["$client"] {
  if (DIALECT !== "postgresql") throw new Error("postgresPool is PostgreSQL's: on SQLite use withWriteClient");
  return (connections().write as unknown as PgDb).$client;
}

/** Closes the process's connections (tests use it to simulate a restart). */
export function closeDb(): void {
  const open = globalForDb.spamtrailDb;
  globalForDb.spamtrailDb = undefined;
  globalForDb.spamtrailMigrated = undefined;
  if (!open) return;
  if (DIALECT === "postgresql") void (open.write as unknown as PgDb).$client.end();
  else {
    open.read.$client.close();
    open.write.$client.close();
  }
}
