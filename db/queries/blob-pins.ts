import "server-only";
import { and, eq, gte, lt } from "drizzle-orm";
import { changedRows } from "..";
import { blobPins } from "../tables";
import type { DbOrTx } from "./tx";

/**
 * Pins a blob for an upload on its way to its row (committed at once, before the file is
 * written), or with `deleting` marks a delete decided and not finished.
 */
export async function insertBlobPin(db: DbOrTx, blobKey: string, now: Date, deleting = false): Promise<number> {
  return (await db.insert(blobPins).values({ blobKey, pinnedAt: now, deleting }).returning({ id: blobPins.id }))[0]!.id;
}

export async function deleteBlobPin(db: DbOrTx, id: number): Promise<void> {
  await db.delete(blobPins).where(eq(blobPins.id, id));
}

/** Whether an upload pinned this blob since `since` (older pins are crashed uploads'). */
export async function isBlobPinned(db: DbOrTx, blobKey: string, since: Date): Promise<boolean> {
  return await hasPin(db, blobKey, since, false);
}

/** Whether a delete of this blob decided since `since` has not finished (older marks are crashed deletes'). */
export async function isBlobBeingDeleted(db: DbOrTx, blobKey: string, since: Date): Promise<boolean> {
  return await hasPin(db, blobKey, since, true);
}

async function hasPin(db: DbOrTx, blobKey: string, since: Date, deleting: boolean): Promise<boolean> {
  return (
    (
      await db
        .select({ id: blobPins.id })
        .from(blobPins)
        .where(and(eq(blobPins.blobKey, blobKey), eq(blobPins.deleting, deleting), gte(blobPins.pinnedAt, since)))
        .limit(1)
    )[0] !== undefined
  );
}

export async function deleteBlobPinsBefore(db: DbOrTx, before: Date): Promise<number> {
  return changedRows(await db.delete(blobPins).where(lt(blobPins.pinnedAt, before)));
}
