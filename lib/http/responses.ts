import { FAILURE_STATUS, type Failure } from "../failure";

/** The one answer to a missing address, or one the visitor may not see: the same, so nothing leaks. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

/** A domain failure as a JSON answer with its status (lib/failure.ts): `{ error: message or code }`. */
export function failureResponse(failure: Failure, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: failure.message ?? failure.code },
    { status: FAILURE_STATUS[failure.code], headers: { "Cache-Control": "no-store", ...headers } },
  );
}

/**
 * A name fit for a downloaded file from free text (a sender's display, a regulator's id): runs
 * of anything but ASCII letters and digits become one "-", at most `max` characters.
 */
export function safeFileName(text: string, max = 80): string {
  return text.replace(/[^A-Za-z0-9]+/g, "-").slice(0, max);
}

/**
 * Content-Disposition for a file name: an ASCII `filename` for old clients and the exact name
 * as `filename*` (RFC 5987, UTF-8) for the others.
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  // encodeURIComponent leaves ' ( ) * as they are; RFC 5987 wants them encoded too.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The headers of a private download: its type, its name, never stored by a cache, never sniffed as another type. */
export function downloadHeaders(contentType: string, fileName: string): Record<string, string> {
  return {
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition("attachment", fileName),
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
