// @ts-check
// The production server: Next's request handler behind the front cache of public sender pages
// (server/front-cache.mjs), of the directory list for visitors (server/front-directory.mjs),
// its answers to anonymous searches (server/front-search.mjs) and to /api/viewer for visitors
// without a session (server/front-viewer.mjs).
// Started by scripts/start.mjs with NODE_ENV=production.
import cluster from "node:cluster";
import { createServer } from "node:http";
import path from "node:path";
import { createFrontCache, FRONT_REQUEST, INSTANCE_HEADER, registerFrontCache, WORKER_HEADER } from "./front-cache.mjs";
import { createDirectoryCache, DIRECTORY_LANGUAGES } from "./front-directory.mjs";
import { createExpiryFollower, nextPageExpiry } from "./front-expiries.mjs";
import { serveAnonymousSearch } from "./front-search.mjs";
import { serveAnonymousViewer } from "./front-viewer.mjs";
import { answerPlain, guardActionBody, isActionRequest, pathDecodes } from "./front-guard.mjs";
import { compressAnswers, markActionRequest } from "./compress.mjs";
import { holdAnswerWhilePublishing } from "./answer-hold.mjs";
import { checkRedis } from "./redis-check.mjs";
import { applyPublicPageHeaders } from "./cdn-headers.mjs";
import { applyNoncePolicy, baseSecurityHeaders, cachedPagePolicy, hashCachedDocuments, servedOverHttps } from "./security-headers.mjs";

// On PostgreSQL (DATABASE_URL) the servers tell each other of page expiries through Redis: without
// it, the front's check before every answer reads the page_expiries log synchronously, which only
// SQLite's embedded file can answer. Checked here, before Next loads, and again by lib/env.ts
// inside Next's server.
if (process.env.DATABASE_URL && !process.env.REDIS_URL) {
  console.error(
    "DATABASE_URL is set without REDIS_URL: on PostgreSQL, Spamtrail's servers tell each other of page expiries through Redis (the front checks for them before every answer, synchronously, which only the SQLite file can answer). Set REDIS_URL too, or unset DATABASE_URL to run on the SQLite file.",
  );
  process.exit(1);
}

// As `next start` does before loading Next (next/dist/bin/next): the app reads it to know it runs
// inside Next's server, where pages can be expired (lib/public/page-cache.ts).
process.env.NEXT_RUNTIME = "nodejs";
const { default: next } = await import("next");
const { senderPageRewrites } = await import("../next.config.js");

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "localhost";
// HSTS and upgrade-insecure-requests only when the public address is https
// (server/security-headers.mjs). Read here: this front runs before Next and lib/env.ts.
const https = servedOverHttps(process.env.APP_URL || process.env.NEXTAUTH_URL);
const everyAnswer = {
  ...baseSecurityHeaders({ https }),
  // The front's own answers (errors, redirects) run nothing; Next's pages get their own policy below.
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  // Which of server/cluster.mjs's workers answered (tests steer requests by it).
  ...(cluster.worker ? { [WORKER_HEADER]: String(cluster.worker.id) } : {}),
  // Which server behind a load balancer answered (lib/env.ts checks the name when Next starts).
  ...(process.env.INSTANCE_NAME ? { [INSTANCE_HEADER]: process.env.INSTANCE_NAME } : {}),
};

