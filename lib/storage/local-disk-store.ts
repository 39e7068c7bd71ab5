import { createHash, randomUUID } from "node:crypto";
import { mkdir, open, readdir, rename, stat, unlink, utimes } from "node:fs/promises";
import path from "node:path";
import { isBlobKey, type BlobStore } from "./blob-store";
import { openFileStream } from "./file-stream";

/** How long a temporary file may sit before a sweep takes it for the leftover of a crash. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/**
 * Blobs under `<root>/objects/ab/<key>`; new files are written to `<root>/tmp`, flushed, and
 * renamed into place, so a crash leaves at worst a temporary file, never a partial blob.
 */
export class LocalDiskStore implements BlobStore {
  private readonly objects: string;
  private readonly tmp: string;

  constructor(root: string) {
    this.objects = path.join(/*turbopackIgnore: true*/ root, "objects");
    this.tmp = path.join(/*turbopackIgnore: true*/ root, "tmp");
  }

  private pathOf(key: string): string {
    if (!isBlobKey(key)) throw new Error(`Not a blob key: ${key}`);
    return path.join(/*turbopackIgnore: true*/ this.objects, key.slice(0, 2), key);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = createHash("sha256").update(bytes).digest("hex");
    const target = this.pathOf(key);
    try {
      // Already stored: mark it fresh so a sweep running now does not take it for an orphan.
      const now = new Date();
      await utimes(target, now, now);
      return key;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    await mkdir(this.tmp, { recursive: true });
    await mkdir(path.dirname(target), { recursive: true });
    const temp = path.join(/*turbopackIgnore: true*/ this.tmp, `${randomUUID()}.part`);
    const handle = await open(temp, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => {});
      throw error;
    }
    return key;
  }

  async get(key: string) {
    const file = this.pathOf(key);
    try {
      // Opened before answering: a blob deleted while a page still shows it is a 404, not a
      // response that fails half sent.
      return await openFileStream(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await unlink(this.pathOf(key)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }

  async *list(): AsyncIterable<{ key: string; writtenAt: Date }> {
    for (const prefix of await readdirOrEmpty(this.objects)) {
      for (const key of await readdirOrEmpty(path.join(/*turbopackIgnore: true*/ this.objects, prefix))) {
        if (!isBlobKey(key)) continue;
        const info = await stat(this.pathOf(key)).catch(() => null);
        if (info) yield { key, writtenAt: info.mtime };
      }
    }
  }

  /** Removes temporary files left by a crash in the middle of a put. */
  async removeStaleTemporaryFiles(now = Date.now()): Promise<number> {
    let removed = 0;
    for (const name of await readdirOrEmpty(this.tmp)) {
      const file = path.join(/*turbopackIgnore: true*/ this.tmp, name);
      const info = await stat(file).catch(() => null);
      if (info && now - info.mtimeMs > STALE_TEMP_MS) {
        await unlink(file).catch(() => {});
        removed++;
      }
    }
    return removed;
  }
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
