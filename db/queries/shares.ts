import "server-only";
import { and, asc, eq, gte, isNull, lt, or } from "drizzle-orm";
import { writeTransaction, changedRows } from "../index";
import { type Share } from "../schema";
import { shareFiles, shares } from "../tables";
import type { DbOrTx } from "./tx";

export type ShareFileRow = typeof shareFiles.$inferSelect;
export type NewShare = { userId: string | null; claimHash: string; title: string | null; text: string | null; url: string | null };

export async function insertShare(db: DbOrTx, share: NewShare, files: { fileName: string; bytes: Buffer }[]): Promise<Share> {
  const row = (await db.insert(shares).values(share).returning())[0]!;
  if (files.length) await db.insert(shareFiles).values(files.map((file, position) => ({ shareId: row.id, position, ...file })));
  return row;
}

/**
 * Removes the share and answers it with its files, but only for whoever may claim it: the user
 * it belongs to, or the browser holding its claim token while it belongs to no other user.
 * An expired share (older than `notBefore`, not yet swept) is not answered.
 * Reading and deleting in one transaction: two tabs opening the same share get it once.
 */
export async function takeShare(
  db: DbOrTx,
  { shareId, userId, claimHash, notBefore }: { shareId: string; userId: string; claimHash: string | null; notBefore: Date },
): Promise<{ share: Share; files: ShareFileRow[] } | undefined> {
  const mayClaim = claimHash
    ? or(eq(shares.userId, userId), and(eq(shares.claimHash, claimHash), or(isNull(shares.userId), eq(shares.userId, userId))))
    : eq(shares.userId, userId);
  const share = (
    await db
      .select()
      .from(shares)
      .where(and(eq(shares.id, shareId), gte(shares.createdAt, notBefore), mayClaim))
  )[0];
  if (!share) return undefined;
  const files = await db.select().from(shareFiles).where(eq(shareFiles.shareId, share.id)).orderBy(asc(shareFiles.position));
  await db.delete(shares).where(eq(shares.id, share.id));
  return { share, files };
}

/** Drops shares nobody opened in time (their files go with them); returns how many. */
export async function deleteSharesBefore(cutoff: Date): Promise<number> {
  return writeTransaction(async (db) => {
    return changedRows(await db.delete(shares).where(lt(shares.createdAt, cutoff)));
  });
}
