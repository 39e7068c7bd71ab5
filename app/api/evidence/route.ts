// POST /api/evidence – stores one uploaded file and answers its view
import { z } from "zod";
import { EVIDENCE_MAX_BYTES, type EvidenceError } from "@/lib/evidence/limits";
import { uploadEvidence } from "@/lib/evidence/upload";
import { takeUpload } from "@/lib/evidence/upload-rate";
import { toEvidenceView } from "@/lib/evidence/view";
import { withUser } from "@/lib/http/with-user";
import { fileNameFromHeader } from "@/lib/http/file-name-header";
import { readLimitedBody } from "@/lib/http/read-limited-body";

const querySchema = z
  .object({ incident: z.uuid().nullable(), exchange: z.uuid().nullable() })
  .transform(({ incident, exchange }) =>
    incident ? ({ kind: "incident", id: incident } as const) : exchange ? ({ kind: "exchange", id: exchange } as const) : null,
  );

const STATUS: Record<EvidenceError, number> = {
  empty: 422,
  tooLarge: 413,
  notAccepted: 415,
  extensionMismatch: 415,
  unreadable: 422,
  tooManyPixels: 422,
  tooManyFiles: 409,
  notFound: 404,
  gone: 404,
  signedOut: 401,
  rateLimited: 429,
  busy: 503,
  failed: 500,
};

const refuse = (error: EvidenceError, headers: Record<string, string> = {}) =>
  Response.json({ error }, { status: STATUS[error], headers: { "Cache-Control": "no-store", ...headers } });

/**
 * One file per request, as the raw body (no multipart), so it can be counted while it streams
 * in and the browser can report upload progress. The name comes in `X-File-Name`, URI-encoded.
 * `?incident=<id>` or `?exchange=<id>` adds it to a saved one at once; without, it waits for its form.
 * Each user may send so many files in 10 minutes (upload-rate.ts), counted before the body is read;
 * images then wait their turn in the image queue, which answers "busy" when it is full.
 */
export const POST = withUser(
  async (request, _context, user) => {
    const allowance = await takeUpload(user.id);
    if (!allowance.ok) return refuse("rateLimited", { "Retry-After": String(allowance.retryAfterSeconds) });
    const search = new URL(request.url).searchParams;
    const query = querySchema.safeParse({ incident: search.get("incident"), exchange: search.get("exchange") });
    if (!query.success) return refuse("notFound");

    const body = await readLimitedBody(request, EVIDENCE_MAX_BYTES);
    if (!body.ok) return refuse(body.error);
    const result = await uploadEvidence(user.id, { bytes: body.bytes, fileName: fileNameFromHeader(request.headers.get("x-file-name")) }, query.data);
    if (!result.ok) return refuse(result.error);
    return Response.json(toEvidenceView(result.evidence), { status: 201, headers: { "Cache-Control": "no-store" } });
  },
  { sameOrigin: true, refused: () => refuse("notFound"), signedOut: () => refuse("signedOut") },
);
