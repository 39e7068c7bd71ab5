// @ts-check
// The directory's search box answers with a redirect found by one indexed lookup (about 0.02 ms),
// yet inside Next the same answer costs about 1 ms of routing: under load, Next's floor for any
// answer computed per request. For visitors who are not signed in the answer is the same for
// everyone, so the front (server/server.mjs) gives it before Next, with the app's own function
// (lib/public/directory.ts searchTargetOnSqlite), which the app registers here when Next starts
// (instrumentation.ts), on SQLite only: the front cannot await, and PostgreSQL's lookups are
// asynchronous, so there Next's route answers every search. The signed-in go to Next: their
// country decides how a number is read.
import { asksForDocument } from "./front-cache.mjs";

const REGISTRY = Symbol.for("spamtrail.front-search");
const SEARCH = "/senders/search";
// next-auth's session cookie, with its prefix on https and split in chunks when large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** @typedef {(params: URLSearchParams) => string} AnonymousSearch Where the search leads a visitor who is not signed in. */

/** Called by the app inside Next's server. @param {AnonymousSearch} search */
export function registerAnonymousSearch(search) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY] = search;
}

/** Whether a request carries a session cookie (valid or not): such visitors get pages made for them. @param {string | undefined} header */
export function signedIn(header) {
  return (header ?? "").split(";").some((part) => SESSION_COOKIE.test(part.split("=")[0]?.trim() ?? ""));
}

/**
 * Answers a visitor's search before Next. Returns false when Next must answer: another path or
 * method, the client router's requests, a signed-in visitor, or before the app has registered.
 * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response
 */
export function serveAnonymousSearch(request, response) {
  const url = request.url ?? "";
  const [pathname, query] = url.includes("?") ? [url.slice(0, url.indexOf("?")), url.slice(url.indexOf("?") + 1)] : [url, ""];
  if (pathname !== SEARCH || !asksForDocument(request) || signedIn(request.headers.cookie)) return false;
  const search = /** @type {AnonymousSearch | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY]);
  if (!search) return false;
  let location;
  try {
    location = search(new URLSearchParams(query));
  } catch (error) {
    // Next answers instead, and shows the visitor its error page if it fails there too.
    console.error("front search failed", error);
    return false;
  }
  // The same headers as the route handler's answer (app/(app)/senders/search/route.ts).
  response.writeHead(303, { location, "cache-control": "no-store", "content-length": 0, "x-spamtrail-front": "search" });
  response.end();
  return true;
}
