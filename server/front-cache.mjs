// @ts-check
// Public sender pages are the most visited pages and the same for every visitor in a language.
// Next keeps them rendered (ISR), yet still spends about 2 ms on each visit routing the request
// and gzipping 50–100 KB of HTML. The front cache answers before Next with a copy made once:
// the page's bytes, raw and gzipped, per page and language, in memory. Next stays the source:
// a page the front has no copy of is served by Next, and the answer Next gave that visitor becomes
// the copy (held whole anyway to hash its scripts, server/security-headers.mjs
// hashCachedDocuments, which hands it to `keep`): Next is asked once per first visit.
// Used by server/server.mjs; lib/public/page-cache.ts drops copies when pages change.
import { LRUCache } from "lru-cache";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { publicPageHeaders } from "./cdn-headers.mjs";

const gzip = promisify(gzipCallback);

const REGISTRY = Symbol.for("spamtrail.front-cache");
const SENDER_PAGE = /^\/senders\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
/** Marks the front's own request to Next, which Next must answer itself. */
export const FRONT_REQUEST = "x-spamtrail-front";
// The client router asks for a page's data (not a document) with one of these headers.
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", FRONT_REQUEST];
/** Names the cluster worker that answered (server/cluster.mjs). */
export const WORKER_HEADER = "x-spamtrail-worker";
/** Names the server (INSTANCE_NAME) that answered, among several behind a load balancer. */
export const INSTANCE_HEADER = "x-spamtrail-instance";
// Set by the front for each answer, or by Node, not copied from Next's answer.
export const NOT_COPIED = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "x-nextjs-cache",
  WORKER_HEADER,
  INSTANCE_HEADER,
]);

/** @typedef {{ source: string, has?: { type: string, key: string, value?: string }[], destination: string }} Rewrite */
/** @typedef {{ raw: Buffer, gzip: Buffer, headers: Record<string, string> }} Copy */
/** @typedef {{ key: string, senderId: string, cookie: string | undefined }} Page */

/** @param {string | undefined} header @param {string} name */
export function cookieValue(header, name) {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.split("=");
    if (key?.trim() === name) return value.join("=").trim();
  }
  return undefined;
}

/** Whether a GET or HEAD asks for a document, not for the client router's data. @param {import("node:http").IncomingMessage} request */
export function asksForDocument(request) {
  return (request.method === "GET" || request.method === "HEAD") && !NOT_A_DOCUMENT.some((name) => name in request.headers);
}

/** @param {string | undefined} header */
export function acceptsGzip(header) {
  return (header ?? "").split(",").some((coding) => {
    const [name, ...params] = coding.split(";").map((part) => part.trim());
    return name === "gzip" && !params.some((param) => /^q=0(\.0*)?$/.test(param));
  });
}

/** Seconds a shared cache may keep Next's answer (its `s-maxage`), or null when it may not. @param {string | null} cacheControl */
function sharedMaxAge(cacheControl) {
  const seconds = /(?:^|,)\s*s-maxage=(\d+)/.exec(cacheControl ?? "")?.[1];
  return seconds ? Number(seconds) : null;
}

/**
 * @param {{ rewrites: readonly Rewrite[], maxBytes: number, clock?: { now(): number }, purged?: boolean }} options
 * `rewrites`: next.config.js's senderPageRewrites, so the front picks the same language as Next.
 * `clock`: for tests, the time copies expire by.
 * `purged`: a CDN is purged on every write (CDN_PURGE_URL): the copies say the edge may keep them (server/cdn-headers.mjs).
 */
