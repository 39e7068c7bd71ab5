import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { getDb, openDb, withWriteClient } from "@/db";
import { env } from "../env";
import { LocalDiskStore } from "../storage/local-disk-store";
import { deleteBlobIfUnreferenced, PIN_TTL_MS, putPinned, sweepStaleBlobPins } from "./blobs";
import { sha256Hex } from "./process";
import { sqliteOnly } from "@/lib/testing/dialect";

const root = mkdtempSync(path.join(tmpdir(), "spamtrail-blobs-"));
const here = new LocalDiskStore(root);
const there = new LocalDiskStore(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

let variant = 0;
const freshBytes = () => new TextEncoder().encode(`screenshot ${variant++} ${Date.now()}`);
const fileOf = (key: string) => path.join(root, "objects", key.slice(0, 2), key);

sqliteOnly("the other worker is a second connection on the SQLite file, with SQLite's locks")("blob pins across workers", () => {
  // Two workers: this test's connection and another one on the same file, each with its own store
  // object on the same folder (as two processes would have).
  let other: ReturnType<typeof openDb>;
  beforeAll(() => {
    getDb();
    other = openDb(env.DATABASE_PATH);
  });
  afterAll(() => other.sqlite.close());

  it("a pin committed in one worker stops another worker's delete, until it is unpinned", async () => {
    const bytes = freshBytes();
    const { key, unpin } = await putPinned(bytes, here);
    expect(await deleteBlobIfUnreferenced(key, there, other.db)).toBe(false);
    expect(existsSync(fileOf(key))).toBe(true);
    await unpin();
    expect(await deleteBlobIfUnreferenced(key, there, other.db)).toBe(true);
    expect(existsSync(fileOf(key))).toBe(false);
  });

  it("a put reusing a blob that another worker deleted just before the pin writes the file again", async () => {
    const bytes = freshBytes();
    const first = await putPinned(bytes, here);
    await first.unpin();
    // The other worker found no pin and deleted the file; then this worker pins the same bytes.
    expect(await deleteBlobIfUnreferenced(first.key, there, other.db)).toBe(true);
    const second = await putPinned(bytes, here);
    expect(second.key).toBe(first.key);
    expect(sha256Hex(new Uint8Array(await new Response((await here.get(second.key))!.stream).arrayBuffer()))).toBe(second.key);
    expect(await deleteBlobIfUnreferenced(second.key, there, other.db)).toBe(false);
    await second.unpin();
  });

  it("a pin cannot land between another worker's check and its mark: it waits for the delete's transaction", async () => {
    const bytes = freshBytes();
    const { key, unpin } = await putPinned(bytes, here);
    await unpin();
    // The other worker is inside its check (it holds the write lock until it has marked the delete).
    other.sqlite.exec("BEGIN IMMEDIATE");
    // This worker's writes go through its write connection (getDb() only reads).
    await withWriteClient(async (client) => client.pragma("busy_timeout = 100"));
    try {
      await expect(putPinned(bytes, here)).rejects.toMatchObject({ code: "SQLITE_BUSY" });
    } finally {
      await withWriteClient(async (client) => client.pragma("busy_timeout = 5000"));
      other.sqlite.exec("ROLLBACK");
    }
    expect(existsSync(fileOf(key))).toBe(true);
  });

  it("a put after another worker decided to delete waits for that delete to end, then writes the file again", async () => {
    const bytes = freshBytes();
    const first = await putPinned(bytes, here);
    await first.unpin();
    // A store whose delete takes a while (an object store over the network): it removes the file
    // only when the test lets it.
    let finishDelete!: () => void;
    const deleteStarted = new Promise<void>((started) => {
      const slow: typeof there = Object.create(there);
      slow.delete = async (key: string) => {
        started();
        await new Promise<void>((resolve) => (finishDelete = resolve));
        await there.delete(key);
      };
      void deleteBlobIfUnreferenced(first.key, slow, other.db);
    });
    await deleteStarted;
    let putDone = false;
    const second = putPinned(bytes, here).then((pinned) => {
      putDone = true;
      return pinned;
    });
    // The put is waiting on the delete's mark, not writing under it.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(putDone).toBe(false);
    finishDelete();
    const { key, unpin } = await second;
    expect(existsSync(fileOf(key))).toBe(true);
    expect(await deleteBlobIfUnreferenced(key, there, other.db)).toBe(false);
    await unpin();
  });

  it("ignores and sweeps the pins of uploads that crashed more than an hour ago", async () => {
    const bytes = freshBytes();
    await putPinned(bytes, here); // never unpinned: the worker died
    const key = sha256Hex(bytes);
    expect(await deleteBlobIfUnreferenced(key, there, other.db)).toBe(false);
    expect(await sweepStaleBlobPins(Date.now() + PIN_TTL_MS + 1000)).toBeGreaterThanOrEqual(1);
    expect(await deleteBlobIfUnreferenced(key, there, other.db)).toBe(true);
  });
});
