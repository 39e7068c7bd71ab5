import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveAnonymousViewer } from "./front-viewer.mjs";

let server: Server;
let base: string;

beforeAll(async () => {
  // As server/server.mjs: the front first, then Next (here a stand-in that names itself).
  server = createServer((request, response) => {
    if (serveAnonymousViewer(request, response)) return;
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ from: "next" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the front's answer to /api/viewer", () => {
  it("tells a visitor without a session what the route would, uncached", async () => {
    const response = await fetch(`${base}/api/viewer`, { headers: { cookie: "spamtrail-locale=en" } });
    expect(response.headers.get("x-spamtrail-front")).toBe("viewer");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ role: null, unread: 0 });
  });

  it("leaves anyone with a session cookie, valid or not, to Next", async () => {
    for (const cookie of ["next-auth.session-token=abc", "__Secure-next-auth.session-token=abc", "a=1; next-auth.session-token.0=abc"]) {
      const response = await fetch(`${base}/api/viewer`, { headers: { cookie } });
      expect(await response.json(), cookie).toEqual({ from: "next" });
    }
  });

  it("leaves other paths and methods to Next", async () => {
    expect(await (await fetch(`${base}/api/viewers`)).json()).toEqual({ from: "next" });
    expect(await (await fetch(`${base}/api/viewer`, { method: "POST" })).json()).toEqual({ from: "next" });
  });
});
