import "server-only";
import { and, eq, gte, lt } from "drizzle-orm";
import { blobPins } from "../schema";
import type { DbOrTx } from "./tx";

/**
 * Pins a blob for an upload on its way to its row (committed at once, before the file is
 * written), or with `deleting` marks a delete decided and not finished.
 */
export function insertBlobPin(db: DbOrTx, blobKey: string, now: Date, deleting = false): number {
  return db.insert(blobPins).values({ blobKey, pinnedAt: now, deleting }).returning({ id: blobPins.id }).get().id;
}

export function deleteBlobPin(db: DbOrTx, id: number): void {
  db.delete(blobPins).where(eq(blobPins.id, id)).run();
}

/** Whether an upload pinned this blob since `since` (older pins are crashed uploads'). */
export function isBlobPinned(db: DbOrTx, blobKey: string, since: Date): boolean {
  return hasPin(db, blobKey, since, false);
}

/** Whether a delete of this blob decided since `since` has not finished (older marks are crashed deletes'). */
export function isBlobBeingDeleted(db: DbOrTx, blobKey: string, since: Date): boolean {
  return hasPin(db, blobKey, since, true);
}

function hasPin(db: DbOrTx, blobKey: string, since: Date, deleting: boolean): boolean {
  return (
    db
      .select({ id: blobPins.id })
      .from(blobPins)
      .where(and(eq(blobPins.blobKey, blobKey), eq(blobPins.deleting, deleting), gte(blobPins.pinnedAt, since)))
      .limit(1)
      .get() !== undefined
  );
}

export function deleteBlobPinsBefore(db: DbOrTx, before: Date): number {
  return db.delete(blobPins).where(lt(blobPins.pinnedAt, before)).run().changes;
}
