import path from "node:path";
import Database from "better-sqlite3";
import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres } from "@/lib/testing/pg-server";
import { serviceAvailable } from "@/lib/testing/services";
import { distinctList, jsonEntryKey, jsonEntryNumber, jsonObjectEntries, nextInstant, startsWithIgnoringCase, weekStartUtc, type Dialect } from "./dialect";

type Row = Record<string, unknown>;
type Run = (query: SQL) => Promise<Row[]>;

/** An instant as each dialect stores it: ms since the epoch, or timestamptz. */
const instant = (d: Dialect, at: Date | null) =>
  at === null ? (d === "sqlite" ? sql`null` : sql`null::timestamptz`) : d === "sqlite" ? sql`${at.getTime()}` : sql`${at.toISOString()}::timestamptz`;
const asIso = (d: Dialect, value: SQL) => (d === "sqlite" ? value : sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
const json = (d: Dialect, value: unknown) => (d === "sqlite" ? sql`${JSON.stringify(value)}` : sql`${JSON.stringify(value)}::jsonb`);

// The same cases run on SQLite (as the app does today) and on a real PostgreSQL.
function cases(d: Dialect, run: Run) {
  it("distinctList joins each value once", async () => {
    const rows = await run(sql`with v(x) as (values ('loan'), ('debt'), ('loan'), (null)) select ${distinctList(sql`x`, d)} as out from v`);
    expect(String(rows[0]!.out).split(",").sort()).toEqual(["debt", "loan"]);
    const none = await run(sql`with v(x) as (values (null), (null)) select ${distinctList(sql`x`, d)} as out from v`);
    expect(none[0]!.out).toBeNull();
  });

  it("weekStartUtc is the Monday of the UTC week", async () => {
    const at = ["2026-11-30T00:00:00.000Z", "2026-12-02T12:00:00.000Z", "2026-12-06T23:59:59.999Z", "2026-12-07T00:00:00.000Z"];
    const rows = await run(
      sql`with v(i, t) as (values ${sql.join(
        at.map((t, i) => sql`(${i}, ${instant(d, new Date(t))})`),
        sql`, `,
      )}) select ${weekStartUtc(sql`t`, d)} as week from v order by i`,
    );
    expect(rows.map((r) => r.week)).toEqual(["2026-11-30", "2026-11-30", "2026-11-30", "2026-12-07"]);
  });

  it("nextInstant is 1 ms past the stored instant, or now when that is later", async () => {
    const now = new Date("2026-12-02T22:00:00.000Z");
    const next = async (stored: Date | null) => {
      const rows = await run(sql`with v(t) as (values (${instant(d, stored)})) select ${asIso(d, nextInstant(sql`t`, now, d))} as out from v`);
      const out = rows[0]!.out;
      return typeof out === "number" ? new Date(out).toISOString() : out;
    };
    expect(await next(null)).toBe(now.toISOString());
    expect(await next(new Date(now.getTime() - 60_000))).toBe(now.toISOString());
    expect(await next(now)).toBe("2026-12-02T22:00:00.001Z");
    expect(await next(new Date(now.getTime() + 5))).toBe("2026-12-02T22:00:00.006Z");
  });

  it("jsonObjectEntries sums an object's number fields per key", async () => {
    const facts = [{ rules: { a: { cases: 1, reports: 3 }, b: { cases: 2, reports: 2 } } }, { rules: { a: { cases: 4, reports: 5 } } }, {}];
    const rows = await run(sql`
      with s(facts) as (values ${sql.join(
        facts.map((f) => sql`(${json(d, f)})`),
        sql`, `,
      )})
      select ${jsonEntryKey("r")} as key, sum(${jsonEntryNumber("r", "cases", d)}) as cases, sum(${jsonEntryNumber("r", "reports", d)}) as reports
      from s, ${jsonObjectEntries(sql`s.facts`, "rules", "r", d)} group by ${jsonEntryKey("r")} order by 1`);
    expect(rows.map((r) => [r.key, Number(r.cases), Number(r.reports)])).toEqual([
      ["a", 5, 8],
      ["b", 2, 2],
    ]);
  });

  it("startsWithIgnoringCase folds ASCII case and takes % and _ literally", async () => {
    const names = ["Bank Mandiri", "BANK mega", "bankx", "50%_off", "50x_off", "a\\b"];
    const match = async (prefix: string) =>
      (
        await run(
          sql`with v(name) as (values ${sql.join(
            names.map((n) => sql`(${n})`),
            sql`, `,
          )}) select name from v where ${startsWithIgnoringCase(sql`name`, prefix, d)} order by name`,
        )
      ).map((r) => r.name);
    expect(await match("bank ")).toEqual(["BANK mega", "Bank Mandiri"]);
    expect(await match("50%")).toEqual(["50%_off"]);
    expect(await match("50_")).toEqual([]);
    expect(await match("A\\")).toEqual(["a\\b"]);
  });
}

describe("db/dialect on SQLite", () => {
  const db = drizzleSqlite(new Database(":memory:"));
  cases("sqlite", async (query) => db.all<Row>(query));
});

describe.skipIf(!serviceAvailable("postgres"))("db/dialect on PostgreSQL", () => {
  let server: Awaited<ReturnType<typeof startPostgres>>;
  let pool: pg.Pool;
  let db: NodePgDatabase;

  beforeAll(async () => {
    server = await startPostgres({ port: 55430 });
    pool = new pg.Pool({ connectionString: server.url, max: 2 });
    // Dropping the database at the end ends its connections: one still closing must not crash the run.
    pool.on("error", () => undefined);
    db = drizzlePg(pool);
    await migrate(db, { migrationsFolder: path.join(import.meta.dirname, "migrations-pg") });
  });

  afterAll(async () => {
    await pool?.end();
    await server?.close();
  });

  cases("postgresql", async (query) => (await db.execute<Row>(query)).rows);

  it("startsWithIgnoringCase can use senders_organisation_idx", async () => {
    const client = await pool.connect();
    try {
      await client.query("begin");
      await client.query("set local enable_seqscan = off");
      const { sql: text, params } = new PgDialect().sqlToQuery(
        sql`explain select id from senders where ${startsWithIgnoringCase(sql`organisation`, "Bank", "postgresql")}`,
      );
      const plan = (await client.query<{ "QUERY PLAN": string }>(text, params)).rows.map((r) => r["QUERY PLAN"]).join("\n");
      expect(plan).toContain("senders_organisation_idx");
      await client.query("rollback");
    } finally {
      client.release();
    }
  });
});
