import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { senderPageRewrites } from "../../next.config.js";
import { cachedPagePolicy } from "../http/security-headers.mjs";
import { createFrontCache, expireFrontCopies, registerFrontCache, type FrontCache } from "./front-cache.mjs";

const SENDER = "460b6fe0-60eb-4367-a245-21a85e677b64";
const OTHER = "6efc3457-fdef-4ab9-91e2-935f8cde5681";

type NextAnswer = { status: number; cacheControl: string; cache?: string; setCookie?: string };
let answer: NextAnswer;
let renders: number;
let fetched: { path: string; headers: Record<string, string> }[];
let hold: Promise<void> | null;
let front: FrontCache;
let server: Server;
let base: string;
let now: number;

// Stands for Next: the page says which language and which render it is.
function nextPage(path: string, cookie: string | undefined) {
  return `<html lang="${cookie === "spamtrail-locale=en" ? "en" : "id"}">${path} render ${++renders}<script>self.page=1</script></html>`;
}

beforeEach(async () => {
  answer = { status: 200, cacheControl: "s-maxage=3600, stale-while-revalidate=31532400", cache: "MISS" };
  renders = 0;
  fetched = [];
  hold = null;
  now = 1_000_000;
  front = createFrontCache({
    rewrites: senderPageRewrites,
    maxBytes: 1024 * 1024,
    clock: { now: () => now },
    pagePolicy: (html) => cachedPagePolicy(html, false),
    fetchFromNext: async (path, headers) => {
      fetched.push({ path, headers });
      await hold;
      const cacheHeaders: Record<string, string> = { "cache-control": answer.cacheControl, "content-type": "text/html; charset=utf-8", vary: "rsc, Accept-Encoding" };
      if (answer.cache) cacheHeaders["x-nextjs-cache"] = answer.cache;
      if (answer.setCookie) cacheHeaders["set-cookie"] = answer.setCookie;
      return new Response(nextPage(path, headers.cookie), { status: answer.status, headers: cacheHeaders });
    },
  });
  server = createServer((request, response) => {
    if (front.serve(request, response)) return;
    response.writeHead(answer.status, { "content-type": "text/html; charset=utf-8", "x-from": "next" });
    response.end(nextPage(request.url!, request.headers.cookie));
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
  it("answers from its copy once Next has served the page, gzipped for clients that take gzip", async () => {
    const first = await visit(`/senders/${SENDER}`);
    expect(first.fromFront).toBe(false);
    expect(first.response.headers.get("x-from")).toBe("next");
    const second = await visit(`/senders/${SENDER}`);
    expect(second.fromFront).toBe(true);
    expect(second.body).toBe(`<html lang="id">/senders/${SENDER} render 2<script>self.page=1</script></html>`);
    // A nonce cannot match a page rendered once: the copy's policy lists its inline script's hash.
    expect(second.response.headers.get("content-security-policy")).toContain(`script-src 'self' 'sha256-${createHash("sha256").update("self.page=1").digest("base64")}';`);
    expect(second.response.headers.get("content-encoding")).toBe("gzip");
    expect(second.response.headers.get("cache-control")).toBe(answer.cacheControl);
    expect(second.response.headers.get("vary")).toBe("rsc, Accept-Encoding, Cookie");
    // The front's own request asks Next for the raw page and is not answered by the front.
    expect(fetched).toEqual([{ path: `/senders/${SENDER}`, headers: { "x-spamtrail-front": "1", "accept-encoding": "identity" } }]);
    const raw = await visit(`/senders/${SENDER}`, { headers: { "accept-encoding": "identity" } });
    expect(raw.fromFront).toBe(true);
    expect(raw.response.headers.get("content-encoding")).toBeNull();
    expect(raw.body).toBe(second.body);
    expect((await visit(`/senders/${SENDER}`, { headers: { "accept-encoding": "gzip;q=0" } })).response.headers.get("content-encoding")).toBeNull();
    expect(renders).toBe(2);
  });

  it("keeps one copy per language, picked by the cookie rule of Next's rewrite", async () => {
    await visit(`/senders/${SENDER}`, { headers: { cookie: "theme=dark; spamtrail-locale=en" } });
    const english = await visit(`/senders/${SENDER}`, { headers: { cookie: "spamtrail-locale=en; theme=dark" } });
    expect(english.fromFront).toBe(true);
    expect(english.body).toContain('lang="en"');
    expect(fetched[0]!.headers.cookie).toBe("spamtrail-locale=en");
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
    expect(fetched).toEqual([]);
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

  it("copies a page once however many visit it before the copy is done", async () => {
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    await Promise.all([1, 2, 3].map(() => fetch(`${base}/senders/${SENDER}`).then((response) => response.text())));
    release();
    await front.settled();
    expect(fetched).toHaveLength(1);
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
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
    hold = new Promise((resolve) => (release = resolve));
    await fetch(`${base}/senders/${SENDER}`).then((response) => response.text());
    front.expire([SENDER]);
    release();
    await front.settled();
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(false);
    expect((await visit(`/senders/${SENDER}`)).fromFront).toBe(true);
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
