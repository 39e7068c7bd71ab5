import { fileTypeFromBuffer } from "file-type";

import type { EvidenceKind } from "./limits";

export type SniffedType = { kind: EvidenceKind; mime: AcceptedMime; extension: string };

/** What may be stored, and the file-name extensions each is allowed to carry. */
const ACCEPTED = {
  "image/png": { kind: "image", extensions: ["png"] },
  "image/jpeg": { kind: "image", extensions: ["jpg", "jpeg", "jpe", "jfif"] },
  "image/webp": { kind: "image", extensions: ["webp"] },
  "image/gif": { kind: "image", extensions: ["gif"] },
  "application/pdf": { kind: "pdf", extensions: ["pdf"] },
} as const satisfies Record<string, { kind: EvidenceKind; extensions: readonly string[] }>;

export type AcceptedMime = keyof typeof ACCEPTED;

function extensionOf(fileName: string): string | null {
  // "at 10.15.33" is not an extension: one needs a letter.
  const match = /\.([a-z][a-z0-9]{0,7})$/i.exec(fileName.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Decides a file's type from its bytes alone. The name only has a say in refusing: a file whose
 * extension claims another type is refused, because someone who opens it elsewhere would be
 * misled. SVG, HTML and anything else file-type does not recognise as accepted is refused.
 */
export async function sniffEvidence(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ ok: true; type: SniffedType } | { ok: false; error: "empty" | "notAccepted" | "extensionMismatch" }> {
  if (bytes.byteLength === 0) return { ok: false, error: "empty" };
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(detected.mime in ACCEPTED)) return { ok: false, error: "notAccepted" };
  const mime = detected.mime as AcceptedMime;
  const accepted = ACCEPTED[mime];
  const extension = extensionOf(fileName);
  if (extension !== null && !(accepted.extensions as readonly string[]).includes(extension)) {
    return { ok: false, error: "extensionMismatch" };
  }
  return { ok: true, type: { kind: accepted.kind, mime, extension: accepted.extensions[0] } };
}
