import { randomUUID } from "node:crypto";
import { asc, eq, getTableName, is } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { PgTable } from "drizzle-orm/pg-core";
import { SQLiteTable } from "drizzle-orm/sqlite-core";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { findUserById } from "@/db/queries/users";
import * as sqliteSchema from "@/db/schema";
import * as pgSchema from "@/db/schema-pg";
import { recordExchange } from "@/lib/cases/exchanges";
import { recordIncident } from "@/lib/cases/incidents";
import { shareCase } from "@/lib/public/sharing";
import { createTestOrganisation, createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { startPostgres } from "@/lib/testing/pg-server";
import { serviceAvailable } from "@/lib/testing/services";
import { copyToPostgres, type CopyResult } from "./postgres-copy";

/** A row as comparable text: object keys sorted at every depth (jsonb does not keep their order). */
function canonical(value: unknown): string {
  if (value instanceof Date) return `date:${value.toISOString()}`;
  if (Buffer.isBuffer(value)) return `bytes:${value.toString("hex")}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

const tables = Object.entries(sqliteSchema as Record<string, unknown>).filter((entry): entry is [string, SQLiteTable] => is(entry[1], SQLiteTable));

async function seed() {
  const user = await createTestUser();
  const other = await createTestUser();
  const { caseId } = await recordIncident(user.id, smsInput({ sender: "0812-7000-1111", messageText: "Pinjaman cair! Balas YA." }));
  await recordIncident(user.id, smsInput({ sender: "0812-7000-1111", occurredAt: "2026-11-21T08:30", category: "debt_collection" }));
  await recordIncident(other.id, smsInput({ sender: "0812-7000-2222" }));
  expect(await recordExchange(user.id, caseId, exchangeInput({ isComplaint: true }))).not.toBeNull();
  const senderId = (await getDb().select().from(sqliteSchema.cases).where(eq(sqliteSchema.cases.id, caseId)))[0]!.senderId;
  const org = await createTestOrganisation({ memberIds: [other.id], senderIds: [senderId] });
  // A sender under another (a self reference), and rows of tables the flows above leave empty.
  await writeTransaction(async (tx) => {
    await tx.insert(sqliteSchema.senders).values({ kind: "phone", key: "phone:628127000333", display: "0812-7000-333", country: "ID", parentId: senderId });
    const share = (await tx.insert(sqliteSchema.shares).values({ userId: user.id, claimHash: randomUUID(), title: "Shared", text: null }).returning())[0]!;
    await tx.insert(sqliteSchema.shareFiles).values({ shareId: share.id, position: 0, fileName: "a.png", bytes: Buffer.from([0, 1, 2, 254, 255]) });
    await tx.insert(sqliteSchema.notifications).values({
      userId: user.id,
      kind: "reply",
      subject: "A reply",
      data: { caseId, organisation: org.name, n: 3, none: null },
      readAt: new Date("2026-11-30T10:11:12.345Z"),
    });
    await tx.insert(sqliteSchema.blobPins).values([
      { blobKey: "k1", pinnedAt: new Date(), deleting: true },
      { blobKey: "k2", pinnedAt: new Date(), deleting: false },
    ]);
    await tx.insert(sqliteSchema.rateLimits).values({ key: "sign-in:1.2.3.4", points: 3, expire: 2 ** 40 });
  });
  return { user, caseId };
}

describe.skipIf(!serviceAvailable("postgres"))("copying the SQLite database into PostgreSQL", () => {
  let server: Awaited<ReturnType<typeof startPostgres>>;
  let pool: pg.Pool;
  let target: NodePgDatabase<typeof pgSchema>;
  let copied: CopyResult;
  let seeded: Awaited<ReturnType<typeof seed>>;
  const log: string[] = [];

  beforeAll(async () => {
    server = await startPostgres({ port: 55431 });
    seeded = await seed();
    const { user, caseId } = seeded;
    expect(await shareCase((await findUserById(user.id))!, caseId, { extraMasks: [], screenshots: [] })).toBe(true);
    const started = performance.now();
    copied = await copyToPostgres(getDb().$client, server.url, { log: (line) => log.push(line) });
    const filled = copied.filter((c) => c.rows > 0);
    // Printed, not asserted: what the copy covered and took (migrating included).
    console.log(
      `copied ${filled.reduce((n, c) => n + c.rows, 0)} rows in ${filled.length} of ${copied.length} tables, ${Math.round(performance.now() - started)} ms`,
    );
    pool = new pg.Pool({ connectionString: server.url, max: 2 });
    // Dropping the database at the end ends its connections: one still closing must not crash the run.
    pool.on("error", () => undefined);
    target = drizzle(pool, { schema: pgSchema });
  });

  afterAll(async () => {
    await pool?.end();
    await server?.close();
  });

  it("copies every table, parents first, and prints its count", () => {
    const names = copied.map((c) => c.table);
    expect(names.sort()).toEqual(tables.map(([, t]) => getTableName(t)).sort());
    expect(log).toHaveLength(tables.length);
    const position = (name: string) => copied.findIndex((c) => c.table === name);
    expect(position("users")).toBeLessThan(position("cases"));
    expect(position("public_incidents")).toBeLessThan(position("sender_replies"));
    expect(position("sender_replies")).toBeLessThan(position("exchanges"));
    for (const name of [
      "users",
      "senders",
      "cases",
      "incidents",
      "exchanges",
      "case_shares",
      "public_incidents",
      "sender_stats",
      "share_files",
      "blob_pins",
      "organisations",
    ])
      expect(copied.find((c) => c.table === name)!.rows, name).toBeGreaterThan(0);
  });

  it("reads back through db/schema-pg.ts as the app reads SQLite: every row of every table, field by field", async () => {
    for (const [key, table] of tables) {
      const pgTable = (pgSchema as Record<string, unknown>)[key] as PgTable;
      expect(is(pgTable, PgTable)).toBe(true);
      const source = (await getDb().select().from(table)).map(canonical).sort();
      const copy = (await target.select().from(pgTable)).map(canonical).sort();
      expect(copy, getTableName(table)).toEqual(source);
    }
  });

  it("keeps dates to the millisecond, booleans, JSON, bytes, the self reference and derived data", async () => {
    const notification = (await target.select().from(pgSchema.notifications).where(eq(pgSchema.notifications.userId, seeded.user.id)))[0]!;
    expect(notification.readAt).toEqual(new Date("2026-11-30T10:11:12.345Z"));
    expect(notification.data).toEqual({ caseId: seeded.caseId, organisation: "Test Bank", n: 3, none: null });
    const file = (await target.select().from(pgSchema.shareFiles))[0]!;
    expect(Buffer.compare(file.bytes, Buffer.from([0, 1, 2, 254, 255]))).toBe(0);
    const pins = await target.select().from(pgSchema.blobPins).orderBy(asc(pgSchema.blobPins.id));
    expect(pins.map((p) => p.deleting)).toEqual([true, false]);
    const complaint = (await target.select().from(pgSchema.exchanges).where(eq(pgSchema.exchanges.caseId, seeded.caseId)))[0]!;
    expect(complaint.isComplaint).toBe(true);
    const child = (await target.select().from(pgSchema.senders).where(eq(pgSchema.senders.key, "phone:628127000333")))[0]!;
    expect(child.parentId).not.toBeNull();
    expect((await target.select().from(pgSchema.rateLimits))[0]!.expire).toBe(2 ** 40);
    // The triggers that clear it on a public_incidents write did not run during the copy.
    const share = (await target.select().from(pgSchema.caseShares).where(eq(pgSchema.caseShares.caseId, seeded.caseId)))[0]!;
    expect(share.reportFacts).not.toBeNull();
  });

  it("moves identity sequences past the copied keys, and the triggers work again", async () => {
    const [pin] = await target.insert(pgSchema.blobPins).values({ blobKey: "k3", pinnedAt: new Date() }).returning();
    expect(pin!.id).toBeGreaterThan(Math.max(...(await getDb().select().from(sqliteSchema.blobPins)).map((p) => p.id)));
    const [expiry] = await target.insert(pgSchema.pageExpiries).values({ senderIds: "[]", expiredAt: new Date() }).returning();
    expect(expiry!.seq).toBeGreaterThan(0);
    const triggers = await pool.query("select count(*)::int as n from pg_trigger where not tgisinternal and tgenabled = 'D'");
    expect(triggers.rows[0].n).toBe(0);
  });

  it("refuses a database that already has rows, and leaves it as it was", async () => {
    const before = (await pool.query("select count(*)::int as n from users")).rows[0].n;
    await expect(copyToPostgres(getDb().$client, server.url)).rejects.toThrow(/not empty/);
    expect((await pool.query("select count(*)::int as n from users")).rows[0].n).toBe(before);
  });
});
