// @ts-check
// Security headers on every answer of server/server.mjs, and a Content-Security-Policy that lets
// only the app's own scripts run:
// - pages rendered per request: a fresh nonce. Next reads it from the request's
//   `content-security-policy` header (set here before Next sees the request) and puts it on every
//   script it writes; the answer carries the same policy.
// - pages rendered once and served from a cache (public sender pages, Next's static 404): a nonce
//   cannot match scripts written earlier, so their policy lists the SHA-256 of each inline script
//   the cached HTML holds. The front cache (server/front-cache.mjs) computes it once per copy;
//   for a cached page Next serves itself, the answer is held until complete and hashed
//   (`hashCachedDocuments`). A script injected into such a page has no listed hash: it does not run.
// Scripts from files of this origin (Next's chunks) run either way ('self'); nothing is
// evaluated from strings (no 'unsafe-eval'). An answer whose route sets its own policy keeps it:
// evidence files (sandboxed, lib/evidence/serve.ts) and the OCR worker's files (WebAssembly).
import { createHash, randomBytes } from "node:crypto";
import { gunzipSync, brotliDecompressSync, inflateSync } from "node:zlib";

/**
 * Whether the app is served over HTTPS, decided by its public URL (NEXTAUTH_URL, which next-auth
 * needs anyway; behind a TLS-terminating proxy it is the https address visitors use). Not by
 * X-Forwarded-Proto: any client can send that header when no proxy strips it.
 * @param {string | undefined} publicUrl
 */
export function servedOverHttps(publicUrl) {
  return /^https:\/\//i.test(publicUrl ?? "");
}

/** Headers for every answer. @param {{ https: boolean }} options @returns {Record<string, string>} */
export function baseSecurityHeaders({ https }) {
  return {
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
    // Browsers ignore it on plain http; sent only when the public address is https.
    ...(https ? { "strict-transport-security": "max-age=31536000" } : {}),
  };
}

/**
 * The page policy, its scripts allowed by a nonce or by their hashes.
 * @param {{ nonce?: string, hashes?: readonly string[], https: boolean }} options
 */
export function contentSecurityPolicy({ nonce, hashes = [], https }) {
  const scripts = nonce ? [`'nonce-${nonce}'`] : hashes.map((hash) => `'sha256-${hash}'`);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(" "),
    // React writes style attributes (charts, widths); styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Previews of chosen files are blob: URLs; small icons may be data: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * tesseract.js's files for reading screenshots in the browser (app/ocr/[version]/[file],
 * lib/capture/ocr-assets.ts) are not pages: they get this policy instead of the page policy.
 * The worker is loaded from its own same-origin address, so the browser applies its answer's
 * policy inside the worker: it may load the core from here (`importScripts`), fetch the model from
 * here, and compile the core's WebAssembly (`'wasm-unsafe-eval'` allows exactly that, not `eval`).
 * The pages' own policy needs none of this.
 */
export const OCR_WORKER_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; frame-ancestors 'none'";

/** A fresh nonce for one answer. */
export function newNonce() {
  return randomBytes(18).toString("base64");
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * SHA-256 (base64) of each inline script's text in an HTML page, as the browser hashes it:
 * the element's text, line breaks normalised to \n. Scripts with src are allowed by 'self'.
 * @param {string} html
 */
export function inlineScriptHashes(html) {
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const match of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(` ${match[1] ?? ""}`)) continue;
    const text = (match[2] ?? "").replace(/\r\n?/g, "\n");
    hashes.add(createHash("sha256").update(text, "utf8").digest("base64"));
  }
  return [...hashes];
}

/** The policy for a page rendered once: its inline scripts' hashes. @param {string} html @param {boolean} https */
export function cachedPagePolicy(html, https) {
  return contentSecurityPolicy({ hashes: inlineScriptHashes(html), https });
}

/**
 * Sets the base headers and a nonce policy on this answer, and hands Next the nonce through the
 * request's `content-security-policy` header (Next reads it there, see
 * next/dist/server/app-render/get-script-nonce-from-header.js).
 * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response @param {boolean} https
 */
