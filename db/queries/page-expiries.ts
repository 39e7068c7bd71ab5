import "server-only";
import { gt, lt, sql } from "drizzle-orm";
import { sqliteStatement, changedRows } from "..";
import { DIALECT } from "../dialect";
import { pageExpiries } from "../tables";
import type { DbOrTx } from "./tx";

/** Senders whose public pages changed, in the order the writes committed (lib/public/page-cache.ts). */
export type PageExpiry = { seq: number; senderIds: string[]; expiredAt: number };

/** Logs that these senders' pages changed, inside the write's transaction: every worker drops its copies once it commits. */
export async function insertPageExpiry(db: DbOrTx, senderIds: readonly string[], at: Date): Promise<void> {
  await db.insert(pageExpiries).values({ senderIds: JSON.stringify(senderIds), expiredAt: at });
}

// Asked before every request a worker's front caches answer, so a bare statement (drizzle's
// mapping cost several times the lookup): `max` of the rowid is one b-tree descent. The front
// reads the log synchronously (server/front-expiries.mjs), which only SQLite can answer: on
// PostgreSQL the server requires REDIS_URL and page expiries travel through Redis instead.
const latestSeq = sqliteStatement((db) => db.$client.prepare<[], number | null>("select max(seq) from page_expiries").pluck());

function sqliteOnly(): void {
  if (DIALECT === "postgresql")
    throw new Error("the page-expiry log is read synchronously on SQLite only: with DATABASE_URL set REDIS_URL (page expiries through Redis)");
}

/** The last expiry logged, 0 when none. SQLite only. */
export function latestPageExpiry(): number {
  sqliteOnly();
  return latestSeq().get() ?? 0;
}

const expiriesAfter = sqliteStatement((db) =>
  db
    .select()
    .from(pageExpiries)
    .where(gt(pageExpiries.seq, sql.placeholder("seq")))
    .orderBy(pageExpiries.seq)
    .prepare(),
);

/** The expiries logged after `seq`, oldest first. SQLite only. */
export function pageExpiriesAfter(seq: number): PageExpiry[] {
  sqliteOnly();
  return expiriesAfter()
    .all({ seq })
    .map((row) => ({ seq: row.seq, senderIds: JSON.parse(row.senderIds) as string[], expiredAt: row.expiredAt.getTime() }));
}

/** Drops expiries logged before `cutoff` (the hourly sweep): every running worker applied them long ago. */
export async function deletePageExpiriesBefore(db: DbOrTx, cutoff: Date): Promise<number> {
  return changedRows(await db.delete(pageExpiries).where(lt(pageExpiries.expiredAt, cutoff)));
}
