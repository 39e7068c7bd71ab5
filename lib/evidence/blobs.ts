import "server-only";
import path from "node:path";
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
const state = globalThis as unknown as { spamtrailBlobStore?: BlobStore; spamtrailPinnedBlobs?: Map<string, number> };

/** The object store when S3_* is configured (env.ts), else DATA_DIR/evidence on local disk. */
export function getBlobStore(): BlobStore {
  state.spamtrailBlobStore ??= env.s3 ? new S3Store(env.s3) : new LocalDiskStore(path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "evidence"));
  return state.spamtrailBlobStore;
}

/** Blobs written by an upload whose row is not committed yet: never deleted meanwhile. */
function pinned(): Map<string, number> {
  state.spamtrailPinnedBlobs ??= new Map();
  return state.spamtrailPinnedBlobs;
}

const locks = new Map<string, Promise<unknown>>();

/**
 * Runs `task` alone for this key. Writing a blob and deleting it are serialized per key so a
 * delete that found the blob unused cannot remove it under an upload that is reusing it (same
 * bytes, same key). The server is one process (embedded SQLite), so a process lock suffices.
 */
async function withKeyLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = locks.get(key) ?? Promise.resolve();
  const run = previous.catch(() => {}).then(task);
  locks.set(key, run);
  try {
    return await run;
  } finally {
    if (locks.get(key) === run) locks.delete(key);
  }
}

/** Stores the bytes and pins their key until `unpin` (called once the row is committed, or not). */
export async function putPinned(bytes: Uint8Array, store: BlobStore = getBlobStore()): Promise<{ key: string; unpin: () => void }> {
  const key = sha256Hex(bytes);
  return withKeyLock(key, async () => {
    const map = pinned();
    map.set(key, (map.get(key) ?? 0) + 1);
    const unpin = () => {
      const left = (map.get(key) ?? 1) - 1;
      if (left > 0) map.set(key, left);
      else map.delete(key);
    };
    try {
      await store.put(bytes);
    } catch (error) {
      unpin();
      throw error;
    }
    return { key, unpin };
  });
}

/** Deletes the blob unless an upload holds it or a row points at it; true when deleted. */
export async function deleteBlobIfUnreferenced(key: string, store: BlobStore = getBlobStore()): Promise<boolean> {
  return withKeyLock(key, async () => {
    if (pinned().has(key) || isBlobReferenced(key)) return false;
    await store.delete(key);
    return true;
  });
}

/**
 * Deletes the blobs no row points at any more. Called after the rows are gone (committed), so a
 * crash in between leaves a blob without a row, which the sweep removes; never the reverse.
 */
export async function deleteUnreferencedBlobs(keys: Iterable<string | null>): Promise<void> {
  for (const key of new Set(keys)) if (key !== null) await deleteBlobIfUnreferenced(key);
}

/** A whole blob in memory (for documents that embed files); null when it is missing. */
export async function readBlob(key: string): Promise<Uint8Array | null> {
  const blob = await getBlobStore().get(key);
  return blob ? new Uint8Array(await new Response(blob.stream).arrayBuffer()) : null;
}
