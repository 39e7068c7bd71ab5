import { existsSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startBalancer } from "./nginx";
import { serviceAvailable } from "./services";
import { freePort } from "./ports";

type Upstream = { name: string; address: string; close: () => Promise<void> };

/** A server that answers with its name and what nginx told it about the client. */
async function upstream(name: string): Promise<Upstream> {
  const server = http.createServer((request, response) => {
    let bytes = 0;
    request.on("data", (chunk: Buffer) => (bytes += chunk.length));
    request.on("end", () => {
      response.setHeader("x-upstream", name);
      response.end(JSON.stringify({ bytes, forwardedFor: request.headers["x-forwarded-for"], host: request.headers.host }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name,
    address: `127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function send(url: string, body?: Buffer): Promise<{ status: number; upstream: string | undefined; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: body ? "POST" : "GET", agent: false }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          upstream: response.headers["x-upstream"] as string | undefined,
          json: text.startsWith("{") ? JSON.parse(text) : {},
        }),
      );
    });
    request.on("error", reject);
    request.end(body);
  });
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe.skipIf(!serviceAvailable("nginx"))("startBalancer", () => {
  it("takes turns between its servers, skips one that is down, passes the client's address and large bodies, and leaves nothing behind", async () => {
    const a = await upstream("a");
    const b = await upstream("b");
    cleanups.push(a.close);
    const port = await freePort();
    const balancer = await startBalancer({ port, upstreams: [a.address, b.address] });
    cleanups.push(balancer.close);

    const turns = [];
    for (let i = 0; i < 4; i++) turns.push((await send(`${balancer.url}/`)).upstream);
    expect([...turns].sort()).toEqual(["a", "a", "b", "b"]);
    expect(turns[0]).not.toBe(turns[1]);

    const upload = await send(`${balancer.url}/upload`, Buffer.alloc(5 * 1024 * 1024));
    expect(upload.status).toBe(200);
    expect(upload.json).toMatchObject({ bytes: 5 * 1024 * 1024, forwardedFor: "127.0.0.1", host: `127.0.0.1:${port}` });

    await b.close();
    for (let i = 0; i < 4; i++) expect(await send(`${balancer.url}/`)).toMatchObject({ status: 200, upstream: "a" });

    cleanups.pop();
    await balancer.close();
    expect(existsSync(balancer.directory)).toBe(false);
    await expect(send(`${balancer.url}/`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
