import "server-only";
import path from "node:path";
import { getDb, writeTransaction, type Db } from "@/db";
import { deleteBlobPin, deleteBlobPinsBefore, insertBlobPin, isBlobBeingDeleted, isBlobPinned } from "@/db/queries/blob-pins";
import { isBlobReferenced } from "@/db/queries/evidence";
import { env } from "../env";
import type { BlobStore } from "../storage/blob-store";
import { LocalDiskStore } from "../storage/local-disk-store";
import { S3Store } from "../storage/s3-store";
import { sha256Hex } from "./process";

/**
 * Process-wide state, on globalThis because Next bundles route handlers and server actions
 * separately and each bundle would otherwise get its own copy of this module.
 */
const state = globalThis as unknown as { spamtrailBlobStore?: BlobStore };

/** The object store when S3_* is configured (env.ts), else DATA_DIR/evidence on local disk. */
export function getBlobStore(): BlobStore {
  state.spamtrailBlobStore ??= env.s3 ? new S3Store(env.s3) : new LocalDiskStore(path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "evidence"));
  return state.spamtrailBlobStore;
}

/** An upload takes less than this to commit its row; an older pin is a crashed upload's, ignored and swept. */
export const PIN_TTL_MS = 60 * 60 * 1000;

/** A delete takes less than this from its decision to its end; an older mark is a crashed delete's. */
export const DELETE_MARK_TTL_MS = 60 * 1000;
const DELETE_WAIT_STEP_MS = 20;

/**
 * Stores the bytes and pins their key until `unpin` (called once the row is committed, or not).
 * The pin is committed before the file is written, in the table every worker reads: a delete
 * decided after it sees it and keeps the file; one decided before it may still be removing the
 * file (an object store deletes over the network), so the put waits for that delete to end and
 * then writes the file again (decision 0015).
 */
export async function putPinned(bytes: Uint8Array, store: BlobStore = getBlobStore()): Promise<{ key: string; unpin: () => Promise<void> }> {
  const key = sha256Hex(bytes);
  const pinId = await writeTransaction((tx) => insertBlobPin(tx, key, new Date()));
  const unpin = () => writeTransaction((tx) => deleteBlobPin(tx, pinId));
  try {
    while (await isBlobBeingDeleted(getDb(), key, new Date(Date.now() - DELETE_MARK_TTL_MS)))
      await new Promise((resolve) => setTimeout(resolve, DELETE_WAIT_STEP_MS));
    await store.put(bytes);
  } catch (error) {
    await unpin();
    throw error;
  }
  return { key, unpin };
}

/**
 * A write transaction on `db` when given (another worker's connection, in tests), else this
 * process's writeTransaction.
 */
async function writeOn<T>(db: Db | undefined, work: (tx: Db) => Promise<T>): Promise<T> {
  if (!db) return writeTransaction(work);
  db.$client.exec("begin immediate");
  try {
    const result = await work(db);
    db.$client.exec("commit");
    return result;
  } catch (error) {
    if (db.$client.inTransaction) db.$client.exec("rollback");
    throw error;
  }
}

/**
 * Deletes the blob unless an upload holds it or a row points at it; true when deleted. The check
 * is one write transaction (BEGIN IMMEDIATE) that also marks the delete as under way: a pin from
 * any worker is either seen by the check, or taken after it and then waits for the mark to go.
 */
export async function deleteBlobIfUnreferenced(key: string, store: BlobStore = getBlobStore(), db?: Db): Promise<boolean> {
  // Most blobs the hourly sweep lists are in use: a plain read says so without the write lock.
  if (await isBlobReferenced(db ?? getDb(), key)) return false;
  const markId = await writeOn(db, async (tx) => {
    if ((await isBlobPinned(tx, key, new Date(Date.now() - PIN_TTL_MS))) || (await isBlobReferenced(tx, key))) return null;
    return insertBlobPin(tx, key, new Date(), true);
  });
  if (markId === null) return false;
  try {
    await store.delete(key);
  } finally {
    await writeOn(db, (tx) => deleteBlobPin(tx, markId));
  }
  return true;
}

/**
 * Deletes the blobs no row points at any more. Called after the rows are gone (committed), so a
 * crash in between leaves a blob without a row, which the sweep removes; never the reverse.
 */
export async function deleteUnreferencedBlobs(keys: Iterable<string | null>): Promise<void> {
  for (const key of new Set(keys)) if (key !== null) await deleteBlobIfUnreferenced(key);
}

/** Drops the pins of uploads that crashed before unpinning (the hourly sweep). */
export async function sweepStaleBlobPins(now = Date.now()): Promise<number> {
  return writeTransaction((tx) => deleteBlobPinsBefore(tx, new Date(now - PIN_TTL_MS)));
}

/** A whole blob in memory (for documents that embed files); null when it is missing. */
export async function readBlob(key: string): Promise<Uint8Array | null> {
  const blob = await getBlobStore().get(key);
  return blob ? new Uint8Array(await new Response(blob.stream).arrayBuffer()) : null;
}
