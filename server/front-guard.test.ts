import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actionBodyDecodes, guardActionBody, isActionRequest, pathDecodes } from "./front-guard.mjs";

describe("pathDecodes", () => {
  it("refuses paths whose percent-encoding does not decode, whatever the query says", () => {
    expect(pathDecodes("/cases/%zz")).toBe(false);
    expect(pathDecodes("/api/evidence/%")).toBe(false);
    expect(pathDecodes("/%E0%A4%A")).toBe(false);
    expect(pathDecodes("/senders/%C3%A9")).toBe(true);
    expect(pathDecodes("/senders?q=%zz")).toBe(true);
    expect(pathDecodes("/a%20b#%")).toBe(true);
  });
});

describe("isActionRequest", () => {
  const request = (method: string, url: string, headers: Record<string, string>) => ({ method, url, headers }) as unknown as IncomingMessage;
  it("is a POST to a page with the action header or a form body, never an /api route", () => {
    expect(isActionRequest(request("POST", "/signup", { "next-action": "x" }))).toBe(true);
    expect(isActionRequest(request("POST", "/signup", { "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isActionRequest(request("POST", "/api/evidence", { "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
    expect(isActionRequest(request("GET", "/signup", { "next-action": "x" }))).toBe(false);
    expect(isActionRequest(request("POST", "/signup", { "content-type": "application/json" }))).toBe(false);
  });
});

describe("actionBodyDecodes", () => {
  const form = (fields: Record<string, string>) => {
    const body =
      Object.entries(fields)
        .map(([name, value]) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
        .join("") + "--b--\r\n";
    return Buffer.from(body);
  };
  it("wants a fetch action's arguments as a JSON array", async () => {
    expect(await actionBodyDecodes(Buffer.from('["a",{"b":1}]'), "text/plain;charset=UTF-8", true)).toBe(true);
    expect(await actionBodyDecodes(Buffer.from("{{{"), "text/plain;charset=UTF-8", true)).toBe(false);
    expect(await actionBodyDecodes(Buffer.from("null"), "text/plain;charset=UTF-8", true)).toBe(false);
    // A reference to a row the body does not carry: React would wait for it, then fail.
    expect(await actionBodyDecodes(Buffer.from('["$@1"]'), "text/plain;charset=UTF-8", true)).toBe(false);
    expect(await actionBodyDecodes(Buffer.from('[{"a":"$Q2"}]'), "text/plain;charset=UTF-8", true)).toBe(false);
    expect(await actionBodyDecodes(Buffer.from('["$nabc"]'), "text/plain;charset=UTF-8", true)).toBe(false);
    expect(await actionBodyDecodes(Buffer.from('["$$1", "$undefined", "$D2026-01-01", "$n12"]'), "text/plain;charset=UTF-8", true)).toBe(true);
    // Without the header Next only renders the page.
    expect(await actionBodyDecodes(Buffer.from("{{{"), "application/x-www-form-urlencoded", false)).toBe(true);
  });
  it("wants multipart that parses, with JSON rows", async () => {
    const type = "multipart/form-data; boundary=b";
    expect(await actionBodyDecodes(form({ "0": '["$K1"]', "1_email": "a@b.c" }), type, true)).toBe(true);
    expect(await actionBodyDecodes(form({ "0": "{{{" }), type, true)).toBe(false);
    expect(await actionBodyDecodes(form({ "0": "null" }), type, true)).toBe(false);
    expect(await actionBodyDecodes(form({ "0": '["$1"]' }), type, true)).toBe(false);
    expect(await actionBodyDecodes(form({ "0": '["$1", "$@a"]', "1": '{"x":1}', "10": "2" }), type, true)).toBe(true);
    expect(await actionBodyDecodes(Buffer.from("--b\r\ngarbage"), type, true)).toBe(false);
    expect(await actionBodyDecodes(form({ $ACTION_ID_x: "" }), type, false)).toBe(true);
  });
});

describe("guardActionBody", () => {
  let server: Server;
  let base: string;
  let handled: { url: string; body: string; length: string | undefined }[];

  beforeEach(async () => {
    handled = [];
    server = createServer((request, response) => {
      void guardActionBody(request, response, 1000).then(async (checked) => {
        if (!checked) return;
        // Stands for Next: reads the request it is given, from the start.
        let body = "";
        for await (const chunk of checked) body += chunk;
        handled.push({ url: checked.url!, body, length: checked.headers["content-length"] });
        response.end("handled");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    fetch(`${base}/signup`, {
      method: "POST",
      headers: { "next-action": "abc", "content-type": "text/plain;charset=UTF-8", ...headers },
      body,
      duplex: "half",
    } as RequestInit);

  it("passes a well-formed body on whole to the handler", async () => {
    const response = await post('["x"]');
    expect(response.status).toBe(200);
    expect(handled).toEqual([{ url: "/signup", body: '["x"]', length: "5" }]);
  });

  it("answers 413 for a body over the limit, declared or streamed, and 400 for one that does not decode", async () => {
    expect((await post("a".repeat(1001))).status).toBe(413);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode("[" + "1,".repeat(150)));
        controller.close();
      },
    });
    expect((await post(chunked)).status).toBe(413);
    const bad = await post("{{{");
    expect(bad.status).toBe(400);
    expect(await bad.text()).not.toMatch(/at .*:\d+/);
    expect(handled).toEqual([]);
  });
});
