import path from "node:path";
import type Database from "better-sqlite3";
import { getTableColumns, getTableName, is, sql, type Column } from "drizzle-orm";
import { drizzle, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { getTableConfig, PgTable, type PgDatabase } from "drizzle-orm/pg-core";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import pg from "pg";
import * as sqliteSchema from "@/db/schema";
import * as pgSchema from "@/db/schema-pg";

/** Rows per INSERT: PostgreSQL takes at most 65535 parameters in one statement. */
const MAX_PARAMETERS = 30_000;
const MAX_BATCH_ROWS = 1_000;

// drizzle's own tables, and SQLite's.
const NOT_COPIED = /^(sqlite_|__drizzle_migrations$)/;

type Pair = { name: string; key: string; sqlite: SQLiteTable; pg: PgTable };
/** A foreign key written after every table is in: it points into its own table or closes a cycle. */
type LateKey = { pair: Pair; column: string; key: string; primary: string };

export type CopyResult = { table: string; rows: number }[];

function tablePairs(): Pair[] {
  const pgTables = pgSchema as Record<string, unknown>;
  return Object.entries(sqliteSchema as Record<string, unknown>)
    .filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable))
    .map(([key, table]) => {
      const counterpart = pgTables[key];
      if (!is(counterpart, PgTable)) throw new Error(`db/schema-pg.ts has no table ${key}`);
      return { name: getTableName(table), key, sqlite: table, pg: counterpart };
    });
}

/** Parents before children; the keys that cannot be ordered so (self references, cycles) come late. */
function foreignKeyOrder(pairs: Pair[]): { order: Pair[]; late: LateKey[] } {
  const edges = new Map<string, { target: string; column: Column }[]>();
  for (const pair of pairs) {
    edges.set(
      pair.name,
      getTableConfig(pair.pg).foreignKeys.map((fk) => {
        const ref = fk.reference();
        if (ref.columns.length !== 1) throw new Error(`${pair.name}: composite foreign keys are not handled`);
        return { target: getTableName(ref.foreignTable), column: ref.columns[0]! };
      }),
    );
  }
  const late: LateKey[] = [];
  const lateKey = (pair: Pair, column: Column): LateKey => {
    if (column.notNull) throw new Error(`${pair.name}.${column.name} is a required foreign key in a cycle`);
    const primary = getTableConfig(pair.pg).columns.find((c) => c.primary);
    if (!primary) throw new Error(`${pair.name} has no single-column primary key`);
    const key = Object.entries(getTableColumns(pair.pg)).find(([, c]) => c.name === column.name)![0];
    return { pair, column: column.name, key, primary: primary.name };
  };
  for (const pair of pairs) {
    for (const edge of edges.get(pair.name)!.filter((e) => e.target === pair.name)) late.push(lateKey(pair, edge.column));
  }
  const order: Pair[] = [];
  const placed = new Set<string>();
  let remaining = pairs.slice();
  while (remaining.length) {
    const ready = remaining.filter((p) =>
      edges.get(p.name)!.every((e) => e.target === p.name || placed.has(e.target) || late.some((l) => l.pair === p && l.column === e.column.name)),
    );
    if (ready.length === 0) {
      // A cycle: its first nullable key is filled in after the rows are in.
      const pair = remaining[0]!;
      const edge = edges.get(pair.name)!.find((e) => !placed.has(e.target) && e.target !== pair.name && !e.column.notNull);
      if (!edge) throw new Error(`foreign keys form a cycle through ${pair.name} with no nullable key`);
      late.push(lateKey(pair, edge.column));
      continue;
    }
    for (const p of ready) {
      order.push(p);
      placed.add(p.name);
    }
    remaining = remaining.filter((p) => !placed.has(p.name));
  }
  return { order, late };
}

/** The SQLite file must have exactly the tables and columns of db/schema.ts (the app migrates it on start). */
function checkSource(sqlite: Database.Database, pairs: Pair[]): void {
  const tables = (sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[]).filter((t) => !NOT_COPIED.test(t));
  const known = new Set(pairs.map((p) => p.name));
  const unknown = tables.filter((t) => !known.has(t));
  if (unknown.length) throw new Error(`the SQLite file has tables db/schema.ts does not know: ${unknown.join(", ")}`);
  for (const pair of pairs) {
    const have = (sqlite.prepare(`select name from pragma_table_info(?)`).pluck().all(pair.name) as string[]).sort();
    const want = Object.values(getTableColumns(pair.sqlite))
      .map((c) => c.name)
      .sort();
    if (have.join() !== want.join())
      throw new Error(
        `${pair.name} in the SQLite file has columns ${have.join(", ")}, db/schema.ts ${want.join(", ")}: start the app once on it to migrate it`,
      );
  }
}

/** The database or a transaction on it. */
type PgDb = PgDatabase<NodePgQueryResultHKT, typeof pgSchema>;

