import "server-only";
import { writeTransaction } from "@/db";
import {
  deleteEvidenceRows,
  findAttachableEvidence,
  findEvidenceForUser,
  listEvidenceFor,
  type EvidenceParent,
  listStalePendingEvidence,
  placeEvidence,
  setEvidenceCaption,
} from "@/db/queries/evidence";
import { sendersShowingEvidence } from "@/db/queries/public";
import type { DbOrTx } from "@/db/queries/tx";
import type { Evidence } from "@/db/schema";
import type { EvidenceItem } from "./lifecycle-types";
import { refreshSenderStats } from "../public/sharing";
import { deleteBlobIfUnreferenced, deleteUnreferencedBlobs, getBlobStore, sweepStaleBlobPins } from "./blobs";

export type { EvidenceItem };

/** An upload named in a form is gone (swept, removed in another tab) or is not the user's. */
export class EvidenceUnavailableError extends Error {}

const blobKeys = (rows: Evidence[]) => rows.flatMap((r) => [r.storedKey, r.thumbnailKey]);

/** A published crop goes with its original (the rows cascade): the sender pages showing it are refreshed. */
async function deleteRows(db: DbOrTx, ids: string[]): Promise<void> {
  const shownOn = await sendersShowingEvidence(db, ids);
  await deleteEvidenceRows(db, ids);
  for (const senderId of shownOn) await refreshSenderStats(db, senderId);
}

/**
 * Makes an incident's or exchange's evidence exactly the form's list, in its order and with its
 * captions: pending uploads join, listed ones are re-ordered, the rest are deleted. Runs inside
 * the form's transaction; returns the blob keys to delete once it has committed.
 */
export async function syncEvidence(tx: DbOrTx, userId: string, parent: EvidenceParent, items: EvidenceItem[]): Promise<(string | null)[]> {
  const ids = items.map((item) => item.id);
  const attachable = await findAttachableEvidence(tx, userId, parent, ids);
  if (attachable.length !== new Set(ids).size) throw new EvidenceUnavailableError();
  for (const [position, item] of items.entries()) await placeEvidence(tx, item.id, parent, position, item.caption.trim() || null);
  const dropped = (await listEvidenceFor(tx, parent)).filter((row) => !ids.includes(row.id));
  await deleteRows(
    tx,
    dropped.map((r) => r.id),
  );
  return blobKeys(dropped);
}

/** Deletes rows' blobs once the rows are gone; used after any delete that cascades to evidence. */
export async function deleteBlobsOf(rows: Evidence[]): Promise<void> {
  await deleteUnreferencedBlobs(blobKeys(rows));
}

/** Deletes one of the user's files; false when it is not theirs. */
export async function removeEvidence(userId: string, evidenceId: string): Promise<{ caseId: string | null } | null> {
  const row = await findEvidenceForUser(userId, evidenceId);
  if (!row) return null;
  await writeTransaction((tx) => deleteRows(tx, [row.id]));
  await deleteBlobsOf([row]);
  return { caseId: row.caseId };
}

export async function updateEvidenceCaption(userId: string, evidenceId: string, caption: string): Promise<boolean> {
  const row = await findEvidenceForUser(userId, evidenceId);
  if (!row) return false;
  await setEvidenceCaption(row.id, caption.trim() || null);
  return true;
}

const PENDING_TTL_MS = 24 * 60 * 60 * 1000;
/** A blob younger than this may belong to an upload still on its way to its row. */
const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/**
 * Restores "no file without a row" after crashes and abandoned forms: drops uploads never saved
 * with their form within a day, then the pins of uploads that crashed, then blobs no row points
 * at, then half-written temporary files.
 */
export async function sweepEvidence(now = Date.now()): Promise<{ pendingRows: number; stalePins: number; orphanBlobs: number; tempFiles: number }> {
  const stale = await writeTransaction(async (tx) => {
    const rows = await listStalePendingEvidence(tx, new Date(now - PENDING_TTL_MS));
    await deleteRows(
      tx,
      rows.map((r) => r.id),
    );
    return rows;
  });
  await deleteBlobsOf(stale);
  const stalePins = await sweepStaleBlobPins(now);

  const store = getBlobStore();
  let orphanBlobs = 0;
  for await (const { key, writtenAt } of store.list()) {
    if (now - writtenAt.getTime() >= ORPHAN_GRACE_MS && (await deleteBlobIfUnreferenced(key, store))) orphanBlobs++;
  }
  const tempFiles = await store.removeStaleTemporaryFiles(now);
  return { pendingRows: stale.length, stalePins, orphanBlobs, tempFiles };
}
