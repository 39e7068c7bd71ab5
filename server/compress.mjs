// @ts-check
// Gzip for the answers Next writes (next.config.js sets `compress: false`; server/server.mjs
// installs this instead). Next's own compression flushes the gzip stream after every chunk it
// writes (next/dist/server/pipe-readable.js calls `res.flush()` when the compression middleware
// defines it): a server action's answer written in ~80 small chunks left as ~80 gzip blocks, twice
// the bytes of the answer gzipped at once, and zlib called ~80 times. Here one gzip stream per
// answer takes the chunks as they come and is flushed only when the answer ends, or when Next has
// written nothing for `idleMs` (a page streaming Suspense boundaries still arrives piece by piece).
// No `res.flush` is defined, so Next does not flush per chunk.
// Left as they are: answers already encoded, types that do not compress (images, PDFs, archives:
// only text-like types are compressed), downloads (evidence files, exports: Content-Disposition),
// HEAD, 204/304, `Cache-Control: no-transform`, bodies known to be under 1 KB.
import { randomBytes } from "node:crypto";
import { constants, createGzip } from "node:zlib";
import { acceptsGzip } from "./front-cache.mjs";

const COMPRESSIBLE = /^\s*(?:text\/|application\/(?:json|javascript|ecmascript|xml|x-component|manifest\+json|[\w.+-]*\+(?:json|xml))|image\/svg\+xml)/i;
/** Bytes held before they go to zlib without a flush (a long answer written without a pause). */
const HELD_BYTES = 64 * 1024;
const SMALL = 1024;

// A server action that redirects (the incident save) is answered with the redirect's target page:
// Next fetches it from this server with the action's request headers
// (next/dist/server/app-render/action-handler.js createRedirectRenderResult; fetch asks for gzip
// itself) and streams it into the action's answer. Gzipping that inner answer would be undone by
// fetch at once. The front marks action requests (`markActionRequest`); Next forwards the mark on
// its own request, which is then left uncompressed. A client sending the header only gets an
// answer it did not ask gzipped unless it knows this process's token.
const FORWARDED = "x-spamtrail-inner";
const token = randomBytes(12).toString("base64url");

/** Marks a server action's request, after its own answer's compression is installed. @param {import("node:http").IncomingMessage} request */
export function markActionRequest(request) {
  request.headers[FORWARDED] = token;
}

/** Whether an answer of this type is worth gzipping. @param {string} contentType */
export function compressibleType(contentType) {
  return COMPRESSIBLE.test(contentType);
}

/** Adds a name to a Vary header value unless it is there. @param {string | undefined} vary @param {string} name */
export function withVary(vary, name) {
  const names = (vary ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (names.includes("*") || names.some((each) => each.toLowerCase() === name.toLowerCase())) return names.join(", ");
  return [...names, name].join(", ");
}

/** @param {unknown} chunk @param {unknown} encoding */
function toBuffer(chunk, encoding) {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string") return Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"));
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return Buffer.alloc(0);
}

/**
 * Gzips this answer when the client takes gzip and the answer is worth it; decided when its head
 * goes out. Install it before anything that must see the body as Next wrote it (the wrappers
 * installed later run first).
 * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response
 * @param {{ idleMs?: number, level?: number }} [options] `idleMs`: how long Next may pause before what it wrote is sent.
 */
