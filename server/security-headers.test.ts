import { createHash } from "node:crypto";
import { createServer, type Server, type ServerResponse, type IncomingMessage } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyNoncePolicy, baseSecurityHeaders, contentSecurityPolicy, hashCachedDocuments, inlineScriptHashes, servedOverHttps } from "./security-headers.mjs";

const sha = (text: string) => createHash("sha256").update(text).digest("base64");
// The compression Next puts above the app's answers (next/dist/server/lib/router-server.js).
const compression = createRequire(import.meta.url)("next/dist/compiled/compression")() as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

describe("policies", () => {
  it("lets only the app's scripts run, frames nothing, evaluates no strings", () => {
    const policy = contentSecurityPolicy({ nonce: "abc", https: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ hashes: ["x", "y"], https: true })).toMatch(/script-src 'self' 'sha256-x' 'sha256-y';.*upgrade-insecure-requests$/);
  });

  it("sends HSTS only when the public address is https", () => {
    expect(servedOverHttps("https://spamtrail.example")).toBe(true);
    expect(servedOverHttps("http://localhost:3000")).toBe(false);
    expect(servedOverHttps(undefined)).toBe(false);
    expect(baseSecurityHeaders({ https: true })["strict-transport-security"]).toBe("max-age=31536000");
    expect(baseSecurityHeaders({ https: false })).not.toHaveProperty("strict-transport-security");
    expect(baseSecurityHeaders({ https: false })).toMatchObject({ "x-content-type-options": "nosniff", "referrer-policy": "same-origin" });
  });

  it("hashes each inline script's text as the browser does, not scripts with src", () => {
    const html = `<script nonce="n">self.__next_f.push([1,"a"])</script><script src="/_next/a.js" async></script><script>\r\nx()\r\n</script><SCRIPT type="module">y</SCRIPT >`;
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"a"])'), sha("\nx()\n"), sha("y")]);
  });
});

describe("answers of Next's server", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server standing for Next: the wrapper below, Next's compression above, then the app's answer. */
  async function serve(answer: (response: ServerResponse) => void) {
    server = createServer((request, response) => {
      // As server/server.mjs: every answer starts with the front's own policy.
      response.setHeader("content-security-policy", "default-src 'none'; frame-ancestors 'none'");
      applyNoncePolicy(request, response, false);
      hashCachedDocuments(response, false);
      compression(request, response, () => {});
      response.setHeader("x-request-policy", String(request.headers["content-security-policy"]));
      answer(response);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  it("gives a cached page the hashes of its scripts, gzipped or not", async () => {
    const page = `<html><body>${"<p>cached</p>".repeat(200)}<script>self.__next_f.push([1])</script></body></html>`;
    const base = await serve((response) => {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader("x-nextjs-cache", "HIT");
      response.end(page);
    });
    for (const encoding of ["gzip", "identity"]) {
      const response = await fetch(base, { headers: { "accept-encoding": encoding } });
      expect(await response.text()).toBe(page);
      expect(response.headers.get("content-encoding") ?? "identity").toBe(encoding);
      const policy = response.headers.get("content-security-policy")!;
      expect(policy).toContain(`script-src 'self' 'sha256-${sha("self.__next_f.push([1])")}';`);
      expect(policy).not.toContain("nonce");
    }
  });

  it("gives a page rendered per request the nonce Next was handed, and streams it", async () => {
    const base = await serve((response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.write("<html>");
      setImmediate(() => response.end("</html>"));
    });
    const response = await fetch(base);
    expect(await response.text()).toBe("<html></html>");
    const policy = response.headers.get("content-security-policy")!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}';/);
    expect(response.headers.get("x-request-policy")).toBe(policy);
  });

  it("keeps a route's own policy (evidence files), also when the route only adds headers not already there, as Next does", async () => {
    const own = "default-src 'none'; sandbox";
    const base = await serve((response) => {
      if (!response.hasHeader("content-security-policy")) response.setHeader("content-security-policy", own);
      response.setHeader("content-type", "image/png");
      response.end("png");
    });
    expect((await fetch(base)).headers.get("content-security-policy")).toBe(own);
    const viaWriteHead = await serve((response) => {
      response.writeHead(200, { "Content-Security-Policy": own, "content-type": "image/png" });
      response.end("png");
    });
    expect((await fetch(viaWriteHead)).headers.get("content-security-policy")).toBe(own);
  });
});

describe("the OCR worker's files", () => {
  it("have the only policy that allows compiling WebAssembly", async () => {
    const { OCR_WORKER_POLICY, contentSecurityPolicy } = await import("./security-headers.mjs");
    expect(OCR_WORKER_POLICY).toContain("'wasm-unsafe-eval'");
    expect(OCR_WORKER_POLICY).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n", https: false })).not.toContain("wasm-unsafe-eval");
  });
});
