import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres } from "@/lib/testing/pg-server";
import { serviceAvailable } from "@/lib/testing/services";
import * as schema from "./schema-pg";

const MIGRATIONS = path.join(import.meta.dirname, "migrations-pg");

function first<T>(rows: T[]): T {
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

describe("db/migrations-pg", () => {
  it("are generated from db/schema-pg.ts as it is now (run npm run db:generate:pg after changing it)", async () => {
    const { generateDrizzleJson, generateMigration } = await import("drizzle-kit/api");
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS, "meta", "_journal.json"), "utf8")) as { entries: { idx: number }[] };
    const last = String(journal.entries.at(-1)!.idx).padStart(4, "0");
    const snapshot = JSON.parse(readFileSync(path.join(MIGRATIONS, "meta", `${last}_snapshot.json`), "utf8"));
    const pending = await generateMigration(snapshot, generateDrizzleJson(schema, snapshot.id));
    expect(pending).toEqual([]);
  });
});

describe.skipIf(!serviceAvailable("postgres"))("db/migrations-pg on a real PostgreSQL", () => {
  let server: Awaited<ReturnType<typeof startPostgres>>;
  let pool: pg.Pool;
  let db: NodePgDatabase<typeof schema>;

  beforeAll(async () => {
    server = await startPostgres({ port: 55420 });
    pool = new pg.Pool({ connectionString: server.url, max: 2 });
    // Dropping the database at the end ends its connections: one still closing must not crash the run.
    pool.on("error", () => undefined);
    db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
  });

  afterAll(async () => {
    await pool?.end();
    await server?.close();
  });

  it("build the catalog db/schema-pg.ts describes: columns, keys, indexes and checks", async () => {
    const expected = new Set<string>();
    for (const table of Object.values(schema).filter((value) => is(value, PgTable))) {
      const config = getTableConfig(table);
      const t = config.name;
      const columnNames = (columns: { name: string }[]) => columns.map((c) => c.name).join(",");
      for (const c of config.columns) {
        expected.add(
          `column ${t}.${c.name} ${c.getSQLType().replace(" (", "(")} ${c.notNull ? "not null" : "null"} ${c.default !== undefined || c.generatedIdentity ? "default" : ""}`,
        );
        if (c.primary) expected.add(`p ${t}(${c.name})`);
        if (c.isUnique) expected.add(`u ${t}(${c.name})`);
      }
      for (const pk of config.primaryKeys) expected.add(`p ${t}(${columnNames(pk.columns)})`);
      for (const fk of config.foreignKeys) {
        const ref = fk.reference();
        expected.add(
          `f ${t}(${columnNames(ref.columns)}) ${getTableConfig(ref.foreignTable).name}(${columnNames(ref.foreignColumns)}) ${fk.onDelete ?? "no action"}`,
        );
      }
      for (const index of config.indexes) expected.add(`index ${t}.${index.config.name}${index.config.unique ? " unique" : ""}`);
      for (const check of config.checks) expected.add(`c ${t}.${check.name}`);
    }

    const actual = new Set<string>();
    const columns = await pool.query(`
      select c.relname as t, a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null, a.atthasdef or a.attidentity <> '' as has_default
      from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`);
    for (const c of columns.rows) actual.add(`column ${c.t}.${c.name} ${c.type} ${c.not_null ? "not null" : "null"} ${c.has_default ? "default" : ""}`);
    const constraints = await pool.query(`
      select k.contype, k.conname, c.relname as t, f.relname as ft, k.confdeltype,
        (select string_agg(attname, ',' order by array_position(k.conkey, attnum)) from pg_attribute where attrelid = k.conrelid and attnum = any(k.conkey)) as cols,
        (select string_agg(attname, ',' order by array_position(k.confkey, attnum)) from pg_attribute where attrelid = k.confrelid and attnum = any(k.confkey)) as fcols
      from pg_constraint k join pg_class c on c.oid = k.conrelid left join pg_class f on f.oid = k.confrelid
      where k.connamespace = 'public'::regnamespace`);
    const onDelete: Record<string, string> = { a: "no action", r: "restrict", c: "cascade", n: "set null", d: "set default" };
    for (const k of constraints.rows) {
      if (k.contype === "f") actual.add(`f ${k.t}(${k.cols}) ${k.ft}(${k.fcols}) ${onDelete[k.confdeltype]}`);
      else if (k.contype === "c") actual.add(`c ${k.t}.${k.conname}`);
      else actual.add(`${k.contype} ${k.t}(${k.cols})`);
    }
    const indexes = await pool.query(`
      select c.relname as t, i.relname as name, x.indisunique as is_unique
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class c on c.oid = x.indrelid
      where c.relnamespace = 'public'::regnamespace and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`);
    for (const i of indexes.rows) actual.add(`index ${i.t}.${i.name}${i.is_unique ? " unique" : ""}`);

    expect([...actual].sort()).toEqual([...expected].sort());
    const triggers = await pool.query(`select tgname from pg_trigger where not tgisinternal order by tgname`);
    expect(triggers.rows.map((row) => row.tgname)).toEqual(["public_incidents_delete_facts", "public_incidents_insert_facts", "public_incidents_update_facts"]);
  });

  it("apply once: migrating again changes nothing", async () => {
    await migrate(db, { migrationsFolder: MIGRATIONS });
    const applied = await pool.query("select count(*)::int as n from drizzle.__drizzle_migrations");
    expect(applied.rows[0].n).toBe(2);
  });

  it("store what the app writes and read it back with the same types", async () => {
    const user = first(await db.insert(schema.users).values({ email: "ana@example.com", passwordHash: "x" }).returning());
    expect(user).toMatchObject({ role: "reporter", emailOff: [], emailDigest: false, sessionVersion: 0 });
    expect(user.createdAt).toBeInstanceOf(Date);

    const sender = first(
      await db.insert(schema.senders).values({ kind: "phone", key: "+6281234567890", display: "+62 812-3456-7890", organisation: "Bank Contoh" }).returning(),
    );
    const caseRow = first(await db.insert(schema.cases).values({ userId: user.id, senderId: sender.id, country: "ID", lossRupiah: 5_000_000_000 }).returning());
    const occurredAt = new Date("2026-11-30T08:15:42.123Z");
    await db.insert(schema.incidents).values({
      caseId: caseRow.id,
      channel: "sms",
      senderInput: "0812 3456 7890",
      occurredAt,
      timeZone: "Asia/Jakarta",
      category: "loan",
      consent: "never",
      callAnswered: true,
    });

    const found = await db.query.cases.findFirst({ where: eq(schema.cases.id, caseRow.id), with: { incidents: true, sender: true } });
    expect(found?.lossRupiah).toBe(5_000_000_000);
    expect(found?.sender.key).toBe("+6281234567890");
    expect(found?.incidents).toHaveLength(1);
    expect(found?.incidents[0]?.occurredAt.toISOString()).toBe(occurredAt.toISOString());
    expect(found?.incidents[0]?.callAnswered).toBe(true);

    // The case-insensitive organisation search (SQLite: collate nocase) goes through lower().
    const byOrganisation = await db
      .select({ id: schema.senders.id })
      .from(schema.senders)
      .where(sql`lower(${schema.senders.organisation}) like lower(${"bank c%"})`);
    expect(byOrganisation).toEqual([{ id: sender.id }]);
  });

  it("keep the same keys: a sender in a case is kept, deleting the user deletes its cases and incidents", async () => {
    const user = first(await db.insert(schema.users).values({ email: "budi@example.com", passwordHash: "x" }).returning());
    const sender = first(await db.insert(schema.senders).values({ kind: "alphanumeric", key: "PINJAMCEPAT", display: "PinjamCepat" }).returning());
    const caseRow = first(await db.insert(schema.cases).values({ userId: user.id, senderId: sender.id, country: "ID" }).returning());
    const incident = first(
      await db
        .insert(schema.incidents)
        .values({
          caseId: caseRow.id,
          channel: "sms",
          senderInput: "PinjamCepat",
          occurredAt: new Date(),
          timeZone: "Asia/Jakarta",
          category: "loan",
          consent: "never",
        })
        .returning(),
    );
    await expect(db.insert(schema.cases).values({ userId: user.id, senderId: sender.id, country: "ID" })).rejects.toMatchObject({
      cause: { constraint: "cases_user_sender_uq" },
    });
    await expect(db.delete(schema.senders).where(eq(schema.senders.id, sender.id))).rejects.toMatchObject({
      cause: { constraint: "cases_sender_id_senders_id_fk" },
    });
    await expect(
      db.insert(schema.evidence).values({
        userId: user.id,
        incidentId: incident.id,
        exchangeId: "neither",
        kind: "image",
        contentType: "image/png",
        fileName: "a.png",
        originalSha256: "0",
        originalSize: 1,
        storedKey: "0",
        storedSize: 1,
      }),
    ).rejects.toMatchObject({ cause: { constraint: "evidence_one_parent" } });

    await db.delete(schema.users).where(eq(schema.users.id, user.id));
    expect(await db.select().from(schema.cases).where(eq(schema.cases.id, caseRow.id))).toEqual([]);
    expect(await db.select().from(schema.incidents).where(eq(schema.incidents.id, incident.id))).toEqual([]);
    expect(await db.select().from(schema.senders).where(eq(schema.senders.id, sender.id))).toHaveLength(1);
  });

  it("clear a share's stored figures whenever its public incidents change (0010's triggers)", async () => {
    const user = first(await db.insert(schema.users).values({ email: "citra@example.com", passwordHash: "x" }).returning());
    const sender = first(await db.insert(schema.senders).values({ kind: "phone", key: "+6281111111111", display: "+62 811-1111-1111" }).returning());
    const caseRow = first(await db.insert(schema.cases).values({ userId: user.id, senderId: sender.id, country: "ID" }).returning());
    const incident = first(
      await db
        .insert(schema.incidents)
        .values({
          caseId: caseRow.id,
          channel: "call",
          senderInput: "0811",
          occurredAt: new Date(),
          timeZone: "Asia/Jakarta",
          category: "loan",
          consent: "never",
        })
        .returning(),
    );
    const facts = { reports: 1, firstSeen: 1, lastSeen: 1, categories: {}, channels: {}, cells: {}, rules: {}, weeks: {} };
    const share = first(
      await db
        .insert(schema.caseShares)
        .values({ caseId: caseRow.id, userId: user.id, senderId: sender.id, country: "ID", sharedAt: new Date(), reportFacts: facts })
        .returning(),
    );
    const reportFacts = async () => (await db.select().from(schema.caseShares).where(eq(schema.caseShares.id, share.id)))[0]?.reportFacts;
    expect(await reportFacts()).toEqual(facts);

    const publicIncident = first(
      await db
        .insert(schema.publicIncidents)
        .values({
          shareId: share.id,
          incidentId: incident.id,
          senderId: sender.id,
          occurredAt: new Date(),
          timeZone: "Asia/Jakarta",
          weekday: 1,
          hour: 9,
          channel: "call",
          category: "loan",
        })
        .returning(),
    );
    expect(await reportFacts()).toBeNull();

    await db.update(schema.caseShares).set({ reportFacts: facts }).where(eq(schema.caseShares.id, share.id));
    await db.update(schema.publicIncidents).set({ hiddenAt: new Date(), hiddenReason: "spam" }).where(eq(schema.publicIncidents.id, publicIncident.id));
    expect(await reportFacts()).toBeNull();

    await db.update(schema.caseShares).set({ reportFacts: facts }).where(eq(schema.caseShares.id, share.id));
    await db.delete(schema.incidents).where(eq(schema.incidents.id, incident.id));
    expect(await reportFacts()).toBeNull();

    // Deleting the whole share cascades to its public incidents, whose trigger finds no share left.
    await db.delete(schema.users).where(eq(schema.users.id, user.id));
    expect(await reportFacts()).toBeUndefined();
  });

  it("keep bytes and auto-incremented keys as SQLite does", async () => {
    const share = first(await db.insert(schema.shares).values({ claimHash: "h" }).returning());
    const bytes = Buffer.from([0, 1, 2, 255]);
    await db.insert(schema.shareFiles).values({ shareId: share.id, position: 0, fileName: "a.png", bytes });
    const file = first(await db.select().from(schema.shareFiles));
    expect(Buffer.compare(file.bytes, bytes)).toBe(0);

    const firstExpiry = await db.insert(schema.pageExpiries).values({ senderIds: "[]", expiredAt: new Date() }).returning();
    const second = await db.insert(schema.pageExpiries).values({ senderIds: "[]", expiredAt: new Date() }).returning();
    expect(second[0]!.seq).toBeGreaterThan(firstExpiry[0]!.seq);
    expect(typeof second[0]!.seq).toBe("number");
  });
});
