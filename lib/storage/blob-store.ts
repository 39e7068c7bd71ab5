/**
 * Where evidence files live. Content-addressed: a blob's key is the SHA-256 of its bytes, so
 * the same bytes are stored once and a key can be checked against the file it names. Local disk
 * by default (local-disk-store.ts), an S3-compatible object store when configured (s3-store.ts).
 */
export interface BlobStore {
  /** Stores the bytes (atomically: a reader never sees half a file) and returns their key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The blob's bytes as a stream, or null when there is no such blob. */
  get(key: string): Promise<{ stream: ReadableStream<Uint8Array>; size: number } | null>;
  /** Removes the blob; removing a missing blob is not an error. */
  delete(key: string): Promise<void>;
  /** Every stored key with when it was last written, for sweeping blobs no row points at. */
  list(): AsyncIterable<{ key: string; writtenAt: Date }>;
  /** Removes what a crash in the middle of a put left behind; returns how many were removed. */
  removeStaleTemporaryFiles(now?: number): Promise<number>;
}

const KEY_PATTERN = /^[0-9a-f]{64}$/;

export function isBlobKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
