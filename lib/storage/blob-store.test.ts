import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import pLimit from "p-limit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startS3Server } from "@/lib/testing/s3-server";
import type { BlobStore } from "./blob-store";
import { LocalDiskStore } from "./local-disk-store";
import { S3Store } from "./s3-store";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function bytesOf(blob: { stream: ReadableStream<Uint8Array> } | null): Promise<Uint8Array> {
  if (!blob) throw new Error("no blob");
  return new Uint8Array(await new Response(blob.stream).arrayBuffer());
}

async function keysIn(store: BlobStore): Promise<{ key: string; writtenAt: Date }[]> {
  const found: { key: string; writtenAt: Date }[] = [];
  for await (const entry of store.list()) found.push(entry);
  return found;
}

let s3: Awaited<ReturnType<typeof startS3Server>>;
const s3Stores: S3Store[] = [];
const diskRoots: string[] = [];

beforeAll(async () => {
  s3 = await startS3Server();
});

afterAll(async () => {
  for (const store of s3Stores) await store.destroy();
  await s3?.close();
  for (const root of diskRoots) rmSync(root, { recursive: true, force: true });
});

// Each test gets an empty store: a fresh folder, or a fresh prefix in the one bucket.
const implementations: [string, () => BlobStore][] = [
  [
    "LocalDiskStore",
    () => {
      const root = mkdtempSync(path.join(tmpdir(), "blob-store-"));
      diskRoots.push(root);
      return new LocalDiskStore(root);
    },
  ],
  [
    "S3Store",
    () => {
      const store = new S3Store({ ...s3.config, prefix: `test-${randomUUID()}` });
      s3Stores.push(store);
      return store;
    },
  ],
];

describe.each(implementations)("%s", (_name, emptyStore) => {
  it("gives back the exact bytes it was given, under their SHA-256", async () => {
    const store = emptyStore();
    const bytes = new Uint8Array([0, 255, 1, 254, 10, 13, 0, 0, 128]);
    const key = await store.put(bytes);
    expect(key).toBe(sha256(bytes));
    const blob = await store.get(key);
    expect(blob?.size).toBe(bytes.byteLength);
    expect(await bytesOf(blob)).toEqual(bytes);
  });

  it("stores the same bytes once, under one key", async () => {
    const store = emptyStore();
    const bytes = randomBytes(1000);
    const first = await store.put(bytes);
    const second = await store.put(Uint8Array.from(bytes));
    expect(second).toBe(first);
    expect((await keysIn(store)).map((e) => e.key)).toEqual([first]);
  });

  it("answers null for a blob it does not have, and deleting one is no error", async () => {
    const store = emptyStore();
    const absent = sha256(randomBytes(16));
    expect(await store.get(absent)).toBeNull();
    await expect(store.delete(absent)).resolves.toBeUndefined();
  });

  it("deletes a blob: it is gone from get and list", async () => {
    const store = emptyStore();
    const kept = await store.put(randomBytes(100));
    const removed = await store.put(randomBytes(100));
    await store.delete(removed);
    expect(await store.get(removed)).toBeNull();
    expect((await keysIn(store)).map((e) => e.key)).toEqual([kept]);
  });

  it("lists every blob with when it was written", async () => {
    const store = emptyStore();
    const before = Date.now();
    const keys = [await store.put(randomBytes(10)), await store.put(randomBytes(20)), await store.put(randomBytes(30))];
    const after = Date.now();
    const listed = await keysIn(store);
    expect(listed.map((e) => e.key).sort()).toEqual([...keys].sort());
    for (const { writtenAt } of listed) {
      // Object stores keep whole seconds.
      expect(writtenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
      expect(writtenAt.getTime()).toBeLessThanOrEqual(after + 1000);
    }
  });

  it("refuses a key that is not a content hash", async () => {
    const store = emptyStore();
    await expect(store.get("../../etc/passwd")).rejects.toThrow(/Not a blob key/);
  });

  it("streams a large blob in pieces, and stops cleanly when the reader leaves", async () => {
    const store = emptyStore();
    const bytes = randomBytes(5 * 1024 * 1024);
    const key = await store.put(bytes);

    const blob = await store.get(key);
    expect(blob?.size).toBe(bytes.byteLength);
    const reader = blob!.stream.getReader();
    const first = await reader.read();
    expect(first.value!.byteLength).toBeGreaterThan(0);
    expect(first.value!.byteLength).toBeLessThan(bytes.byteLength);
    const hash = createHash("sha256").update(first.value!);
    let size = first.value!.byteLength;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      hash.update(chunk.value);
      size += chunk.value.byteLength;
    }
    expect(size).toBe(bytes.byteLength);
    expect(hash.digest("hex")).toBe(key);

    // A client that goes away after the first piece: cancelling is quiet and the store keeps serving.
    const abandoned = (await store.get(key))!.stream.getReader();
    await abandoned.read();
    await abandoned.cancel();
    expect(await bytesOf(await store.get(key))).toHaveLength(bytes.byteLength);
  });

  it("has no half-written leftovers to clean up after ordinary puts", async () => {
    const store = emptyStore();
    await store.put(randomBytes(10));
    expect(await store.removeStaleTemporaryFiles(Date.now() + 24 * 60 * 60 * 1000)).toBe(0);
  });
});

describe("S3Store in a shared bucket", () => {
  it("keeps its blobs under its prefix and lists only those", async () => {
    const store = new S3Store({ ...s3.config, prefix: "/shared/evidence/" });
    s3Stores.push(store);
    const key = await store.put(randomBytes(64));
    const other = new S3Client({ endpoint: s3.endpoint, region: "us-east-1", forcePathStyle: true, credentials: s3.config });
    try {
      // Another application's object in the same bucket, and one under our prefix that is no blob key.
      await other.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `elsewhere/${sha256(randomBytes(8))}`, Body: "x" }));
      await other.send(new PutObjectCommand({ Bucket: s3.bucket, Key: "shared/evidence/readme.txt", Body: "x" }));
      await other.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `shared/evidence/nested/${sha256(randomBytes(8))}`, Body: "x" }));
    } finally {
      other.destroy();
    }
    expect((await keysIn(store)).map((e) => e.key)).toEqual([key]);
    expect(await bytesOf(await store.get(key))).toHaveLength(64);
  });

  it("reads every page of a long listing", async () => {
    const store = new S3Store({ ...s3.config, prefix: `many-${randomUUID()}` });
    s3Stores.push(store);
    // One past a page of 1000: a few at a time, as s3rver fails under a thousand at once.
    const limit = pLimit(8);
    const keys = await Promise.all(Array.from({ length: 1001 }, (_, i) => limit(() => store.put(new TextEncoder().encode(`blob ${i}`)))));
    const listed = await keysIn(store);
    expect(listed).toHaveLength(1001);
    expect(new Set(listed.map((e) => e.key))).toEqual(new Set(keys));
  });
});
