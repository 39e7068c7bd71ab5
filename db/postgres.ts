import "server-only";
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import * as schemaPg from "./schema-pg";

/** The app's handle on PostgreSQL (DATABASE_URL): a pool, through drizzle's pg dialect. */
export type PgDb = NodePgDatabase<typeof schemaPg> & { $client: Pool };

const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations-pg");

/**
 * Advisory lock keys. Every write transaction takes WRITER: writers one at a time, as BEGIN
 * IMMEDIATE makes them on SQLite (decision 0016), so the read-modify-write of the public figures
 * (decision 0006) needs no new reasoning. MIGRATION: two servers starting at once migrate in turn.
 */
const WRITER_LOCK = 0x5350_0001;
const MIGRATION_LOCK = 0x5350_0002;

export function openPostgres(url: string, poolSize: number): PgDb {
  const pool = new Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 10_000 });
  // An idle connection the server ended (a restart, a failover): the pool opens another when
  // asked; unheard, the error would stop the process.
  pool.on("error", (error) => console.error("PostgreSQL: an idle connection failed:", error.message));
  return drizzle(pool, { schema: schemaPg });
}

/** Applies db/migrations-pg, holding a lock so that servers starting together do it once. */
export async function migratePostgres(db: PgDb): Promise<void> {
  const client = await db.$client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Runs `work` in a transaction on one pooled client, after taking the writer lock. */
export function postgresWriteTransaction<T>(db: PgDb, work: (tx: PgDb) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${WRITER_LOCK})`);
    return work(tx as unknown as PgDb);
  });
}