export function applyNoncePolicy(request, response, https) {
  const policy = contentSecurityPolicy({ nonce: newNonce(), https });
  request.headers["content-security-policy"] = policy;
  // Set when the head goes out, and only if the route set none: Next never overwrites a header
  // already on the answer, so setting it now would silently replace a route's own policy.
  // The front's policy for its own answers goes for the same reason.
  response.removeHeader("content-security-policy");
  const writeHead = response.writeHead;
  /** @type {any} */ (response).writeHead = function (/** @type {unknown[]} */ ...args) {
    const given = /** @type {Record<string, unknown> | undefined} */ (
      args.find((arg, index) => index > 0 && arg && typeof arg === "object" && !Array.isArray(arg))
    );
    const routeHasPolicy =
      response.hasHeader("content-security-policy") || Object.keys(given ?? {}).some((name) => name.toLowerCase() === "content-security-policy");
    if (!routeHasPolicy) response.setHeader("content-security-policy", policy);
    return writeHead.apply(response, /** @type {any} */ (args));
  };
}

/** @param {import("node:http").ServerResponse} response */
function isCachedDocument(response) {
  const type = String(response.getHeader("content-type") ?? "");
  return type.startsWith("text/html") && (response.getHeader("x-nextjs-cache") !== undefined || response.getHeader("x-nextjs-prerender") !== undefined);
}

/** @param {Buffer} body @param {string} encoding */
function decoded(body, encoding) {
  if (encoding === "gzip") return gunzipSync(body);
  if (encoding === "br") return brotliDecompressSync(body);
  if (encoding === "deflate") return inflateSync(body);
  return body;
}

/**
 * For an HTML page Next answers from its cache (x-nextjs-cache or x-nextjs-prerender set), holds
 * the answer until it is complete, then replaces the nonce policy with one listing the page's
 * inline script hashes. Anything else passes through untouched, streaming as before.
 * Installed after the front's compression (server/compress.mjs), so it reads the body as Next
 * wrote it. `held`, when given, gets that whole body and its policy before it goes out (the front
 * cache keeps it as its copy of the page).
 * @param {import("node:http").ServerResponse} response @param {boolean} https
 * @param {(answer: { body: Buffer, policy: string }) => void} [held]
 */
export function hashCachedDocuments(response, https, held) {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  /** @type {"undecided" | "hold" | "pass"} */
  let mode = "undecided";
  /** @type {unknown[] | null} */
  let heldHead = null;
  /** @type {Buffer[]} */
  const chunks = [];

  const decide = () => {
    if (mode === "undecided") mode = !response.headersSent && isCachedDocument(response) ? "hold" : "pass";
    return mode;
  };
  /** @param {unknown} chunk @param {unknown} encoding */
  const toBuffer = (chunk, encoding) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === "string"
        ? Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"))
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : Buffer.alloc(0);

  /** @type {any} */ (response).writeHead = function (/** @type {unknown[]} */ ...args) {
    // Headers given to writeHead count for the decision: apply them first.
    const headers = args.find((arg, index) => index > 0 && arg && typeof arg === "object" && !Array.isArray(arg));
    if (mode === "undecided" && headers) for (const [name, value] of Object.entries(headers)) response.setHeader(name, /** @type {string} */ (value));
    if (typeof args[0] === "number") response.statusCode = args[0];
    if (decide() === "pass") return original.writeHead.apply(response, /** @type {any} */ (args));
    heldHead = args;
    return response;
  };
  /** @type {any} */ (response).flushHeaders = function () {
    if (decide() === "pass") return original.flushHeaders.call(response);
  };
  /** @type {any} */ (response).write = function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
    if (decide() === "pass") return original.write.apply(response, /** @type {any} */ ([chunk, encoding, callback].filter((arg) => arg !== undefined)));
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") queueMicrotask(() => done());
    return true;
  };
  /** @type {any} */ (response).end = function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
    const args = [chunk, encoding, callback].filter((arg) => arg !== undefined);
    if (decide() === "pass") return original.end.apply(response, /** @type {any} */ (args));
    if (chunk !== undefined && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const body = Buffer.concat(chunks);
    // From here on the calls reach Node's own methods, which may call writeHead again.
    mode = "pass";
    try {
      const encoding = String(response.getHeader("content-encoding") ?? "");
      const raw = decoded(body, encoding);
      const policy = cachedPagePolicy(raw.toString("utf8"), https);
      response.setHeader("content-security-policy", policy);
      if (held && !encoding) held({ body: raw, policy });
    } catch (error) {
      // Unreadable: the nonce policy stays, which blocks the page's inline scripts (safe side).
      console.error("security headers: could not hash a cached page", error);
    }
    if (!response.headersSent)
      original.writeHead.apply(response, /** @type {any} */ ([response.statusCode, ...(heldHead ?? []).slice(1).filter((arg) => typeof arg === "string")]));
    const done = args.find((arg) => typeof arg === "function");
    return original.end.call(response, body, /** @type {any} */ (done));
  };
}
