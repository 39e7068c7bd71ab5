import "server-only";
import { findEvidenceForUser } from "@/db/queries/evidence";
import { findVisiblePublicEvidence } from "@/db/queries/public";
import type { Evidence } from "@/db/schema";
import { getCurrentUser } from "../auth";
import { isUuid } from "../validations/id";
import { getBlobStore } from "./blobs";

/** The answer to anyone who may not see a file, or asks for one that does not exist: the same. */
export function evidenceNotFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * Streams a stored file to its owner. The type is the one recorded from the bytes, and the
 * browser may not guess another (nosniff); PDFs always download rather than open inside the
 * app's origin; a private cache may keep the file but must ask again (the ETag is the content
 * hash, so that costs a 304), and a shared cache may not keep it at all.
 */
export async function serveOwnedEvidence(request: Request, evidenceId: string, part: "file" | "thumbnail"): Promise<Response> {
  const user = await getCurrentUser();
  const row = user && isUuid(evidenceId) ? findEvidenceForUser(user.id, evidenceId) : undefined;
  return row ? serveEvidence(request, row, part) : evidenceNotFound();
}

async function serveEvidence(request: Request, row: Evidence, part: "file" | "thumbnail"): Promise<Response> {
  const key = part === "file" ? row.storedKey : row.thumbnailKey;
  if (!key) return evidenceNotFound();
  const etag = `"${key}"`;
  const headers = new Headers({
    "Cache-Control": "private, no-cache",
    Vary: "Cookie",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Referrer-Policy": "no-referrer",
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const blob = await getBlobStore().get(key);
  if (!blob) return evidenceNotFound();
  const download = part === "file" && (row.kind === "pdf" || new URL(request.url).searchParams.has("download"));
  const name = part === "file" ? row.fileName : `${row.fileName.replace(/\.[^.]+$/, "")}-thumbnail.webp`;
  headers.set("Content-Type", part === "file" ? row.contentType : "image/webp");
  headers.set("Content-Length", String(blob.size));
  headers.set("Content-Disposition", contentDisposition(download ? "attachment" : "inline", name));
  return new Response(blob.stream, { status: 200, headers });
}

/**
 * Streams a screenshot a reporter published (cropped, WebP) to anyone, while it and its case
 * are public: caches must ask again each time, so an unshared or hidden file is gone at once.
 */
export async function servePublicEvidence(request: Request, id: string): Promise<Response> {
  const row = isUuid(id) ? findVisiblePublicEvidence(id) : undefined;
  if (!row) return evidenceNotFound();
  const etag = `"${row.storedKey}"`;
  const headers = new Headers({
    "Cache-Control": "public, no-cache",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "Content-Type": "image/webp",
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const blob = await getBlobStore().get(row.storedKey);
  if (!blob) return evidenceNotFound();
  headers.set("Content-Length", String(blob.size));
  return new Response(blob.stream, { status: 200, headers });
}
