import "server-only";
import { getDb, writeTransaction } from "@/db";
import { countEvidenceFor, countPendingEvidence, insertEvidenceRow, type EvidenceParent } from "@/db/queries/evidence";
import { findExchangeForUser } from "@/db/queries/exchanges";
import { findIncidentForUser } from "@/db/queries/incidents";
import type { Evidence } from "@/db/schema";
import { deleteUnreferencedBlobs, putPinned } from "./blobs";
import { EVIDENCE_MAX_FILES_PER_INCIDENT, type EvidenceError } from "./limits";
import { inspectPdf, processImage, sha256Hex } from "./process";
import { sniffEvidence } from "./sniff";

/** Uploads waiting for their form to be saved; more than this means abandoned forms or abuse. */
export const EVIDENCE_MAX_PENDING_PER_USER = 3 * EVIDENCE_MAX_FILES_PER_INCIDENT;

export type UploadResult = { ok: true; evidence: Evidence } | { ok: false; error: EvidenceError };

/** A name fit to show and to put in a download header: no folders, no control characters, bounded. */
export function cleanFileName(name: string, extension: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .slice(-120);
  if (cleaned === "" || cleaned.startsWith(".")) return `file.${extension}`;
  return /\.[a-z][a-z0-9]{0,7}$/i.test(cleaned) ? cleaned : `${cleaned}.${extension}`;
}

/**
 * Takes in one uploaded file: checks its type from the bytes, sanitizes it, stores the file and
 * its thumbnail, then records the row. With a parent it joins that incident or exchange at once
 * (adding evidence from the case page); without, it waits for its form to be saved.
 * If recording the row fails, the blobs written for it are removed again before the error goes on.
 */
export async function uploadEvidence(
  userId: string,
  file: { bytes: Uint8Array; fileName: string },
  parent: EvidenceParent | null = null,
): Promise<UploadResult> {
  if (parent !== null && !(await ownsParent(userId, parent))) return { ok: false, error: "notFound" };
  const roomLeft = async () =>
    parent === null
      ? (await countPendingEvidence(userId)) < EVIDENCE_MAX_PENDING_PER_USER
      : (await countEvidenceFor(getDb(), parent)) < EVIDENCE_MAX_FILES_PER_INCIDENT;
  if (!(await roomLeft())) return { ok: false, error: "tooManyFiles" };

  const sniffed = await sniffEvidence(file.bytes, file.fileName);
  if (!sniffed.ok) return sniffed;
  const { type } = sniffed;

  let stored: Uint8Array;
  let thumbnail: Uint8Array | null = null;
  let dimensions: { width: number | null; height: number | null; pages: number | null };
  if (type.mime === "application/pdf") {
    const pdf = await inspectPdf(file.bytes);
    if (!pdf.ok) return pdf;
    stored = file.bytes;
    dimensions = { width: null, height: null, pages: pdf.pages };
  } else {
    const processed = await processImage(file.bytes, type.mime);
    if (!processed.ok) return processed;
    stored = processed.image.data;
    thumbnail = processed.image.thumbnail;
    dimensions = { width: processed.image.width, height: processed.image.height, pages: null };
  }

  const keys: string[] = [];
  const unpin: (() => Promise<void>)[] = [];
  const put = async (bytes: Uint8Array) => {
    const blob = await putPinned(bytes);
    keys.push(blob.key);
    unpin.push(blob.unpin);
    return blob.key;
  };
  let row: Evidence | null = null;
  try {
    const storedKey = await put(stored);
    const thumbnailKey = thumbnail ? await put(thumbnail) : null;
    row = await writeTransaction(async (tx) => {
      // Checked again inside the transaction: two uploads may have raced for the last place.
      if (!(await roomLeft())) return null;
      return insertEvidenceRow(
        tx,
        {
          userId,
          kind: type.kind,
          contentType: type.mime,
          fileName: cleanFileName(file.fileName, type.extension),
          position: parent === null ? 0 : await countEvidenceFor(tx, parent),
          originalSha256: sha256Hex(file.bytes),
          originalSize: file.bytes.byteLength,
          storedKey,
          storedSize: stored.byteLength,
          thumbnailKey,
          ...dimensions,
        },
        parent,
      );
    });
  } finally {
    for (const release of unpin) await release();
    // No row (refused, or the insert failed): the blobs written for it go again.
    if (!row) await deleteUnreferencedBlobs(keys);
  }
  return row ? { ok: true, evidence: row } : { ok: false, error: "tooManyFiles" };
}

async function ownsParent(userId: string, parent: EvidenceParent): Promise<boolean> {
  return parent.kind === "incident"
    ? (await findIncidentForUser(userId, parent.id)) !== undefined
    : (await findExchangeForUser(userId, parent.id)) !== undefined;
}
