// @ts-check
// Bad input Next answers with a 500 (and a stack trace in the log) is turned away by the front
// (server/server.mjs) with a 4xx before Next sees it:
// - a path whose percent-encoding does not decode (Next throws while reading the route's params);
// - server-action bodies over the 1 MB limit (Next throws its own 413 error, then answers 500);
// - server-action bodies Next cannot decode: JSON that does not parse, multipart that does not.
// Everything well-formed goes on to Next unchanged; the app's own zod schemas judge the content.
import { IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import { Readable } from "node:stream";

// The multipart parsers Next itself uses, so the front refuses exactly what Next cannot read:
// busboy for fetch actions, the platform's Request.formData() for forms posted without JavaScript.
const require = createRequire(import.meta.url);
/** @typedef {import("node:stream").Writable & { on(event: "field", listener: (name: string, value: string) => void): unknown, on(event: "file", listener: (name: string, stream: import("node:stream").Readable) => void): unknown }} Busboy */
/** @type {(options: { headers: Record<string, string>, limits?: { fieldSize?: number } }) => Busboy} */
const busboy = require("next/dist/compiled/busboy");

/** next.config.js experimental.serverActions.bodySizeLimit ("1mb"). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** Whether the path (without its query) is well-formed percent-encoding. @param {string} url */
export function pathDecodes(url) {
  const end = url.search(/[?#]/);
  const pathname = end === -1 ? url : url.slice(0, end);
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether Next would read this request's body as a server action: a POST to a page with the
 * action header, or with a form body (an action posted without JavaScript). Route handlers under
 * /api read their own bodies (evidence uploads stream 10 MB), so they are left alone.
 * @param {import("node:http").IncomingMessage} request
 */
export function isActionRequest(request) {
  if (request.method !== "POST" || (request.url ?? "").startsWith("/api/")) return false;
  const type = request.headers["content-type"] ?? "";
  return "next-action" in request.headers || type.startsWith("multipart/form-data") || type === "application/x-www-form-urlencoded";
}

/**
 * Whether Next can decode this action body. A fetch action's body is React's reply encoding: one
 * JSON row (the arguments, an array) as text, or multipart with rows in the fields with numeric
 * names (row 0 the arguments) and files. Rows refer to each other with "$<hex id>" strings
 * ("$@1", "$Q2"...): a reference to a row the body does not carry leaves React waiting, then
 * failing when the body ends, which Next answers with a 500. This checks the encoding's shape, not
 * its meaning: the action's own zod schema judges the arguments.
 * @param {Buffer} body @param {string} contentType @param {boolean} fetchAction
 */
export async function actionBodyDecodes(body, contentType, fetchAction) {
  /** @type {Map<string, unknown>} */
  const rows = new Map();
  /** @type {Set<string>} */
  const parts = new Set();
  if (contentType.startsWith("multipart/form-data")) {
    try {
      if (!fetchAction) {
        // Without the action header Next reads the form with the platform's parser.
        await new Request("http://front.invalid/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(body) }).formData();
        return true;
      }
      const parser = busboy({ headers: { "content-type": contentType }, limits: { fieldSize: ACTION_BODY_LIMIT } });
      let rowsParse = true;
      parser.on("field", (name, value) => {
        parts.add(name);
        if (!/^\d+$/.test(name)) return;
        try {
          rows.set(name, JSON.parse(value));
        } catch {
          rowsParse = false;
        }
      });
      parser.on("file", (name, stream) => {
        parts.add(name);
        stream.resume();
      });
      await new Promise((resolve, reject) => {
        parser.once("close", resolve).once("error", reject);
        Readable.from([body]).pipe(parser);
      });
      if (!rowsParse) return false;
    } catch {
      return false;
    }
  } else {
    // Without the action header Next only renders the page (a urlencoded POST is never an action).
    if (!fetchAction) return true;
    try {
      rows.set("0", JSON.parse(body.toString("utf8")));
    } catch {
      return false;
    }
  }
  return Array.isArray(rows.get("0")) && [...rows.values()].every((row) => referencesResolve(row, parts));
}

// "$" then one of these: a value that needs no other row (escaped "$", FormData prefix, Infinity,
// -0, NaN, undefined, a date, a temporary reference, a hole).
const SELF_CONTAINED = new Set(["$", "K", "I", "-", "N", "u", "D", "T", "H"]);
// "$" then one of these, then the hex id of a row or part (promise, server reference, Map, Set,
// iterator, typed arrays, Blob, streams); any other "$" string is itself a hex row id.
const ROW_KINDS = new Set([..."@hQWiAOoUSsLlGgMmVBRrXx"]);

/** Whether every "$" reference inside `value` names a row or part present. @param {unknown} value @param {Set<string>} parts */
function referencesResolve(value, parts) {
  /** @type {unknown[]} */
  const stack = [value];
  while (stack.length) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...item);
    else if (item && typeof item === "object") stack.push(...Object.values(item));
    else if (typeof item === "string" && item.startsWith("$") && item.length > 1) {
      const kind = item[1] ?? "";
      if (SELF_CONTAINED.has(kind)) continue;
      if (kind === "n") {
        if (!/^-?\d{1,300}$/.test(item.slice(2))) return false;
        continue;
      }
      const hex = (ROW_KINDS.has(kind) ? item.slice(2) : item.slice(1)).split(":")[0] ?? "";
      const id = /^[0-9a-fA-F]{1,12}$/.test(hex) ? parseInt(hex, 16) : NaN;
      if (!Number.isSafeInteger(id) || !parts.has(String(id))) return false;
    }
  }
  return true;
}

/** @param {import("node:http").ServerResponse} response @param {number} status @param {string} text @param {Record<string, string>} [headers] */
export function answerPlain(response, status, text, headers = {}) {
  const body = Buffer.from(`${text}\n`);
  response.writeHead(status, { ...headers, "content-type": "text/plain; charset=utf-8", "content-length": body.length, "cache-control": "no-store" });
  response.end(body);
}

/** A declared body up to this size is read to its end before the 413 (see below); a larger one is cut off. */
const DRAIN_LIMIT = 16 * 1024 * 1024;

/**
 * Answers 413 to a body declared too large, and closes the connection. A client still sending
 * when the connection closes gets a reset (EPIPE) instead of the answer, so a body of a size a
 * browser might send is read and thrown away first; a larger one is answered and cut off at once.
 * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response @param {number} declared
 */
function refuseDeclaredTooLarge(request, response, declared) {
  response.shouldKeepAlive = false;
  const answer = () => {
    if (!response.headersSent) answerPlain(response, 413, "Payload too large", { connection: "close" });
  };
  if (declared > DRAIN_LIMIT) answer();
  else {
    request.once("end", answer);
    request.once("error", answer);
  }
  request.resume();
}

/**
 * Reads an action request's body within the limit and checks that Next can decode it. Answers
 * 413 or 400 itself and resolves null; otherwise resolves a copy of the request carrying the
 * body read, for Next to handle as if it came straight from the socket.
 * @param {import("node:http").IncomingMessage} request @param {import("node:http").ServerResponse} response
 * @returns {Promise<import("node:http").IncomingMessage | null>}
 */
export async function guardActionBody(request, response, limit = ACTION_BODY_LIMIT) {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    refuseDeclaredTooLarge(request, response, declared);
    return null;
  }
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += chunk.length;
      if (size > limit) {
        response.shouldKeepAlive = false;
        answerPlain(response, 413, "Payload too large", { connection: "close" });
        request.resume();
        return null;
      }
      chunks.push(chunk);
    }
  } catch {
    // The client went away mid-body: nobody to answer.
    if (!response.headersSent) response.destroy();
    return null;
  }
  const body = Buffer.concat(chunks, size);
  if (!(await actionBodyDecodes(body, request.headers["content-type"] ?? "", "next-action" in request.headers))) {
    answerPlain(response, 400, "Bad request");
    return null;
  }
  return replay(request, body);
}

/** A request like this one, whose body (already read) is `body`. @param {import("node:http").IncomingMessage} request @param {Buffer} body */
function replay(request, body) {
  const copy = new IncomingMessage(/** @type {import("node:net").Socket} */ (request.socket));
  copy.method = request.method;
  copy.url = request.url;
  copy.httpVersion = request.httpVersion;
  copy.httpVersionMajor = request.httpVersionMajor;
  copy.httpVersionMinor = request.httpVersionMinor;
  copy.headers = { ...request.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([name, value]) =>
    Array.isArray(value) ? value.flatMap((one) => [name, one]) : value === undefined ? [] : [name, value],
  );
  copy.complete = true;
  if (body.length) copy.push(body);
  copy.push(null);
  return copy;
}
