import "server-only";
import path from "node:path";
import { getDb, type Db } from "@/db";
import { deleteBlobPin, deleteBlobPinsBefore, insertBlobPin, isBlobPinned } from "@/db/queries/blob-pins";
import { isBlobReferenced } from "@/db/queries/evidence";
import { env } from "../env";
import type { BlobStore } from "../storage/blob-store";
import { LocalDiskStore } from "../storage/local-disk-store";
import { sha256Hex } from "./process";

/** A store whose delete is done when it returns: needed to delete inside a transaction. */
export type SweepableStore = BlobStore & { deleteSync(key: string): void };

/**
 * Process-wide state, on globalThis because Next bundles route handlers and server actions
 * separately and each bundle would otherwise get its own copy of this module.
 */
const state = globalThis as unknown as { spamtrailBlobStore?: LocalDiskStore };

export function getBlobStore(): LocalDiskStore {
  state.spamtrailBlobStore ??= new LocalDiskStore(path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "evidence"));
  return state.spamtrailBlobStore;
}

/** An upload takes less than this to commit its row; an older pin is a crashed upload's, ignored and swept. */
export const PIN_TTL_MS = 60 * 60 * 1000;

/**
 * Stores the bytes and pins their key until `unpin` (called once the row is committed, or not).
 * The pin is committed before the file is written, in the table every worker reads: a delete
 * that runs after it sees it; one that ran before it has already removed the file, which the put
 * then writes again (decision 0015).
 */
export async function putPinned(bytes: Uint8Array, store: BlobStore = getBlobStore(), db: Db = getDb()): Promise<{ key: string; unpin: () => void }> {
  const key = sha256Hex(bytes);
  const pinId = insertBlobPin(db, key, new Date());
  const unpin = () => deleteBlobPin(db, pinId);
  try {
    await store.put(bytes);
  } catch (error) {
    unpin();
    throw error;
  }
  return { key, unpin };
}

/**
 * Deletes the blob unless an upload holds it or a row points at it; true when deleted. The check
 * and the unlink are one write transaction (BEGIN IMMEDIATE): a pin from any worker waits for it
 * to end, so it can never land between the check and the unlink.
 */
export function deleteBlobIfUnreferenced(key: string, store: SweepableStore = getBlobStore(), db: Db = getDb()): boolean {
  return db.transaction(
    (tx) => {
      if (isBlobPinned(tx, key, new Date(Date.now() - PIN_TTL_MS)) || isBlobReferenced(tx, key)) return false;
      store.deleteSync(key);
      return true;
    },
    { behavior: "immediate" },
  );
}

/**
 * Deletes the blobs no row points at any more. Called after the rows are gone (committed), so a
 * crash in between leaves a blob without a row, which the sweep removes; never the reverse.
 */
export async function deleteUnreferencedBlobs(keys: Iterable<string | null>): Promise<void> {
  for (const key of new Set(keys)) if (key !== null) deleteBlobIfUnreferenced(key);
}

/** Drops the pins of uploads that crashed before unpinning (the hourly sweep). */
export function sweepStaleBlobPins(now = Date.now()): number {
  return deleteBlobPinsBefore(getDb(), new Date(now - PIN_TTL_MS));
}

/** A whole blob in memory (for documents that embed files); null when it is missing. */
export async function readBlob(key: string): Promise<Uint8Array | null> {
  const blob = await getBlobStore().get(key);
  return blob ? new Uint8Array(await new Response(blob.stream).arrayBuffer()) : null;
}
