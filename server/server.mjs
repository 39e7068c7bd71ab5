// @ts-check
// The production server: Next's request handler behind the front cache of public sender pages
// (server/front-cache.mjs), of the directory list for visitors (server/front-directory.mjs)
// and its answer to anonymous searches (server/front-search.mjs).
// Started by scripts/start.mjs with NODE_ENV=production.
import { createServer } from "node:http";
import path from "node:path";
import { createFrontCache, FRONT_REQUEST, registerFrontCache } from "./front-cache.mjs";
import { createDirectoryCache, DIRECTORY_LANGUAGES } from "./front-directory.mjs";
import { serveAnonymousSearch } from "./front-search.mjs";
import { answerPlain, guardActionBody, isActionRequest, pathDecodes } from "./front-guard.mjs";
import { compressAnswers, markActionRequest } from "./compress.mjs";
import { applyNoncePolicy, baseSecurityHeaders, cachedPagePolicy, hashCachedDocuments, servedOverHttps } from "./security-headers.mjs";

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
};

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer();
/** The front's own request for a directory page it copies: to this server, which leaves it to Next. @param {string} pagePath @param {Record<string, string>} headers */
function fetchFromNext(pagePath, headers) {
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return fetch(`http://${host}:${address.port}${pagePath}`, { headers, redirect: "manual" });
}
const front = createFrontCache({
  rewrites: senderPageRewrites,
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

server.on("request", (request, response) => {
  request.headers["x-spamtrail-client-ip"] = clientIp(request);
  for (const [name, value] of Object.entries(everyAnswer)) response.setHeader(name, value);
  // Bytes Next would answer with a 500 are refused here with a 4xx (server/front-guard.mjs).
  if (!pathDecodes(request.url ?? "")) return answerPlain(response, 400, "Bad request");
  if (front.serve(request, response) || directory.serve(request, response) || serveAnonymousSearch(request, response)) return;
  // A nonce for the pages Next renders now; the hashes of their scripts for those it had cached.
  applyNoncePolicy(request, response, https);
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
});
server.listen(port, hostname, () => console.log(`✓ Ready on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
