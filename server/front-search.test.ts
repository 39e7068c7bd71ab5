import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerAnonymousSearch, serveAnonymousSearch } from "./front-search.mjs";

const REGISTRY = Symbol.for("spamtrail.front-search");
let searched: string[];
let server: Server;
let base: string;

beforeEach(async () => {
  searched = [];
  // Stands for the app's searchTarget: says what it was asked.
  registerAnonymousSearch((params) => {
    searched.push(params.toString());
    if (params.get("q") === "boom") throw new Error("database is locked");
    return `/senders/found-${params.get("q")}`;
  });
  server = createServer((request, response) => {
    if (serveAnonymousSearch(request, response)) return;
    response.writeHead(303, { location: "/from-next", "x-from": "next" });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  delete (globalThis as Record<symbol, unknown>)[REGISTRY];
  await new Promise((resolve) => server.close(resolve));
});

async function search(path: string, init: RequestInit = {}) {
  const response = await fetch(base + path, { redirect: "manual", ...init });
  return { location: response.headers.get("location"), fromFront: response.headers.get("x-spamtrail-front") === "search", response };
}

describe("the front's answer to anonymous searches", () => {
  it("answers a visitor who is not signed in with the app's search, as the route would", async () => {
    const answer = await search("/senders/search?q=0812%203456%207890&sort=total&note=a?b");
    expect(answer.fromFront).toBe(true);
    expect(answer.response.status).toBe(303);
    expect(answer.location).toBe("/senders/found-0812 3456 7890");
    expect(answer.response.headers.get("cache-control")).toBe("no-store");
    expect(searched).toEqual(["q=0812+3456+7890&sort=total&note=a%3Fb"]);
    expect((await search("/senders/search", { method: "HEAD", headers: { cookie: "spamtrail-locale=en" } })).location).toBe("/senders/found-null");
  });

  it("leaves to Next the signed-in, the client router, other paths and methods", async () => {
    const others: [string, RequestInit][] = [
      ["/senders/search?q=1", { headers: { cookie: "spamtrail-locale=en; next-auth.session-token=abc" } }],
      ["/senders/search?q=1", { headers: { cookie: "__Secure-next-auth.session-token.0=abc" } }],
      ["/senders/search?q=1", { headers: { rsc: "1" } }],
      ["/senders/search?q=1", { headers: { "next-action": "abc" } }],
      ["/senders/search?q=1", { method: "POST", body: "q=1" }],
      ["/senders/search/?q=1", {}],
      ["/senders?q=1", {}],
    ];
    for (const [path, init] of others) {
      const answer = await search(path, init);
      expect(answer.fromFront, `${init.method ?? "GET"} ${path} ${JSON.stringify(init.headers ?? {})}`).toBe(false);
      expect(answer.response.headers.get("x-from")).toBe("next");
    }
    expect(searched).toEqual([]);
  });

  it("leaves the search to Next when the app has not registered it yet or it fails", async () => {
    expect((await search("/senders/search?q=boom")).location).toBe("/from-next");
    expect(searched).toEqual(["q=boom"]);
    delete (globalThis as Record<symbol, unknown>)[REGISTRY];
    expect((await search("/senders/search?q=1")).location).toBe("/from-next");
  });
});