export function compressAnswers(request, response, { idleMs = 4, level = constants.Z_DEFAULT_COMPRESSION } = {}) {
  const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  const clientTakesGzip = request.method !== "HEAD" && request.headers[FORWARDED] !== token && acceptsGzip(request.headers["accept-encoding"]);
  /** @type {import("node:zlib").Gzip | null} */
  let gzip = null;
  let decided = false;
  /** @type {Buffer[]} */
  let held = [];
  let heldBytes = 0;
  let lastWrite = 0;
  /** @type {NodeJS.Timeout | null} */
  let timer = null;
  /** Node's buffer is full: Next waits for its "drain". */
  let blocked = false;

  function decide() {
    if (decided) return gzip !== null;
    decided = true;
    if (response.headersSent) return false;
    const type = String(response.getHeader("content-type") ?? "");
    if (!compressibleType(type) || response.hasHeader("content-disposition")) return false;
    response.setHeader("vary", withVary(/** @type {string | undefined} */ (response.getHeader("vary")?.toString()), "Accept-Encoding"));
    const length = Number(response.getHeader("content-length") ?? NaN);
    const skip =
      !clientTakesGzip ||
      response.statusCode === 204 ||
      response.statusCode === 304 ||
      response.hasHeader("content-encoding") ||
      /(?:^|,)\s*no-transform\s*(?:,|$)/i.test(String(response.getHeader("cache-control") ?? "")) ||
      length < SMALL;
    if (skip) return false;
    response.removeHeader("content-length");
    response.setHeader("content-encoding", "gzip");
    // A strong ETag names these exact bytes (RFC 9110 8.8.1), which gzip changes: the gzipped
    // answer's tag is weak. If-None-Match compares weakly, so the route still answers 304 to it.
    const etag = response.getHeader("etag");
    if (typeof etag === "string" && etag.startsWith('"')) response.setHeader("etag", `W/${etag}`);
    gzip = createGzip({ level });
    gzip.on("data", (/** @type {Buffer} */ data) => {
      if (!original.write.apply(response, /** @type {any} */ ([data]))) blocked = true;
    });
    gzip.on("error", (error) => response.destroy(error));
    response.on("drain", () => {
      blocked = false;
    });
    // Next waits for the answer's "drain" when a write returns false, also when zlib was full.
    gzip.on("drain", () => {
      if (!blocked) response.emit("drain");
    });
    // A client that leaves before the end: the stream would never end (and leak).
    response.once("close", () => {
      if (!response.writableFinished) gzip?.destroy();
      if (timer) clearTimeout(timer);
    });
    return true;
  }

  /** Hands what is held to zlib; with `flush`, what zlib has goes out now. @param {boolean} flush */
  function release(flush) {
    if (!gzip || heldBytes === 0) return;
    const body = held.length === 1 ? /** @type {Buffer} */ (held[0]) : Buffer.concat(held, heldBytes);
    held = [];
    heldBytes = 0;
    gzip.write(body);
    if (flush) gzip.flush(constants.Z_SYNC_FLUSH);
  }

  function whenIdle() {
    timer = null;
    const waited = performance.now() - lastWrite;
    if (waited >= idleMs) release(true);
    else timer = setTimeout(whenIdle, idleMs - waited);
  }

  /** @type {any} */ (response).writeHead = function (/** @type {unknown[]} */ ...args) {
    const headers = args.find((arg, index) => index > 0 && arg && typeof arg === "object");
    if (Array.isArray(headers) || decided) return original.writeHead.apply(response, /** @type {any} */ (args));
    // The headers given here count for the decision: set them first.
    if (headers && !response.headersSent) for (const [name, value] of Object.entries(headers)) response.setHeader(name, /** @type {string} */ (value));
    if (typeof args[0] === "number") response.statusCode = args[0];
    decide();
    return original.writeHead.apply(response, /** @type {any} */ (typeof args[1] === "string" ? [response.statusCode, args[1]] : [response.statusCode]));
  };
  /** @type {any} */ (response).flushHeaders = function () {
    decide();
    return original.flushHeaders.call(response);
  };
  /** @type {any} */ (response).write = function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
    if (!decide()) return original.write.apply(response, /** @type {any} */ ([chunk, encoding, callback].filter((arg) => arg !== undefined)));
    const buffer = toBuffer(chunk, encoding);
    if (buffer.length > 0) {
      held.push(buffer);
      heldBytes += buffer.length;
      lastWrite = performance.now();
      if (heldBytes >= HELD_BYTES) release(false);
      if (!timer && heldBytes > 0) timer = setTimeout(whenIdle, idleMs);
    }
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return !blocked && !(gzip?.writableNeedDrain ?? false);
  };
  /** @type {any} */ (response).end = function (/** @type {unknown} */ chunk, /** @type {unknown} */ encoding, /** @type {unknown} */ callback) {
    const args = [chunk, encoding, callback].filter((arg) => arg !== undefined);
    if (!decided && !response.headersSent && typeof chunk !== "function" && chunk !== undefined && chunk !== null && !response.hasHeader("content-length")) {
      // The whole body in one call: its length is known.
      response.setHeader("content-length", toBuffer(chunk, encoding).length);
    }
    if (!decide()) return original.end.apply(response, /** @type {any} */ (args));
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") {
      const buffer = toBuffer(chunk, encoding);
      if (buffer.length > 0) {
        held.push(buffer);
        heldBytes += buffer.length;
      }
    }
    if (timer) clearTimeout(timer);
    timer = null;
    const done = /** @type {(() => void) | undefined} */ (args.find((arg) => typeof arg === "function"));
    const stream = /** @type {import("node:zlib").Gzip} */ (gzip);
    release(false);
    stream.once("end", () => original.end.apply(response, /** @type {any} */ (done ? [done] : [])));
    stream.end();
    return response;
  };
}