export function createFrontCache({ rewrites, maxBytes, clock, purged = false }) {
  /** @type {LRUCache<string, Copy>} */
  const copies = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (copy) => copy.raw.length + copy.gzip.length,
    ...(clock ? { perf: clock, ttlResolution: 0 } : {}),
  });
  /** Bumped when a sender's pages change, so a copy rendered across the change is not kept. */
  const versions = new Map();
  /** Bumped when every page may have changed (a lost expiry channel, decision 0019). */
  let epoch = 0;
  /** The visits Next is answering for want of a copy, and the sender's version when they came. @type {WeakMap<import("node:http").ServerResponse, { page: Page, version: number | undefined, epoch: number }>} */
  const waiting = new WeakMap();
  /** Copies being gzipped. @type {Set<Promise<void>>} */
  const gzipping = new Set();

  /** The cached page a request asks for, or null when the front must leave it to Next. @param {import("node:http").IncomingMessage} request @returns {Page | null} */
  function pageOf(request) {
    const senderId = SENDER_PAGE.exec(request.url ?? "")?.[1];
    if (!senderId || !asksForDocument(request)) return null;
    const cookies = request.headers.cookie;
    for (const rewrite of rewrites) {
      const cookie = rewrite.has?.find((condition) => condition.type === "cookie");
      if (rewrite.has && !(cookie && cookieValue(cookies, cookie.key) === cookie.value)) continue;
      return { key: rewrite.destination.replace(":senderId", senderId), senderId, cookie: cookie && `${cookie.key}=${cookie.value}` };
    }
    return null;
  }

  /** Keeps Next's answer to a visit as the page's copy, if Next rendered it fresh for everyone and nothing changed meanwhile. @param {Page} page @param {number | undefined} version @param {import("node:http").ServerResponse} response @param {Buffer} raw @param {string} policy */
  async function takeCopy(page, version, response, raw, policy, since = epoch) {
    const ttl = sharedMaxAge(String(response.getHeader("cache-control") ?? ""));
    const fresh = ["HIT", "MISS"].includes(String(response.getHeader("x-nextjs-cache") ?? ""));
    // An answer that sets a cookie is meant for one visitor, not for everyone.
    const forEveryone = !response.hasHeader("set-cookie");
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    if (
      response.statusCode !== 200 ||
      !ttl ||
      !fresh ||
      !forEveryone ||
      !html ||
      response.hasHeader("content-encoding") ||
      versions.get(page.senderId) !== version ||
      epoch !== since
    )
      return;
    /** @type {Record<string, string>} */
    const headers = {};
    for (const [name, value] of Object.entries(response.getHeaders())) {
      if (!NOT_COPIED.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : String(value);
    }
    // Next's s-maxage is how long this copy lives (expired by every write); what goes out says
    // what caches outside the app may do, and that the language comes from a cookie.
    Object.assign(headers, publicPageHeaders({ senderId: page.senderId, languageFromCookie: true }, { purged, vary: headers.vary }));
    headers["content-security-policy"] = policy;
    try {
      const gzipped = await gzip(raw);
      if (versions.get(page.senderId) !== version || epoch !== since) return;
      copies.set(page.key, { raw, gzip: gzipped, headers }, { ttl: ttl * 1000 });
    } catch (error) {
      console.error(`front cache: could not copy ${page.key}`, error);
    }
  }

  return {
    /**
     * Answers a request for a sender page from its copy. Returns false when Next must answer;
     * then `keep` takes Next's answer as the copy for the next visitors.
     * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response
     */
    serve(request, response) {
      const page = pageOf(request);
      if (!page) return false;
      const copied = copies.get(page.key);
      if (!copied) {
        waiting.set(response, { page, version: versions.get(page.senderId), epoch });
        return false;
      }
      // A revalidation (every visit asks, server/cdn-headers.mjs) of an unchanged page costs no body.
      if (copied.headers.etag && request.headers["if-none-match"]?.split(",").some((tag) => tag.trim() === copied.headers.etag)) {
        const { "content-type": _type, ...headers } = copied.headers;
        response.writeHead(304, { ...headers, [FRONT_REQUEST]: "hit" });
        response.end();
        return true;
      }
      const gzipped = acceptsGzip(request.headers["accept-encoding"]);
      const body = gzipped ? copied.gzip : copied.raw;
      response.writeHead(200, { ...copied.headers, "content-length": body.length, ...(gzipped ? { "content-encoding": "gzip" } : {}), [FRONT_REQUEST]: "hit" });
      response.end(body);
      return true;
    },
    /**
     * Next's whole answer to a visit `serve` left to it (its HTML as Next wrote it, and its
     * policy listing the HTML's script hashes), before it goes out: kept as the page's copy when
     * it may be. Anything else is ignored.
     * @param {import("node:http").ServerResponse} response @param {{ body: Buffer, policy: string }} answer
     */
    keep(response, { body, policy }) {
      const visit = waiting.get(response);
      if (!visit) return;
      waiting.delete(response);
      // Next makes no ETag (next.config.js: hashing each visit costs too much); one hash per copy
      // does not, and lets every revalidation (server/cdn-headers.mjs) of an unchanged page end in a 304.
      // Weak: the same page goes out gzipped or not.
      if (response.statusCode === 200) response.setHeader("etag", `W/"${createHash("sha1").update(body).digest("base64url")}"`);
      const taking = takeCopy(visit.page, visit.version, response, body, policy, visit.epoch);
      gzipping.add(taking);
      void taking.finally(() => gzipping.delete(taking));
    },
    /** Drops the copies of these senders' pages in every language. @param {readonly string[]} senderIds */
    expire(senderIds) {
      for (const senderId of senderIds) {
        versions.set(senderId, (versions.get(senderId) ?? 0) + 1);
        for (const rewrite of rewrites) copies.delete(rewrite.destination.replace(":senderId", senderId));
      }
    },
    /** Drops every copy: any page may have changed. */
    expireAll() {
      epoch += 1;
      copies.clear();
    },
    /** Resolves once the copies being taken are kept or dropped. */
    async settled() {
      await Promise.all(gzipping);
    },
  };
}

/** @typedef {ReturnType<typeof createFrontCache>} FrontCache */

/** @typedef {{ expire(senderIds: readonly string[]): void }} Expirable What the app expires when senders' figures change: the sender pages' copies and the directory list's (server/server.mjs). */

/** Makes this process's front caches reachable from the app's code, which Next bundles separately. @param {Expirable} cache */
export function registerFrontCache(cache) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY] = cache;
}

/** Drops the front's copies of these senders' pages (and of the directory list), when the app runs behind the front. @param {readonly string[]} senderIds */
export function expireFrontCopies(senderIds) {
  const cache = /** @type {Expirable | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY]);
  cache?.expire(senderIds);
}
