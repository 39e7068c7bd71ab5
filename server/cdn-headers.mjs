// @ts-check
// What public sender pages tell caches outside the app (docs/decisions/0020). Next renders them
// once and keeps them (ISR, `revalidate = 3600`), and says so with `s-maxage=3600,
// stale-while-revalidate=<a year>`: fine for our own caches, which every write expires, but a
// CDN or proxy that honoured it would show an unshared or hidden report for up to a year. So
// what leaves the server says every cache must revalidate, unless a purge is configured
// (CDN_PURGE_URL): then the edge alone may keep the page an hour (`CDN-Cache-Control`, read by
// CDNs, ignored by browsers), tagged with the sender (`Surrogate-Key`) so that a write purges it.

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
// `/senders/<id>` picks its language from the spamtrail-locale cookie; `/<locale>/senders/<id>`
// names it in the address (visited directly it only redirects to `/senders/<id>`, next.config.js).
const SENDER_PAGE = new RegExp(`^/(?:([a-z]{2})/)?senders/(${UUID})(?:\\?.*)?$`);

/** Seconds the edge keeps a sender page when every write purges it. */
export const EDGE_MAX_AGE = 3600;
/** For browsers and every cache that is not told of writes: ask each time (cheap with the ETag). */
export const REVALIDATE = "public, max-age=0, must-revalidate";

/** The public sender page an address asks for, or null. @param {string | undefined} url */
export function publicSenderPage(url) {
  const match = SENDER_PAGE.exec(url ?? "");
  if (!match) return null;
  return { senderId: /** @type {string} */ (match[2]), languageFromCookie: !match[1] };
}

/** The surrogate key a sender's pages carry and a purge names. @param {string} senderId */
export function senderSurrogateKey(senderId) {
  return `sender-${senderId}`;
}

/** Adds names to a Vary header value, each once. @param {string | undefined} vary @param {readonly string[]} names */
export function varyWith(vary, names) {
  const have = (vary ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) if (!have.some((each) => each.toLowerCase() === name.toLowerCase())) have.push(name);
  return have.join(", ");
}

/**
 * The cache headers a public sender page leaves the server with, replacing Next's.
 * @param {{ senderId: string, languageFromCookie: boolean }} page
 * @param {{ purged: boolean, vary?: string }} options `purged`: CDN_PURGE_URL is set; `vary`: the answer's Vary so far.
 * @returns {Record<string, string>}
 */
export function publicPageHeaders({ senderId, languageFromCookie }, { purged, vary }) {
  return {
    "cache-control": REVALIDATE,
    // A cache keyed by address must not give one language's page to the other.
    vary: varyWith(vary, languageFromCookie ? ["Accept-Encoding", "Cookie"] : ["Accept-Encoding"]),
    ...(purged ? { "cdn-cache-control": `public, max-age=${EDGE_MAX_AGE}`, "surrogate-key": senderSurrogateKey(senderId) } : {}),
  };
}

/** Whether Next's answer is its cached render of the page (the only one a cache may keep). @param {unknown} cacheControl */
function sharedByNext(cacheControl) {
  return /(?:^|,)\s*s-maxage=\d+/.test(String(cacheControl ?? ""));
}

/**
 * Rewrites the cache headers of Next's answer to a public sender page as the head goes out.
 * Installed first of the front's wrappers, so the front cache still reads Next's own `s-maxage`
 * (how long its copy may live). Answers Next does not mark as shared (404s, errors) keep theirs.
 * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response @param {{ purged: boolean }} options
 */
export function applyPublicPageHeaders(request, response, { purged }) {
  const page = publicSenderPage(request.url);
  if (!page) return;
  const writeHead = response.writeHead;
  /** @type {any} */ (response).writeHead = function (/** @type {unknown[]} */ ...args) {
    const given = /** @type {Record<string, unknown> | undefined} */ (
      args.find((arg, index) => index > 0 && arg && typeof arg === "object" && !Array.isArray(arg))
    );
    if (given) for (const [name, value] of Object.entries(given)) response.setHeader(name, /** @type {string} */ (value));
    const status = typeof args[0] === "number" ? args[0] : response.statusCode;
    if (status === 200 && sharedByNext(response.getHeader("cache-control"))) {
      const vary = response.getHeader("vary");
      const headers = publicPageHeaders(page, { purged, vary: Array.isArray(vary) ? vary.join(", ") : vary === undefined ? undefined : String(vary) });
      for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    }
    return writeHead.apply(response, /** @type {any} */ (given ? args.filter((arg) => arg !== given) : args));
  };
}
