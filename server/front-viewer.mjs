// @ts-check
// Every public page asks /api/viewer once in the browser who is looking (components/viewer.tsx),
// anonymous visitors included: inside Next that is 1.7–3 ms of routing for an answer that,
// without a session cookie, is always the same. The front (server/server.mjs) gives it itself.
// With a session cookie (valid or not) Next answers: the role and unread count are the user's.
import { signedIn } from "./front-search.mjs";

const VIEWER = "/api/viewer";
/** What app/api/viewer/route.ts answers a visitor without a session. */
const NOBODY = Buffer.from(JSON.stringify({ role: null, unread: 0 }));

/**
 * Answers a visitor's /api/viewer before Next. Returns false when Next must answer.
 * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response
 */
export function serveAnonymousViewer(request, response) {
  const url = request.url ?? "";
  const pathname = url.includes("?") ? url.slice(0, url.indexOf("?")) : url;
  if (pathname !== VIEWER || (request.method !== "GET" && request.method !== "HEAD") || signedIn(request.headers.cookie)) return false;
  // The same headers as the route's answer.
  response.writeHead(200, {
    "content-type": "application/json",
    "cache-control": "private, no-store",
    "content-length": NOBODY.length,
    "x-spamtrail-front": "viewer",
  });
  response.end(request.method === "HEAD" ? undefined : NOBODY);
  return true;
}
