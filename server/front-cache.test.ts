import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { senderPageRewrites } from "../next.config.js";
import { hashCachedDocuments } from "./security-headers.mjs";
import { applyPublicPageHeaders, REVALIDATE } from "./cdn-headers.mjs";
import { createFrontCache, expireFrontCopies, registerFrontCache, type FrontCache } from "./front-cache.mjs";

const SENDER = "460b6fe0-60eb-4367-a245-21a85e677b64";
const OTHER = "6efc3457-fdef-4ab9-91e2-935f8cde5681";

type NextAnswer = { status: number; cacheControl: string; cache?: string; setCookie?: string };
let answer: NextAnswer;
let renders: number;
let hold: Promise<void> | null;
let front: FrontCache;
let server: Server;
let base: string;
let now: number;

// Stands for Next: the page says which language and which render it is.
function nextPage(path: string, cookie: string | undefined) {
  return `<html lang="${cookie?.includes("spamtrail-locale=en") ? "en" : "id"}">${path} render ${++renders}<script>self.page=1</script></html>`;
}

beforeEach(async () => {
  answer = { status: 200, cacheControl: "s-maxage=3600, stale-while-revalidate=31532400", cache: "MISS" };
  renders = 0;
  hold = null;
  now = 1_000_000;
  front = createFrontCache({ rewrites: senderPageRewrites, maxBytes: 1024 * 1024, clock: { now: () => now } });
  // As server/server.mjs: the front, then Next with its cached pages held and hashed.
  server = createServer((request, response) => {
    if (front.serve(request, response)) return;
    applyPublicPageHeaders(request, response, { purged: false });
    hashCachedDocuments(response, false, (held) => front.keep(response, held));
    const headers: Record<string, string> = {
      "cache-control": answer.cacheControl,
      "content-type": "text/html; charset=utf-8",
      vary: "rsc",
      "x-from": "next",
    };
    if (answer.cache) headers["x-nextjs-cache"] = answer.cache;
    if (answer.setCookie) headers["set-cookie"] = answer.setCookie;
    const page = nextPage(request.url!, request.headers.cookie);
    void (hold ?? Promise.resolve()).then(() => {
      response.writeHead(answer.status, headers);
      // Written in two pieces, as Next streams.
      response.write(page.slice(0, 10));
      response.end(page.slice(10));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** A visit, and the copy it may start, done. */
async function visit(path: string, init: RequestInit = {}) {
  const response = await fetch(base + path, init);
  const body = await response.text();
  await front.settled();
  return { response, body, fromFront: response.headers.get("x-spamtrail-front") === "hit" };
}

describe("front cache of public sender pages", () => {
  it("keeps Next's answer to a first visit as its copy, and answers from it, gzipped for clients that take gzip", async () => {
    const first = await visit(`/senders/${SENDER}`);
    expect(first.fromFront).toBe(false);
    expect(first.response.headers.get("x-from")).toBe("next");
    const second = await visit(`/senders/${SENDER}`);
    expect(second.fromFront).toBe(true);
    expect(second.body).toBe(first.body);
    expect(second.body).toBe(`<html lang="id">/senders/${SENDER} render 1<script>self.page=1</script></html>`);
    // A nonce cannot match a page rendered once: the copy's policy lists its inline script's hash.
    expect(second.response.headers.get("content-security-policy")).toContain(
      `script-src 'self' 'sha256-${createHash("sha256").update("self.page=1").digest("base64")}';`,
    );
    expect(second.response.headers.get("content-encoding")).toBe("gzip");
    // Next's first answer and the copy say the same to caches outside the app: revalidate each time.
    expect(first.response.headers.get("cache-control")).toBe(REVALIDATE);
    expect(second.response.headers.get("cache-control")).toBe(REVALIDATE);
    expect(first.response.headers.get("vary")).toBe("rsc, Accept-Encoding, Cookie");
    expect(second.response.headers.get("vary")).toBe("rsc, Accept-Encoding, Cookie");
    expect(second.response.headers.get("surrogate-key")).toBeNull();
    // Revalidating the unchanged copy costs no body.
    // Next makes no ETag; the front hashes the copy once, and its first answer says the same.
    const etag = second.response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.response.headers.get("etag")).toBe(etag);
    const unchanged = await visit(`/senders/${SENDER}`, { headers: { "if-none-match": etag } });
    expect(unchanged.response.status).toBe(304);
    expect(unchanged.body).toBe("");
    const raw = await visit(`/senders/${SENDER}`, { headers: { "accept-encoding": "identity" } });
    expect(raw.fromFront).toBe(true);
    expect(raw.response.headers.get("content-encoding")).toBeNull();
    expect(raw.body).toBe(second.body);
    expect((await visit(`/senders/${SENDER}`, { headers: { "accept-encoding": "gzip;q=0" } })).response.headers.get("content-encoding")).toBeNull();
    // Next was asked once: the copy is the first visitor's answer, not a second request.
    expect(renders).toBe(1);
  });

  it("keeps one copy per language, picked by the cookie rule of Next's rewrite", async () => {
    await visit(`/senders/${SENDER}`, { headers: { cookie: "theme=dark; spamtrail-locale=en" } });
    const english = await visit(`/senders/${SENDER}`, { headers: { cookie: "spamtrail-locale=en; theme=dark" } });
    expect(english.fromFront).toBe(true);
    expect(english.body).toContain('lang="en"');
    for (const cookie of ["spamtrail-locale=fr", "spamtrail-locale=english", ""]) {
      const visitor = await visit(`/senders/${SENDER}`, { headers: { cookie } });
      expect(visitor.body, cookie).toContain('lang="id"');
    }
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
  });

  it("leaves to Next whatever is not a visit to a sender page", async () => {
    const others: [string, RequestInit][] = [
      [`/senders/${SENDER}?page=2`, {}],
      [`/senders/${SENDER}/reports`, {}],
      [`/senders/${SENDER.toUpperCase()}`, {}],
      ["/senders/search", {}],
      [`/senders/${SENDER}`, { method: "POST", body: "x" }],
      [`/senders/${SENDER}`, { headers: { rsc: "1" } }],
      [`/senders/${SENDER}`, { headers: { "next-router-prefetch": "1" } }],
      [`/senders/${SENDER}`, { headers: { "x-spamtrail-front": "1" } }],
    ];
    for (const [path, init] of others) {
      await visit(path, init);
      expect((await visit(path, init)).fromFront, `${init.method ?? "GET"} ${path} ${JSON.stringify(init.headers ?? {})}`).toBe(false);
    }
  });

  it("keeps no copy of a page Next did not render fresh for everyone", async () => {
    const unkept: NextAnswer[] = [
      { status: 404, cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate", cache: "HIT" },
      { status: 200, cacheControl: "private, no-cache, no-store, max-age=0, must-revalidate" },
      { status: 200, cacheControl: "s-maxage=3600", cache: "STALE" },
      { status: 200, cacheControl: "s-maxage=3600" },
      { status: 200, cacheControl: "s-maxage=3600", cache: "HIT", setCookie: "session=abc; Path=/; HttpOnly" },
    ];
    for (const unkeptAnswer of unkept) {
      answer = unkeptAnswer;
      await visit(`/senders/${SENDER}`);
      expect((await visit(`/senders/${SENDER}`)).fromFront, JSON.stringify(answer)).toBe(false);
    }
    answer = { status: 200, cacheControl: "s-maxage=3600", cache: "HIT" };
    await visit(`/senders/${SENDER}`);
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
  });

  it("asks Next once per visit while there is no copy, and then not at all", async () => {
    // Three visits reach Next before it answers the first.
    let release!: () => void;
    hold = new Promise<void>((resolve) => (release = resolve));
    let arrived = 0;
    const allThere = new Promise<void>((resolve) => server.on("request", () => ++arrived === 3 && resolve()));
    const visits = Promise.all([1, 2, 3].map(() => fetch(`${base}/senders/${SENDER}`).then((response) => response.text())));
    await allThere;
    release();
    await visits;
    await front.settled();
    expect(renders).toBe(3);
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
    expect(renders).toBe(3);
  });

  it("drops a changed sender's copies in every language, and does not keep a copy taken across the change", async () => {
    for (const cookie of ["", "spamtrail-locale=en"]) {
      await visit(`/senders/${SENDER}`, { headers: { cookie } });
      await visit(`/senders/${OTHER}`, { headers: { cookie } });
    }
    registerFrontCache(front);
    expireFrontCopies([SENDER]);
    for (const cookie of ["", "spamtrail-locale=en"]) {
      expect((await visit(`/senders/${SENDER}`, { headers: { cookie } })).fromFront, cookie).toBe(false);
      expect((await visit(`/senders/${OTHER}`, { headers: { cookie } })).fromFront, cookie).toBe(true);
    }
    // A visit starts a copy, the sender changes while Next answers it: that copy may be the old page.
    front.expire([SENDER]);
    let release!: () => void;
    let arrived!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    hold = new Promise<void>((resolve) => (release = resolve)).then(() => undefined);
    server.once("request", () => arrived());
    const visiting = fetch(`${base}/senders/${SENDER}`).then((response) => response.text());
    await reached;
    front.expire([SENDER]);
    release();
    await visiting;
    await front.settled();
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(false);
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
  });

  it("drops every copy when told all may have changed, and keeps none taken across it", async () => {
    await visit(`/senders/${SENDER}`);
    await visit(`/senders/${OTHER}`);
    front.expireAll();
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(false);
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
    expect((await visit(`/senders/${OTHER}`)).fromFront).toBe(false);
    // A copy of a sender no write ever named, being taken when everything expires.
    front.expireAll();
    let release!: () => void;
    let arrived!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    hold = new Promise<void>((resolve) => (release = resolve)).then(() => undefined);
    server.once("request", () => arrived());
    const visiting = fetch(`${base}/senders/${OTHER}`).then((response) => response.text());
    await reached;
    front.expireAll();
    release();
    await visiting;
    await front.settled();
    hold = null;
    expect((await visit(`/senders/${OTHER}`)).fromFront).toBe(false);
    expect((await visit(`/senders/${OTHER}`)).fromFront).toBe(true);
  });

  it("keeps a copy no longer than Next lets a shared cache keep the page", async () => {
    answer = { status: 200, cacheControl: "s-maxage=60, stale-while-revalidate=31532400", cache: "MISS" };
    await visit(`/senders/${SENDER}`);
    now += 59_000;
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
    now += 2_000;
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(false);
  });
});
