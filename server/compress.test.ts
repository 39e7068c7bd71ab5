import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { compressAnswers, compressibleType, markActionRequest, withVary } from "./compress.mjs";
import { hashCachedDocuments } from "./security-headers.mjs";

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

/** A server whose answers go through the front's compression, then `answer`. */
async function serve(answer: (request: IncomingMessage, response: ServerResponse) => void, wrap?: (response: ServerResponse) => void): Promise<string> {
  server = createServer((request, response) => {
    compressAnswers(request, response, { idleMs: 20 });
    wrap?.(response);
    answer(request, response);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

type Raw = { status: number; headers: IncomingMessage["headers"]; body: Buffer; arrivals: { at: number; bytes: number }[] };

/** The answer as sent: its bytes not unpacked, and when each piece arrived. */
function get(url: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br" }, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const request = httpRequest(url, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      const arrivals: Raw["arrivals"] = [];
      response.on("data", (chunk: Buffer) => {
        chunks.push(chunk);
        arrivals.push({ at: performance.now() - started, bytes: chunk.length });
      });
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks), arrivals }));
    });
    request.on("error", reject);
    request.end();
  });
}

const text = (size: number) => Array.from({ length: size / 16 }, (_, i) => `line ${String(i).padStart(10, "0")}\n`).join("");