if (process.env.REDIS_URL) {
  try {
    await checkRedis(process.env.REDIS_URL);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer();
/**
 * The front's own request for a directory page it copies: to this server, which leaves it to Next.
 * Under server/cluster.mjs the port is shared, so any worker may answer; each has applied every
 * expiry before answering (server/front-expiries.mjs), so its page is as fresh as this worker's.
 * @param {string} pagePath @param {Record<string, string>} headers
 */
function fetchFromNext(pagePath, headers) {
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return fetch(`http://${host}:${address.port}${pagePath}`, { headers, redirect: "manual" });
}
// With a CDN purged on every write (lib/public/cdn-purge.ts), its edge may keep sender pages;
// otherwise every cache outside the app must revalidate them (server/cdn-headers.mjs).
const purged = Boolean(process.env.CDN_PURGE_URL);
const front = createFrontCache({
  rewrites: senderPageRewrites,
  purged,
  // Raw and gzipped copies of about 1,000 pages; each page's copy is rendered again when dropped.
  maxBytes: 96 * 1024 * 1024,
});
// The directory list for visitors who are not signed in (server/front-directory.mjs): pages
// of about 30 KB, kept until any sender's figures change.
const directory = createDirectoryCache({
  ...DIRECTORY_LANGUAGES,
  maxPages: 500,
  maxBytes: 32 * 1024 * 1024,
  ttlSeconds: 3600,
  pagePolicy: (html) => cachedPagePolicy(html, https),
  fetchFromNext,
});
registerFrontCache({
  expire(senderIds) {
    front.expire(senderIds);
    directory.expire();
  },
});
// Writes in other workers (server/cluster.mjs), or in scripts, reach this worker's copies and
// Next's pages through the database's log, or with REDIS_URL through a Redis channel
// (server/front-expiries.mjs).
const expireNextPages = nextPageExpiry();
const expiries = createExpiryFollower({
  apply({ senderIds, expiredAt, all }, fresh) {
    // A live expiry also drops what this worker rendered while the write was committing; at the
    // start, pages rendered since the write stay.
    const at = fresh ? Date.now() : expiredAt;
    directory.expire();
    if (all) {
      // Expiries may have been missed (decision 0019): every page Next has, by the root layout's tag.
      front.expireAll();
      return expireNextPages(["/layout"], at);
    }
    front.expire(senderIds);
    expireNextPages(
      senderIds.flatMap((senderId) => DIRECTORY_LANGUAGES.locales.map((locale) => `/${locale}/senders/${senderId}`)),
      at,
    );
  },
});

// The client's address for the app's rate limits (lib/client-ip.ts): from the connection, or with
// TRUST_PROXY=<n> from the n-th address from the right of X-Forwarded-For (what the nearest of n
// proxies saw). Whatever a client sent in this header is replaced.
const trustedProxies = Number(process.env.TRUST_PROXY ?? 0) || 0;
/** @param {import("node:http").IncomingMessage} request */
function clientIp(request) {
  const forwarded = String(request.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  const viaProxy = trustedProxies > 0 ? forwarded[forwarded.length - trustedProxies] : undefined;
  return viaProxy ?? request.socket.remoteAddress ?? "unknown";
}

// With REDIS_URL, expiries arrive on a Redis connection (decision 0019). A request is answered
// after the I/O that came in with it: a message Redis sent before the writer's answer, read in
// the same turn of the event loop as this request, is applied first.
const afterThisTurn = process.env.REDIS_URL ? setImmediate : (/** @type {() => void} */ run) => run();

server.on("request", (request, response) => afterThisTurn(() => answer(request, response)));

/** @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response */
function answer(request, response) {
  request.headers["x-spamtrail-client-ip"] = clientIp(request);
  for (const [name, value] of Object.entries(everyAnswer)) response.setHeader(name, value);
  // Bytes Next would answer with a 500 are refused here with a 4xx (server/front-guard.mjs).
  if (!pathDecodes(request.url ?? "")) return answerPlain(response, 400, "Bad request");
  expiries.catchUp();
  if (
    front.serve(request, response) ||
    directory.serve(request, response) ||
    serveAnonymousSearch(request, response) ||
    serveAnonymousViewer(request, response)
  )
    return;
  // First, so that it rewrites the head last: the front cache reads Next's own lifetime.
  applyPublicPageHeaders(request, response, { purged });
  // A nonce for the pages Next renders now; the hashes of their scripts for those it had cached.
  applyNoncePolicy(request, response, https);
  // With REDIS_URL, an answer goes out once the page expiries it published reached Redis (decision 0019).
  if (process.env.REDIS_URL) holdAnswerWhilePublishing(response);
  // Next does not compress (next.config.js): the front does, one gzip stream per answer.
  // Installed first so that what follows sees the body as Next wrote it.
  compressAnswers(request, response);
  // The front's own request for a copy is not sent to a browser: the front hashes the copy itself.
  // A sender page's first visit: Next's answer, held whole to hash it, becomes the front's copy.
  if (!(FRONT_REQUEST in request.headers)) hashCachedDocuments(response, https, (answer) => front.keep(response, answer));
  if (!isActionRequest(request)) return void handle(request, response);
  // Next's own request for the page an action redirects to is not compressed (server/compress.mjs).
  markActionRequest(request);
  void guardActionBody(request, response)
    .then((checked) => checked && handle(checked, response))
    .catch((error) => {
      console.error("front: action request failed", error);
      if (!response.headersSent) answerPlain(response, 500, "Internal server error");
    });
}
// Under server/cluster.mjs the primary says when every worker listens.
server.listen(port, hostname, () => cluster.isWorker || console.log(`✓ Ready on http://${hostname}:${port}`));

// A worker of server/cluster.mjs may get a signal twice (from the terminal and from the primary).
let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
