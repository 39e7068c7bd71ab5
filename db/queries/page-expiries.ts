import "server-only";
import { gt, lt, sql } from "drizzle-orm";
import { preparedQuery } from "..";
import { pageExpiries } from "../schema";
import type { DbOrTx } from "./tx";

/** Senders whose public pages changed, in the order the writes committed (lib/public/page-cache.ts). */
export type PageExpiry = { seq: number; senderIds: string[]; expiredAt: number };

/** Logs that these senders' pages changed, inside the write's transaction: every worker drops its copies once it commits. */
export async function insertPageExpiry(db: DbOrTx, senderIds: readonly string[], at: Date): Promise<void> {
  await db.insert(pageExpiries).values({ senderIds: JSON.stringify(senderIds), expiredAt: at });
}

// Asked before every request a worker's front caches answer, so a bare statement (drizzle's
// mapping cost several times the lookup): `max` of the rowid is one b-tree descent.
const latestSeq = preparedQuery((db) => db.$client.prepare<[], number | null>("select max(seq) from page_expiries").pluck());

/** The last expiry logged, 0 when none. */
export function latestPageExpiry(): number {
  return latestSeq().get() ?? 0;
}

const expiriesAfter = preparedQuery((db) =>
  db
    .select()
    .from(pageExpiries)
    .where(gt(pageExpiries.seq, sql.placeholder("seq")))
    .orderBy(pageExpiries.seq)
    .prepare(),
);

/** The expiries logged after `seq`, oldest first. */
export function pageExpiriesAfter(seq: number): PageExpiry[] {
  return expiriesAfter()
    .all({ seq })
    .map((row) => ({ seq: row.seq, senderIds: JSON.parse(row.senderIds) as string[], expiredAt: row.expiredAt.getTime() }));
}

/** Drops expiries logged before `cutoff` (the hourly sweep): every running worker applied them long ago. */
export async function deletePageExpiriesBefore(db: DbOrTx, cutoff: Date): Promise<number> {
  return (await db.delete(pageExpiries).where(lt(pageExpiries.expiredAt, cutoff))).changes;
}
