// @ts-check
// The directory list (/senders, its sort, filters and page in the query string) is rendered per
// request by Next: about 15 ms of React for twenty rows that change only when a sender's figures
// do. For visitors who are not signed in it is the same page for everyone in a language, so the
// front (server/server.mjs) keeps copies, as it does for sender pages (server/front-cache.mjs):
// - keyed by the language and the query as the app reads it (lib/public/directory.ts
//   directoryCacheKey, registered by instrumentation.ts): unknown parameters and values the page
//   ignores fall away, so a random query string finds the same copy as the plain one; a search
//   (`q`), a repeated parameter or a far page is left to Next. At most `maxPages` copies.
// - dropped all at once by any write to a sender's figures (expireFrontCopies): a list page shows
//   the counts of twenty senders, and which twenty depends on everyone's counts.
// - signed-in visitors go to Next: their menu follows their role, advocates get export links and
//   their country reads a searched number.
import { LRUCache } from "lru-cache";
import { promisify } from "node:util";
import { gzip as gzipCallback } from "node:zlib";
import { acceptsGzip, asksForDocument, FRONT_REQUEST, NOT_COPIED, cookieValue } from "./front-cache.mjs";
import { signedIn } from "./front-search.mjs";

const gzip = promisify(gzipCallback);

const REGISTRY = Symbol.for("spamtrail.front-directory");

/** How Next picks a visitor's language (i18n/request.ts): this cookie, else the default. server/front-directory.test.ts keeps it in step with lib/domain.ts. */
export const DIRECTORY_LANGUAGES = { localeCookie: "spamtrail-locale", locales: ["id", "en"], defaultLocale: "id" };
const DIRECTORY = "/senders";

/**
 * The canonical query of a directory page as the app reads it, or null when the front must not
 * keep it. Registered by the app (its schema is the page's).
 * @typedef {(params: URLSearchParams) => string | null} DirectoryKey
 */
/** @typedef {{ raw: Buffer, gzip: Buffer, headers: Record<string, string> }} Copy */
/** @typedef {{ key: string, path: string, locale: string }} ListPage */

/** Called by the app inside Next's server. @param {DirectoryKey} directoryKey */
export function registerDirectoryKey(directoryKey) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY] = directoryKey;
}

/**
 * @param {{ localeCookie: string, locales: readonly string[], defaultLocale: string, maxPages: number, maxBytes: number, ttlSeconds: number,
 *   fetchFromNext: (path: string, headers: Record<string, string>) => Promise<Response>, pagePolicy?: (html: string) => string, clock?: { now(): number } }} options
 * `localeCookie`, `locales`, `defaultLocale`: how Next picks a visitor's language (i18n/request.ts:
 * the cookie, else the default). `ttlSeconds`: a safety net; writes expire copies at once.
 */
export function createDirectoryCache({ localeCookie, locales, defaultLocale, maxPages, maxBytes, ttlSeconds, fetchFromNext, pagePolicy, clock }) {
  /** @type {LRUCache<string, Copy>} */
  const copies = new LRUCache({
    max: maxPages,
    maxSize: maxBytes,
    sizeCalculation: (copy) => copy.raw.length + copy.gzip.length,
    ttl: ttlSeconds * 1000,
    ...(clock ? { perf: clock, ttlResolution: 0 } : {}),
  });
  /** Bumped by every expiry, so a copy fetched across a write is not kept. */
  let version = 0;
  /** @type {Map<string, Promise<void>>} */
  const copying = new Map();

  /** @param {import("node:http").IncomingMessage} request @returns {ListPage | null} */
  function pageOf(request) {
    const url = request.url ?? "";
    const mark = url.indexOf("?");
    const pathname = mark === -1 ? url : url.slice(0, mark);
    if (pathname !== DIRECTORY || !asksForDocument(request) || signedIn(request.headers.cookie)) return null;
    const directoryKey = /** @type {DirectoryKey | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[REGISTRY]);
    if (!directoryKey) return null;
    let query;
    try {
      query = directoryKey(new URLSearchParams(mark === -1 ? "" : url.slice(mark + 1)));
    } catch (error) {
      console.error("front directory: could not read the query", error);
      return null;
    }
    if (query === null) return null;
    const chosen = cookieValue(request.headers.cookie, localeCookie);
    const locale = chosen && locales.includes(chosen) ? chosen : defaultLocale;
    const path = query ? `${DIRECTORY}?${query}` : DIRECTORY;
    return { key: `${locale} ${path}`, path, locale };
  }

  /** @param {ListPage} page */
  async function takeCopy(page) {
    const before = version;
    try {
      const response = await fetchFromNext(page.path, { [FRONT_REQUEST]: "1", "accept-encoding": "identity", cookie: `${localeCookie}=${page.locale}` });
      const raw = Buffer.from(await response.arrayBuffer());
      const html = (response.headers.get("content-type") ?? "").startsWith("text/html");
      // An answer that sets a cookie is meant for one visitor, not for everyone.
      const forEveryone = response.headers.getSetCookie().length === 0;
      if (response.status !== 200 || !html || !forEveryone || version !== before) return;
      /** @type {Record<string, string>} */
      const headers = {};
      response.headers.forEach((value, name) => {
        if (!NOT_COPIED.has(name)) headers[name] = value;
      });
      headers.vary = headers.vary ? `${headers.vary}, Cookie` : "Cookie";
      // The copy was rendered with a nonce that is now known to anyone: its policy lists the
      // hashes of its inline scripts instead (the nonce in the HTML then allows nothing).
      if (pagePolicy) headers["content-security-policy"] = pagePolicy(raw.toString("utf8"));
      const gzipped = await gzip(raw);
      if (version !== before) return;
      copies.set(page.key, { raw, gzip: gzipped, headers });
    } catch (error) {
      console.error(`front directory: could not copy ${page.key}`, error);
    }
  }

  return {
    /**
     * Answers a request for a directory page from its copy. Returns false when Next must answer,
     * and then, once Next has served the page, takes a copy for the next visitors.
     * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response
     */
    serve(request, response) {
      const page = pageOf(request);
      if (!page) return false;
      const copied = copies.get(page.key);
      if (!copied) {
        response.once("finish", () => {
          if (response.statusCode === 200 && !copying.has(page.key))
            copying.set(
              page.key,
              takeCopy(page).finally(() => copying.delete(page.key)),
            );
        });
        return false;
      }
      const gzipped = acceptsGzip(request.headers["accept-encoding"]);
      const body = gzipped ? copied.gzip : copied.raw;
      response.writeHead(200, { ...copied.headers, "content-length": body.length, ...(gzipped ? { "content-encoding": "gzip" } : {}), [FRONT_REQUEST]: "hit" });
      response.end(body);
      return true;
    },
    /** Drops every copy: some sender's figures changed. */
    expire() {
      version += 1;
      copies.clear();
    },
    /** How many copies are kept. */
    get size() {
      return copies.size;
    },
    /** Resolves once the copies being taken are kept or dropped. */
    async settled() {
      await Promise.all(copying.values());
    },
  };
}

/** @typedef {ReturnType<typeof createDirectoryCache>} DirectoryCache */
