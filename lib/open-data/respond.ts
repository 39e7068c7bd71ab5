import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { CLIENT_IP_HEADER } from "../client-ip";
import { errorSchema } from "./schemas";
import { rateLimitHeaders, takeApiRequest } from "./rate-limit";

/** Open to pages of any origin: the data is public and nothing here uses cookies. */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  // Without this, a page's script could not read these headers (only a few are exposed by default).
  "Access-Control-Expose-Headers": "ETag, RateLimit, RateLimit-Policy, Retry-After",
};

/**
 * Any cache must ask again each time (with If-None-Match: a 304 costs little), and no shared cache
 * may keep a copy: a report a moderator hides, or a reporter unshares, must be gone from every
 * answer at once, which a copy in a proxy or CDN would keep serving until it expired.
 */
export const CACHE_CONTROL = "public, max-age=0, must-revalidate";

type ErrorCode = z.output<typeof errorSchema>["error"]["code"];
const STATUS: Record<ErrorCode, number> = { bad_request: 400, not_found: 404, rate_limited: 429 };

/** A refusal a handler throws; the wrapper answers it as JSON `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: z.core.$ZodIssue[],
  ) {
    super(message);
  }
}

export const notFound = (what = "No public sender with this id") => new ApiError("not_found", what);

/** The request's parameters read with the schema, or a 400 naming each one refused. */
export function parseParams<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.output<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new ApiError("bad_request", "Invalid parameters", parsed.error.issues);
  return parsed.data;
}

/** The query string as one value per name (the first, when a name is given twice). */
export const queryOf = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/** What a handler answers: a body and the schema that must validate it. */
export type ApiAnswer = { schema: z.ZodType; body: unknown };
export const answer = <S extends z.ZodType>(schema: S, body: z.input<S>): ApiAnswer => ({ schema, body });

function errorResponse(error: ApiError, headers: Record<string, string>) {
  const body = errorSchema.parse({
    error: {
      code: error.code,
      message: error.message,
      issues: error.issues?.map((issue) => ({ path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)), message: issue.message })),
    },
  });
  return Response.json(body, { status: STATUS[error.code], headers: { ...headers, "Cache-Control": "no-store" } });
}

/** A strong validator of the exact bytes: a changed answer, however small the change, has another. */
export const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("base64url")}"`;

/**
 * If-None-Match compares weakly (RFC 9110 13.1.2): W/ is ignored. The front (server/compress.mjs)
 * sends a gzipped answer's tag as weak, and clients send it back so.
 */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * Counts the request against its client address's budget (shared by every /api/v1 answer, the
 * bulk download included): the CORS and RateLimit headers to answer with, or the 429 to answer.
 */
export async function countRequest(request: Request): Promise<{ headers: Record<string, string>; refusal?: Response }> {
  const check = await takeApiRequest(request.headers.get(CLIENT_IP_HEADER) || "local");
  const headers = { ...CORS_HEADERS, ...rateLimitHeaders(check) };
  if (check.allowed) return { headers };
  const error = new ApiError("rate_limited", `Too many requests: at most ${check.limit} a minute from one address. Try again in ${check.resetSeconds} s.`);
  return { headers, refusal: errorResponse(error, { ...headers, "Retry-After": String(check.resetSeconds) }) };
}

/**
 * A GET handler of the open data API: counts the request against the client's budget (a 429 with
 * Retry-After past it), runs the handler, validates its answer with the answer's schema, and
 * answers with CORS, RateLimit, ETag and Cache-Control headers (304 when the client has it).
 */
export function openDataGet<C>(handler: (request: Request, context: C) => ApiAnswer | Promise<ApiAnswer>) {
  return async (request: Request, context: C): Promise<Response> => {
    const { headers, refusal } = await countRequest(request);
    if (refusal) return refusal;
    let result: ApiAnswer;
    try {
      result = await handler(request, context);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, headers);
      throw error;
    }
    const text = JSON.stringify(result.schema.parse(result.body));
    const etag = etagOf(text);
    const cached = { ...headers, ETag: etag, "Cache-Control": CACHE_CONTROL };
    if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers: cached });
    return new Response(text, { status: 200, headers: { ...cached, "Content-Type": "application/json; charset=utf-8" } });
  };
}

/** The answer to a browser's preflight: GET from anywhere, with If-None-Match. */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, Content-Type",
      "Access-Control-Max-Age": "86400",
    },
  });
}
