// @ts-check
// Public sender pages are the most visited pages and the same for every visitor in a language.
// Next keeps them rendered (ISR), yet still spends about 2 ms on each visit routing the request
// and gzipping 50–100 KB of HTML. The front cache answers before Next with a copy made once:
// the page's bytes, raw and gzipped, per page and language, in memory. Next stays the source:
// a page the front has no copy of is served by Next, then copied from Next in the background.
// Used by scripts/server.mjs; lib/public/page-cache.ts drops copies when pages change.
import { LRUCache } from "lru-cache";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";

const gzip = promisify(gzipCallback);

const REGISTRY = Symbol.for("spamtrail.front-cache");
const SENDER_PAGE = /^\/senders\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
/** Marks the front's own request to Next, which Next must answer itself. */
export const FRONT_REQUEST = "x-spamtrail-front";
// The client router asks for a page's data (not a document) with one of these headers.
const NOT_A_DOCUMENT = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", FRONT_REQUEST];
// Set by the front for each answer, or by Node, not copied from Next's answer.
export const NOT_COPIED = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-nextjs-cache"]);

/** @typedef {{ source: string, has?: { type: string, key: string, value?: string }[], destination: string }} Rewrite */
/** @typedef {{ raw: Buffer, gzip: Buffer, headers: Record<string, string> }} Copy */
/** @typedef {{ key: string, senderId: string, cookie: string | undefined }} Page */
/** @typedef {(path: string, headers: Record<string, string>) => Promise<Response>} FetchFromNext */

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
 * @param {{ rewrites: readonly Rewrite[], maxBytes: number, fetchFromNext: FetchFromNext, pagePolicy?: (html: string) => string, clock?: { now(): number } }} options
 * `rewrites`: next.config.js's senderPageRewrites, so the front picks the same language as Next.
 * `pagePolicy`: the Content-Security-Policy for a copy, from its HTML (lib/http/security-headers.mjs
 * cachedPagePolicy: the hashes of its inline scripts, computed once per copy).
 * `clock`: for tests, the time copies expire by.
 */
export function createFrontCache({ rewrites, maxBytes, fetchFromNext, pagePolicy, clock }) {
  /** @type {LRUCache<string, Copy>} */
  const copies = new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: (copy) => copy.raw.length + copy.gzip.length,
    ...(clock ? { perf: clock, ttlResolution: 0 } : {}),
  });
  /** Bumped when a sender's pages change, so a copy fetched across the change is not kept. */
  const versions = new Map();
  /** @type {Map<string, Promise<void>>} */
  const copying = new Map();

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

  /** Copies a page from Next, keeping it only if Next rendered it fresh and nothing changed meanwhile. @param {Page} page */
  function copy(page) {
    if (!copying.has(page.key)) copying.set(page.key, takeCopy(page).finally(() => copying.delete(page.key)));
  }

  /** @param {Page} page */
  async function takeCopy(page) {
    const version = versions.get(page.senderId);
    try {
      const response = await fetchFromNext(`/senders/${page.senderId}`, { [FRONT_REQUEST]: "1", "accept-encoding": "identity", ...(page.cookie ? { cookie: page.cookie } : {}) });
      const raw = Buffer.from(await response.arrayBuffer());
      const ttl = sharedMaxAge(response.headers.get("cache-control"));
      const fresh = ["HIT", "MISS"].includes(response.headers.get("x-nextjs-cache") ?? "");
      // An answer that sets a cookie is meant for one visitor, not for everyone.
      const forEveryone = response.headers.getSetCookie().length === 0;
      if (response.status !== 200 || !ttl || !fresh || !forEveryone || versions.get(page.senderId) !== version) return;
      /** @type {Record<string, string>} */
      const headers = {};
      response.headers.forEach((value, name) => {
        if (!NOT_COPIED.has(name)) headers[name] = value;
      });
      // The language comes from a cookie: a shared cache must not give one language's page to the other.
      headers.vary = headers.vary ? `${headers.vary}, Cookie` : "Cookie";
      if (pagePolicy) headers["content-security-policy"] = pagePolicy(raw.toString("utf8"));
      const gzipped = await gzip(raw);
      if (versions.get(page.senderId) !== version) return;
      copies.set(page.key, { raw, gzip: gzipped, headers }, { ttl: ttl * 1000 });
    } catch (error) {
      console.error(`front cache: could not copy ${page.key}`, error);
    }
  }

  return {
    /**
     * Answers a request for a sender page from its copy. Returns false when Next must answer,
     * and then, once Next has served the page, takes a copy for the next visitors.
     * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response
     */
    serve(request, response) {
      const page = pageOf(request);
      if (!page) return false;
      const copied = copies.get(page.key);
      if (!copied) {
        response.once("finish", () => {
          if (response.statusCode === 200) copy(page);
        });
        return false;
      }
      const gzipped = acceptsGzip(request.headers["accept-encoding"]);
      const body = gzipped ? copied.gzip : copied.raw;
      response.writeHead(200, { ...copied.headers, "content-length": body.length, ...(gzipped ? { "content-encoding": "gzip" } : {}), [FRONT_REQUEST]: "hit" });
      response.end(body);
      return true;
    },
    /** Drops the copies of these senders' pages in every language. @param {readonly string[]} senderIds */
    expire(senderIds) {
      for (const senderId of senderIds) {
        versions.set(senderId, (versions.get(senderId) ?? 0) + 1);
        for (const rewrite of rewrites) copies.delete(rewrite.destination.replace(":senderId", senderId));
      }
    },
    /** Resolves once the copies being taken are kept or dropped. */
    async settled() {
      await Promise.all(copying.values());
    },
  };
}

/** @typedef {ReturnType<typeof createFrontCache>} FrontCache */

/** @typedef {{ expire(senderIds: readonly string[]): void }} Expirable What the app expires when senders' figures change: the sender pages' copies and the directory list's (scripts/server.mjs). */

/** Makes this process's front caches reachable from the app's code, which Next bundles separately. @param {Expirable} cache */
export function registerFrontCache(cache) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY] = cache;
}

/** Drops the front's copies of these senders' pages (and of the directory list), when the app runs behind the front. @param {readonly string[]} senderIds */
export function expireFrontCopies(senderIds) {
  const cache = /** @type {Expirable | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY]);
  cache?.expire(senderIds);
}
