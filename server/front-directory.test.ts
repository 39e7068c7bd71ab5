import { createHash } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from "../lib/domain";
import { cachedPagePolicy } from "./security-headers.mjs";
import { directoryCacheKey } from "../lib/public/directory";
import { expireFrontCopies, registerFrontCache } from "./front-cache.mjs";
import { createDirectoryCache, DIRECTORY_LANGUAGES, registerDirectoryKey, type DirectoryCache } from "./front-directory.mjs";

type NextAnswer = { status: number; type?: string; setCookie?: string };
let answer: NextAnswer;
let renders: number;
let fetched: { path: string; headers: Record<string, string> }[];
let hold: Promise<void> | null;
let directory: DirectoryCache;
let server: Server;
let base: string;
let now: number;

// Stands for Next: the page says which language, which list and which render it is.
function nextPage(path: string, cookie: string | undefined) {
  return `<html lang="${cookie?.includes("spamtrail-locale=en") ? "en" : "id"}">${path} render ${++renders}<script>self.list=1</script></html>`;
}

beforeEach(async () => {
  answer = { status: 200 };
  renders = 0;
  fetched = [];
  hold = null;
  now = 1_000_000;
  registerDirectoryKey(directoryCacheKey);
  directory = createDirectoryCache({
    ...DIRECTORY_LANGUAGES,
    maxPages: 5,
    maxBytes: 1024 * 1024,
    ttlSeconds: 3600,
    clock: { now: () => now },
    pagePolicy: (html) => cachedPagePolicy(html, false),
    fetchFromNext: async (path, headers) => {
      fetched.push({ path, headers });
      await hold;
      const answerHeaders: Record<string, string> = {
        "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
        "content-type": answer.type ?? "text/html; charset=utf-8",
        vary: "rsc, Accept-Encoding",
      };
      if (answer.setCookie) answerHeaders["set-cookie"] = answer.setCookie;
      return new Response(nextPage(path, headers.cookie), { status: answer.status, headers: answerHeaders });
    },
  });
  registerFrontCache({ expire: () => directory.expire() });
  server = createServer((request, response) => {
    if (directory.serve(request, response)) return;
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
  await directory.settled();
  return { response, body, fromFront: response.headers.get("x-spamtrail-front") === "hit" };
}

const key = (query: string) => directoryCacheKey(new URLSearchParams(query));

describe("the directory list's cache key (directoryCacheKey)", () => {
  it("is the query as the page reads it: defaults, unknown parameters and values the page ignores fall away", () => {
    expect(key("")).toBe("");
    expect(key("sort=recent&page=0")).toBe("");
    expect(key("sort=reports&page=3")).toBe("sort=reports&page=3");
    expect(key("page=3&sort=reports&utm_source=x&_=123")).toBe("sort=reports&page=3");
    expect(key("category=loan&sector=financial&country=ID&sort=violations")).toBe("sort=violations&category=loan&sector=financial&country=ID");
    // What the schema does not know counts as absent, as on the page.
    expect(key("sort=cheapest&category=tea&country=XX&page=-1")).toBe("");
    expect(key("page=abc")).toBe("");
    expect(key("page=2.5")).toBe("");
    expect(key("q=")).toBe("");
    expect(key("q=%20%20")).toBe("");
  });

  it("is none for a search, a parameter given twice or a far page: Next answers those", () => {
    expect(key("q=bank")).toBeNull();
    expect(key("sort=reports&sort=violations")).toBeNull();
    expect(key("page=49")).toBe("page=49");
    expect(key("page=50")).toBeNull();
    expect(key("page=1000")).toBeNull();
  });

  it("gives few keys however many query strings are tried", () => {
    const keys = new Set<string | null>();
    for (let i = 0; i < 2000; i++) keys.add(key(`sort=reports&page=${i % 7}&nonce=${i}&category=${["loan", "x", ""][i % 3]}`));
    expect(keys.size).toBe(14);
  });
});

describe("front cache of the directory list", () => {
  it("answers visitors from its copy once Next has served the page, gzipped, with the hashes of its scripts", async () => {
    const first = await visit("/senders?sort=reports&page=2");
    expect(first.fromFront).toBe(false);
    expect(first.response.headers.get("x-from")).toBe("next");
    const second = await visit("/senders?sort=reports&page=2");
    expect(second.fromFront).toBe(true);
    expect(second.body).toBe('<html lang="id">/senders?sort=reports&page=2 render 2<script>self.list=1</script></html>');
    expect(second.response.headers.get("content-security-policy")).toContain(
      `script-src 'self' 'sha256-${createHash("sha256").update("self.list=1").digest("base64")}';`,
    );
    expect(second.response.headers.get("content-encoding")).toBe("gzip");
    expect(second.response.headers.get("vary")).toBe("rsc, Accept-Encoding, Cookie");
    // The front asks Next for the page in the visitor's language, and no other cookie.
    expect(fetched).toEqual([
      { path: "/senders?sort=reports&page=2", headers: { "x-spamtrail-front": "1", "accept-encoding": "identity", cookie: "spamtrail-locale=id" } },
    ]);
  });

  it("gives every spelling of the same list the same copy", async () => {
    await visit("/senders?sort=reports");
    for (const path of ["/senders?sort=reports&utm_source=mail", "/senders?page=0&sort=reports", "/senders?sort=reports&category=tea&q="]) {
      expect((await visit(path)).fromFront, path).toBe(true);
    }
    expect(fetched.map((request) => request.path)).toEqual(["/senders?sort=reports"]);
  });

  it("keeps one copy per language, from the language cookie", async () => {
    await visit("/senders", { headers: { cookie: "theme=dark; spamtrail-locale=en" } });
    const english = await visit("/senders", { headers: { cookie: "spamtrail-locale=en" } });
    expect(english.fromFront).toBe(true);
    expect(english.body).toContain('lang="en"');
    const other = await visit("/senders", { headers: { cookie: "spamtrail-locale=fr" } });
    expect(other.fromFront).toBe(false);
    expect((await visit("/senders")).body).toContain('lang="id"');
    expect((await visit("/senders")).fromFront).toBe(true);
  });

  it("leaves to Next the signed-in, searches, the client router's requests and anything else", async () => {
    const others: [string, RequestInit][] = [
      ["/senders", { headers: { cookie: "next-auth.session-token=abc" } }],
      ["/senders", { headers: { cookie: "__Secure-next-auth.session-token.0=abc" } }],
      ["/senders?q=bank", {}],
      ["/senders?sort=reports&sort=recent", {}],
      ["/senders?page=60", {}],
      ["/senders/search", {}],
      ["/senders/", {}],
      ["/senders", { method: "POST", body: "x" }],
      ["/senders", { headers: { rsc: "1" } }],
      ["/senders", { headers: { "x-spamtrail-front": "1" } }],
    ];
    for (const [path, init] of others) {
      await visit(path, init);
      expect((await visit(path, init)).fromFront, `${init.method ?? "GET"} ${path} ${JSON.stringify(init.headers ?? {})}`).toBe(false);
    }
    expect(fetched).toEqual([]);
  });

  it("keeps no copy of an error, of something else than a page, or of an answer that sets a cookie", async () => {
    for (const unkept of [{ status: 500 }, { status: 200, type: "application/json" }, { status: 200, setCookie: "a=b; Path=/" }]) {
      answer = unkept;
      await visit("/senders");
      expect((await visit("/senders")).fromFront, JSON.stringify(unkept)).toBe(false);
    }
  });

  it("keeps at most its number of pages, the least recently asked dropped", async () => {
    for (let page = 0; page < 6; page++) await visit(`/senders?page=${page}`);
    expect(directory.size).toBe(5);
    expect((await visit("/senders?page=0")).fromFront).toBe(false);
    expect((await visit("/senders?page=5")).fromFront).toBe(true);
  });

  it("drops every copy when any sender's figures change, and keeps no copy taken across the change", async () => {
    await visit("/senders");
    await visit("/senders?sort=reports", { headers: { cookie: "spamtrail-locale=en" } });
    expect(directory.size).toBe(2);
    expireFrontCopies(["460b6fe0-60eb-4367-a245-21a85e677b64"]);
    expect(directory.size).toBe(0);
    expect((await visit("/senders")).fromFront).toBe(false);
    expect((await visit("/senders")).fromFront).toBe(true);
    // A visit starts a copy; a write lands while Next answers the front: that copy may be the old list.
    directory.expire();
    let release!: () => void;
    hold = new Promise((resolve) => (release = resolve));
    await fetch(`${base}/senders`).then((response) => response.text());
    directory.expire();
    release();
    await directory.settled();
    expect((await visit("/senders")).fromFront).toBe(false);
    expect((await visit("/senders")).fromFront).toBe(true);
  });

  it("drops copies after an hour even without a write", async () => {
    await visit("/senders");
    now += 3_599_000;
    expect((await visit("/senders")).fromFront).toBe(true);
    now += 2_000;
    expect((await visit("/senders")).fromFront).toBe(false);
  });

  it("reads the language as the app does", () => {
    expect(DIRECTORY_LANGUAGES).toEqual({ localeCookie: LOCALE_COOKIE, locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE });
  });
});