async function count(db: PgDb, name: string): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(name)}`);
  return result.rows[0]!.n;
}

/**
 * Copies every table of a SQLite database into an empty PostgreSQL database, in one transaction:
 * migrates the target with db/migrations-pg, refuses it if any table has rows, inserts in
 * foreign-key order and in batches (each value read as the app reads it through db/schema.ts and
 * written through db/schema-pg.ts: ms → timestamptz, 0/1 → boolean, JSON text → jsonb, blob →
 * bytea), moves identity sequences past the copied keys, and rolls back unless every table's
 * count matches the source's.
 */
export async function copyToPostgres(
  sqlite: Database.Database,
  url: string,
  options: { log?: (line: string) => void; migrationsFolder?: string } = {},
): Promise<CopyResult> {
  const log = options.log ?? (() => {});
  const pairs = tablePairs();
  checkSource(sqlite, pairs);
  const { order, late } = foreignKeyOrder(pairs);

  const pool = new pg.Pool({ connectionString: url, max: 1 });
  // One read transaction: the copy is a snapshot even if the app still writes.
  sqlite.exec("begin");
  try {
    const db = drizzle(pool, { schema: pgSchema });
    await migrate(db, { migrationsFolder: options.migrationsFolder ?? path.join(process.cwd(), "db", "migrations-pg") });
    return await db.transaction(async (tx) => {
      const filled: string[] = [];
      for (const pair of order) if ((await count(tx, pair.name)) > 0) filled.push(pair.name);
      if (filled.length) throw new Error(`the PostgreSQL database is not empty (${filled.join(", ")} have rows): copy into a new database`);

      // The copy writes rows as they are, derived data included: the triggers that clear it stay off (0018).
      const triggered: string[] = [];
      for (const pair of order) if (await hasUserTriggers(tx, pair.name)) triggered.push(pair.name);
      for (const name of triggered) await tx.execute(sql`alter table ${sql.identifier(name)} disable trigger user`);

      const result: CopyResult = [];
      for (const pair of order) {
        const rows = await copyTable(sqlite, tx, pair, late);
        result.push({ table: pair.name, rows });
        log(`${pair.name.padEnd(28)} ${rows}`);
      }
      for (const key of late) await copyLateKey(sqlite, tx, key);
      for (const name of triggered) await tx.execute(sql`alter table ${sql.identifier(name)} enable trigger user`);
      await resetIdentities(tx, pairs);

      const mismatched: string[] = [];
      for (const { table, rows } of result) {
        const source = sqlite.prepare(`select count(*) from "${table}"`).pluck().get() as number;
        const target = await count(tx, table);
        if (source !== rows || target !== rows) mismatched.push(`${table}: SQLite ${source}, copied ${rows}, PostgreSQL ${target}`);
      }
      if (mismatched.length) throw new Error(`row counts differ, nothing copied:\n${mismatched.join("\n")}`);
      return result;
    });
  } finally {
    sqlite.exec("rollback");
    await pool.end();
  }
}

async function hasUserTriggers(db: PgDb, table: string): Promise<boolean> {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from pg_trigger where tgrelid = ${table}::regclass and not tgisinternal`);
  return result.rows[0]!.n > 0;
}

async function copyTable(sqlite: Database.Database, db: PgDb, pair: Pair, late: LateKey[]): Promise<number> {
  const columns = Object.entries(getTableColumns(pair.sqlite));
  const deferred = new Set(late.filter((l) => l.pair === pair).map((l) => l.key));
  const batchSize = Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS / columns.length)));
  const select = sqlite.prepare(`select ${columns.map(([, c]) => `"${c.name}"`).join(", ")} from "${pair.name}"`).raw();
  let batch: Record<string, unknown>[] = [];
  let copied = 0;
  const flush = async () => {
    if (!batch.length) return;
    await db.insert(pair.pg).values(batch);
    copied += batch.length;
    batch = [];
  };
  for (const raw of select.iterate() as IterableIterator<unknown[]>) {
    const row: Record<string, unknown> = {};
    columns.forEach(([key, column], i) => {
      const value = raw[i];
      // As the app reads it (Date, boolean, parsed JSON, Buffer); drizzle pg writes it as its column's type.
      row[key] = deferred.has(key) || value === null ? null : column.mapFromDriverValue(value);
    });
    batch.push(row);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return copied;
}

async function copyLateKey(sqlite: Database.Database, db: PgDb, key: LateKey): Promise<void> {
  const rows = sqlite.prepare(`select "${key.primary}", "${key.column}" from "${key.pair.name}" where "${key.column}" is not null`).raw().all() as [
    string,
    string,
  ][];
  for (let i = 0; i < rows.length; i += MAX_BATCH_ROWS) {
    const values = sql.join(
      rows.slice(i, i + MAX_BATCH_ROWS).map(([id, ref]) => sql`(${id}, ${ref})`),
      sql`, `,
    );
    const [table, column, primary] = [sql.identifier(key.pair.name), sql.identifier(key.column), sql.identifier(key.primary)];
    await db.execute(sql`update ${table} set ${column} = v.ref from (values ${values}) as v(id, ref) where ${table}.${primary} = v.id`);
  }
}

/** Identity columns take explicit values without moving their sequence: the next insert would collide. */
async function resetIdentities(db: PgDb, pairs: Pair[]): Promise<void> {
  for (const pair of pairs) {
    for (const column of getTableConfig(pair.pg).columns.filter((c) => c.generatedIdentity)) {
      const [table, name] = [sql.identifier(pair.name), sql.identifier(column.name)];
      await db.execute(
        sql`select setval(pg_get_serial_sequence(${`"${pair.name}"`}, ${column.name}), coalesce((select max(${name}) from ${table}), 0) + 1, false)`,
      );
    }
  }
}
