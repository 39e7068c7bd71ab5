import "server-only";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import {
  countOpenImports,
  deleteImportRow,
  findImportForUser,
  insertImport,
  listAllImportIds,
  listImportsCreatedBefore,
  updateImport,
} from "@/db/queries/imports";
import { writeTransaction } from "@/db";
import type { Import } from "@/db/schema";
import type { ImportKind } from "../domain";
import { env } from "../env";
import type { ImportSelectionInput } from "../validations/import";
import { deleteImportFile, importFilePath, removeStrayImportFiles, storeUpload } from "./files";
import { isJobRunning, startJob, stopJob } from "./jobs";
import { availableKinds } from "./readers";
import { selectionOf, summaryOf, type StoredSelection } from "./run";
import { itemCount } from "./summary";

/** Uploads one user may have open at once (reading, waiting for a choice, importing). */
export const IMPORT_MAX_OPEN_PER_USER = 3;
/** An upload is kept this long for its import; then its file goes. */
export const IMPORT_FILE_TTL_MS = 24 * 60 * 60 * 1000;

export type UploadError = "tooLarge" | "empty" | "tooManyImports" | "unknownKind";

/** Takes in an uploaded history (streamed to disk within the size limit) and starts reading it. */
export async function createImport(
  userId: string,
  upload: { kind: ImportKind; fileName: string; body: ReadableStream<Uint8Array> | null; declaredLength: number },
): Promise<{ ok: true; importId: string } | { ok: false; error: UploadError }> {
  const refuse = async (error: UploadError) => {
    await upload.body?.cancel().catch(() => {});
    return { ok: false as const, error };
  };
  if (!availableKinds().includes(upload.kind)) return refuse("unknownKind");
  if ((await countOpenImports(userId)) >= IMPORT_MAX_OPEN_PER_USER) return refuse("tooManyImports");
  const importId = randomUUID();
  const stored = await storeUpload(importId, upload.body, upload.declaredLength, env.IMPORT_MAX_BYTES);
  if (!stored.ok) return { ok: false, error: stored.error };
  try {
    await insertImport({ id: importId, userId, kind: upload.kind, fileName: cleanName(upload.fileName), fileSize: stored.size });
  } catch (error) {
    await deleteImportFile(importId);
    throw error;
  }
  void startJob(importId, "read");
  return { ok: true, importId };
}

function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (
    base
      .replace(/[\u0000-\u001f\u007f]/g, "")
      .trim()
      .slice(-120) || "history"
  );
}

export type ChooseError = "notFound" | "notReady" | "nothingPicked";

/**
 * Saves the senders picked with their answers and starts the import. Only senders of this
 * file's summary that can be imported count; anything else sent is ignored.
 */
export async function chooseSenders(userId: string, importId: string, input: ImportSelectionInput): Promise<{ ok: true } | { ok: false; error: ChooseError }> {
  const row = await findImportForUser(userId, importId);
  if (!row) return { ok: false, error: "notFound" };
  const summary = summaryOf(row);
  if (row.status !== "ready" || !summary) return { ok: false, error: "notReady" };
  const importable = new Map(summary.senders.filter((s) => s.error === null).map((s) => [s.key, s]));
  const senders = input.senders.filter((s) => importable.has(s.key));
  if (senders.length === 0) return { ok: false, error: "nothingPicked" };
  const total = senders.reduce((sum, s) => sum + Math.min(itemCount(importable.get(s.key)!), env.IMPORT_MAX_PER_SENDER), 0);
  const selection: StoredSelection = { timeZone: input.timeZone, senders, outcome: { perSender: {}, attachmentsAdded: 0, attachmentsRefused: 0 } };
  await writeTransaction((tx) => updateImport(tx, importId, { status: "importing", selection, total, processed: 0, imported: 0, skipped: 0, error: null }));
  void startJob(importId, "import");
  return { ok: true };
}

/** Whether the page should offer "Resume": no job runs for it in any worker, and its file is still there. */
export async function canResume(row: Import): Promise<boolean> {
  if ((await isJobRunning(row.id)) || !existsSync(importFilePath(row.id))) return false;
  return row.status === "reading" || row.status === "importing" || (row.status === "failed" && selectionOf(row) !== null);
}

/** Starts again where a restart or a failure left it: reading from the start, or importing (what is there is skipped). */
export async function resumeImport(userId: string, importId: string): Promise<boolean> {
  const row = await findImportForUser(userId, importId);
  if (!row || !(await canResume(row))) return false;
  if (row.status === "reading") return startJob(importId, "read");
  // Another worker may have resumed it since canResume looked: its lease then refuses this start
  // (and the import is being imported, as the status says).
  await writeTransaction((tx) => updateImport(tx, importId, { status: "importing", error: null }));
  return startJob(importId, "import");
}

/** Deletes the upload and its record (incidents already imported stay in their cases). */
export async function removeImport(userId: string, importId: string): Promise<boolean> {
  if (!(await findImportForUser(userId, importId))) return false;
  await stopJob(importId);
  await deleteImportRow(importId);
  await deleteImportFile(importId);
  return true;
}

/** The files of an account's imports, after its rows are gone. */
export async function removeImportFiles(importIds: string[]): Promise<void> {
  for (const id of importIds) {
    await stopJob(id);
    await deleteImportFile(id);
  }
}

/**
 * Runs with the evidence sweep: an upload older than a day loses its file (an unfinished import
 * says so), and files no import names are removed.
 */
export async function sweepImports(now = Date.now()): Promise<{ expired: number; strayFiles: number }> {
  let expired = 0;
  for (const row of await listImportsCreatedBefore(new Date(now - IMPORT_FILE_TTL_MS))) {
    if ((await isJobRunning(row.id)) || !existsSync(importFilePath(row.id))) continue;
    await deleteImportFile(row.id);
    if (row.status !== "done" && row.status !== "failed")
      await writeTransaction((tx) => updateImport(tx, row.id, { status: "failed", error: "import.expired" }));
    expired++;
  }
  const strayFiles = await removeStrayImportFiles(await listAllImportIds(), now);
  return { expired, strayFiles };
}
