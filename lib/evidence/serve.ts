import "server-only";
import { findEvidenceForUser } from "@/db/queries/evidence";
import { findVisiblePublicEvidence } from "@/db/queries/public";
import type { Evidence, User } from "@/db/schema";
import { contentDisposition, notFoundResponse } from "../http/responses";
import { isUuid } from "../validations/id";
import { getBlobStore } from "./blobs";

/**
 * Streams a stored file to its owner (anyone else, and a missing file, get the same 404). The
 * type is the one recorded from the bytes, and the browser may not guess another (nosniff);
 * PDFs always download rather than open inside the app's origin; a private cache may keep the
 * file but must ask again (the ETag is the content hash, so that costs a 304), and a shared
 * cache may not keep it at all.
 */
export async function serveOwnedEvidence(request: Request, user: User, evidenceId: string, part: "file" | "thumbnail"): Promise<Response> {
  const row = isUuid(evidenceId) ? await findEvidenceForUser(user.id, evidenceId) : undefined;
  return row ? serveEvidence(request, row, part) : notFoundResponse();
}

async function serveEvidence(request: Request, row: Evidence, part: "file" | "thumbnail"): Promise<Response> {
  const key = part === "file" ? row.storedKey : row.thumbnailKey;
  if (!key) return notFoundResponse();
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
  if (!blob) return notFoundResponse();
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
  const row = isUuid(id) ? await findVisiblePublicEvidence(id) : undefined;
  if (!row) return notFoundResponse();
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
  if (!blob) return notFoundResponse();
  headers.set("Content-Length", String(blob.size));
  return new Response(blob.stream, { status: 200, headers });
}
