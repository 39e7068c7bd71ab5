import "server-only";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { env } from "../env";

/** Uploaded histories live here, one file per import, named by its id, until the import is done. */
export function importsDir(): string {
  return path.join(/*turbopackIgnore: true*/ env.DATA_DIR, "imports");
}

export function importFilePath(importId: string): string {
  return path.join(/*turbopackIgnore: true*/ importsDir(), importId);
}

export async function deleteImportFile(importId: string): Promise<void> {
  await rm(importFilePath(importId), { force: true });
  await rm(`${importFilePath(importId)}.part`, { force: true });
}

export type StoreResult = { ok: true; size: number } | { ok: false; error: "tooLarge" | "empty" };

/**
 * Streams a request body to `<id>.part`, counting bytes: past `limit` the body is cancelled and
 * the part file removed (only one chunk is ever in memory). Complete, it is flushed and renamed.
 */
export async function storeUpload(importId: string, body: ReadableStream<Uint8Array> | null, declaredLength: number, limit: number): Promise<StoreResult> {
  if (Number.isFinite(declaredLength) && declaredLength > limit) {
    await body?.cancel().catch(() => {});
    return { ok: false, error: "tooLarge" };
  }
  if (!body) return { ok: false, error: "empty" };
  await mkdir(importsDir(), { recursive: true });
  const partPath = `${importFilePath(importId)}.part`;
  const out = createWriteStream(partPath, { flags: "wx" });
  const reader = body.getReader();
  // A write error (disk full) must end the upload, not leave it waiting for a drain that never comes.
  let writeError: Error | null = null;
  const broken = new Promise<void>((resolve) => out.once("error", (err) => ((writeError = err), resolve())));
  let size = 0;
  let error: "tooLarge" | "empty" | null = null;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        error = "tooLarge";
        await reader.cancel().catch(() => {});
        break;
      }
      // Wait for the disk when it is slower than the network, so chunks do not pile up in memory.
      if (!out.write(value)) await Promise.race([new Promise<void>((resolve) => out.once("drain", resolve)), broken]);
      if (writeError) throw writeError;
    }
  } catch (cause) {
    out.destroy();
    await rm(partPath, { force: true });
    throw cause;
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  if (!error && size === 0) error = "empty";
  if (error) {
    await rm(partPath, { force: true });
    return { ok: false, error };
  }
  await rename(partPath, importFilePath(importId));
  return { ok: true, size };
}

const PART_GRACE_MS = 60 * 60 * 1000;

/** Files in the imports folder that no import row names (deleted rows, a crash mid-upload). */
export async function removeStrayImportFiles(known: Set<string>, now = Date.now()): Promise<number> {
  let names: string[];
  try {
    names = await readdir(importsDir());
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const id = name.replace(/\.part$/, "");
    if (known.has(id)) continue;
    const full = path.join(importsDir(), name);
    // A part file may be an upload still streaming in, and a complete one gets its row just after.
    const info = await stat(full).catch(() => null);
    if (!info || now - info.mtimeMs < PART_GRACE_MS) continue;
    await rm(full, { force: true });
    removed++;
  }
  return removed;
}