describe("the front's compression", () => {
  it("gzips a streamed answer in one stream: it unpacks to the bytes written, without a flush per chunk", async () => {
    const pieces = Array.from({ length: 80 }, (_, i) => `${i}:${text(512)}`);
    const base = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/x-component", vary: "rsc" });
      for (const piece of pieces) response.write(piece);
      response.end();
    });
    const answer = await get(base);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["content-length"]).toBeUndefined();
    expect(answer.headers.vary).toBe("rsc, Accept-Encoding");
    expect(gunzipSync(answer.body).toString()).toBe(pieces.join(""));
    // Gzipped at once, not as 80 flushed blocks: about the size of one gzip of the whole.
    const { gzipSync } = await import("node:zlib");
    expect(answer.body.length).toBeLessThan(gzipSync(pieces.join("")).length * 1.1);
  });

  it("ends a long answer written by a writer that waits for drain whenever a write returns false", async () => {
    const piece = text(16 * 1024);
    const base = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/x-component" });
      let written = 0;
      const more = () => {
        while (written < 64) {
          written++;
          if (!response.write(piece)) return void response.once("drain", more);
        }
        response.end();
      };
      more();
    });
    const answer = await get(base);
    expect(gunzipSync(answer.body).length).toBe(piece.length * 64);
  });

  it("sends what was written before a pause, so a streamed page arrives piece by piece", async () => {
    let finish!: () => void;
    const later = new Promise<void>((resolve) => (finish = resolve));
    const base = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.write(`<html>${text(4096)}`);
      void later.then(() => response.end("</html>"));
    });
    const pending = get(base);
    // The shell reaches the client while the rest is not written yet.
    await new Promise((resolve) => setTimeout(resolve, 300));
    finish();
    const answer = await pending;
    expect(answer.arrivals.length).toBeGreaterThan(1);
    expect(answer.arrivals[0]!.at).toBeLessThan(answer.arrivals.at(-1)!.at);
    expect(gunzipSync(answer.body).toString()).toBe(`<html>${text(4096)}</html>`);
  });

  it("leaves alone what does not compress, downloads, HEAD, small bodies and clients without gzip", async () => {
    const body = Buffer.from(text(8192));
    const base = await serve((request, response) => {
      const type = new URL(request.url!, "http://x").searchParams.get("type")!;
      const headers: Record<string, string | number> = { "content-type": type, "content-length": body.length };
      if (request.url!.includes("download")) headers["content-disposition"] = 'attachment; filename="e.txt"';
      if (request.url!.includes("small")) {
        response.setHeader("content-type", type);
        return response.end("tiny");
      }
      response.writeHead(200, headers);
      response.end(body);
    });
    for (const type of ["image/webp", "image/png", "application/pdf", "application/zip", "application/octet-stream"]) {
      const answer = await get(`${base}/?type=${encodeURIComponent(type)}`);
      expect(answer.headers["content-encoding"], type).toBeUndefined();
      expect(answer.headers.vary, type).toBeUndefined();
      expect(answer.headers["content-length"], type).toBe(String(body.length));
      expect(answer.body.equals(body), type).toBe(true);
    }
    // Evidence and exports go out as they are, headers unchanged.
    const download = await get(`${base}/download?type=text/plain`);
    expect(download.headers["content-encoding"]).toBeUndefined();
    expect(download.headers.vary).toBeUndefined();
    expect(download.headers["content-length"]).toBe(String(body.length));
    const small = await get(`${base}/small?type=text/plain`);
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.body.toString()).toBe("tiny");
    // A client that does not take gzip gets the raw bytes, and a cache is told they vary.
    for (const encoding of ["identity", "gzip;q=0", "br"]) {
      const plain = await get(`${base}/?type=text/html`, { "accept-encoding": encoding });
      expect(plain.headers["content-encoding"], encoding).toBeUndefined();
      expect(plain.headers.vary, encoding).toBe("Accept-Encoding");
      expect(plain.body.equals(body), encoding).toBe(true);
    }
    const head = await get(`${base}/?type=text/html`, undefined, "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
  });

  it("leaves uncompressed Next's own request for the page an action redirects to, and compresses the action's answer", async () => {
    let forwarded: Record<string, string> = {};
    const base = await serve((request, response) => {
      if (request.method === "POST") {
        markActionRequest(request);
        // As Next: the action's request headers go with its own request for the redirect's target.
        forwarded = Object.fromEntries(Object.entries(request.headers).filter(([name]) => name.startsWith("x-spamtrail")) as [string, string][]);
      }
      response.writeHead(200, { "content-type": "text/x-component" });
      response.end(text(8192));
    });
    const action = await new Promise<IncomingMessage>((resolve) =>
      httpRequest(base, { method: "POST", headers: { "accept-encoding": "gzip" } }, resolve).end(),
    );
    expect(action.headers["content-encoding"]).toBe("gzip");
    action.resume();
    expect((await get(base, { ...forwarded, "accept-encoding": "gzip, deflate" })).headers["content-encoding"]).toBeUndefined();
    expect((await get(base, { "x-spamtrail-inner": "guess", "accept-encoding": "gzip" })).headers["content-encoding"]).toBe("gzip");
  });

  it("leaves an answer already encoded as it is", async () => {
    const { gzipSync } = await import("node:zlib");
    const packed = gzipSync(text(8192));
    const base = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip", "content-length": packed.length });
      response.end(packed);
    });
    const answer = await get(base);
    expect(answer.body.equals(packed)).toBe(true);
    expect(answer.headers["content-length"]).toBe(String(packed.length));
  });

  it("weakens a strong ETag on what it gzips (the bytes differ), and leaves it on what it does not", async () => {
    const body = JSON.stringify({ rows: text(4096) });
    const base = await serve((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", etag: '"abc"' });
      response.end(body);
    });
    expect((await get(base)).headers.etag).toBe('W/"abc"');
    expect((await get(base, {})).headers.etag).toBe('"abc"');
  });

  it("compresses a cached page held for hashing, which sees it as Next wrote it", async () => {
    const page = `<html>${text(8192)}<script>self.page=1</script></html>`;
    let held: Buffer | null = null;
    const base = await serve(
      (_request, response) => {
        response.writeHead(200, { "content-type": "text/html; charset=utf-8", "x-nextjs-cache": "HIT" });
        response.write(page.slice(0, 100));
        response.end(page.slice(100));
      },
      (response) => hashCachedDocuments(response, false, (answer) => (held = answer.body)),
    );
    const answer = await get(base);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["content-security-policy"]).toContain("'sha256-");
    expect(gunzipSync(answer.body).toString()).toBe(page);
    expect(held!.toString()).toBe(page);
  });

  it("knows text-like types and adds Vary names once", () => {
    for (const type of [
      "text/html; charset=utf-8",
      "text/x-component",
      "application/json",
      "application/javascript",
      "image/svg+xml",
      "application/manifest+json",
      "text/css",
    ])
      expect(compressibleType(type), type).toBe(true);
    for (const type of ["image/webp", "application/pdf", "application/zip", "font/woff2", "video/mp4", ""]) expect(compressibleType(type), type).toBe(false);
    expect(withVary(undefined, "Accept-Encoding")).toBe("Accept-Encoding");
    expect(withVary("rsc, accept-encoding", "Accept-Encoding")).toBe("rsc, accept-encoding");
    expect(withVary("*", "Accept-Encoding")).toBe("*");
  });
});
