import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { applyPublicPageHeaders, publicPageHeaders, publicSenderPage, REVALIDATE } from "./cdn-headers.mjs";

const SENDER = "0f8fad5b-d9cb-469f-a165-70867728950e";
const NEXT_ISR = "s-maxage=3600, stale-while-revalidate=31532400";

describe("cache headers of public sender pages", () => {
  it("knows sender pages by address, with the language from the cookie or the address", () => {
    expect(publicSenderPage(`/senders/${SENDER}`)).toEqual({ senderId: SENDER, languageFromCookie: true });
    expect(publicSenderPage(`/en/senders/${SENDER}`)).toEqual({ senderId: SENDER, languageFromCookie: false });
    expect(publicSenderPage(`/id/senders/${SENDER}?from=search`)).toEqual({ senderId: SENDER, languageFromCookie: false });
    expect(publicSenderPage("/senders")).toBeNull();
    expect(publicSenderPage(`/senders/${SENDER}/reports`)).toBeNull();
  });

  it("without a purge, every cache must revalidate; the cookie's language varies the page", () => {
    expect(publicPageHeaders({ senderId: SENDER, languageFromCookie: true }, { purged: false, vary: "rsc, Accept-Encoding" })).toEqual({
      "cache-control": "public, max-age=0, must-revalidate",
      vary: "rsc, Accept-Encoding, Cookie",
    });
    // The address names the language: no cookie to vary on (a CDN keyed on Cookie would miss for everyone with any cookie).
    expect(publicPageHeaders({ senderId: SENDER, languageFromCookie: false }, { purged: false })).toEqual({
      "cache-control": REVALIDATE,
      vary: "Accept-Encoding",
    });
  });

  it("with a purge, the edge alone keeps the page an hour, tagged with its sender", () => {
    const headers = publicPageHeaders({ senderId: SENDER, languageFromCookie: false }, { purged: true });
    expect(headers["cache-control"]).toBe(REVALIDATE);
    expect(headers["cdn-cache-control"]).toBe("public, max-age=3600");
    expect(headers["surrogate-key"]).toBe(`sender-${SENDER}`);
  });
});

describe("Next's answer on its way out", () => {
  let server: Server | undefined;
  afterEach(async () => {
    if (server) await new Promise((resolve) => server!.close(resolve));
    server = undefined;
  });

  async function answer(path: string, status: number, cacheControl: string, purged = false, withWriteHead = true) {
    server = createServer((request, response) => {
      applyPublicPageHeaders(request, response, { purged });
      response.setHeader("vary", "rsc");
      if (withWriteHead) response.writeHead(status, { "cache-control": cacheControl, "content-type": "text/html" });
      else {
        response.statusCode = status;
        response.setHeader("cache-control", cacheControl);
      }
      response.end("page");
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    await response.text();
    return { headers: response.headers };
  }

  it("replaces Next's year-long stale-while-revalidate on a sender page, whichever way the head is written", async () => {
    for (const withWriteHead of [true, false]) {
      const { headers } = await answer(`/senders/${SENDER}`, 200, NEXT_ISR, false, withWriteHead);
      expect(headers.get("cache-control")).toBe(REVALIDATE);
      expect(headers.get("vary")).toBe("rsc, Accept-Encoding, Cookie");
      expect(headers.get("surrogate-key")).toBeNull();
      await new Promise((resolve) => server!.close(resolve));
      server = undefined;
    }
  });

  it("tags a per-language address for the purge when one is configured", async () => {
    const { headers } = await answer(`/id/senders/${SENDER}`, 200, NEXT_ISR, true);
    expect(headers.get("cache-control")).toBe(REVALIDATE);
    expect(headers.get("cdn-cache-control")).toBe("public, max-age=3600");
    expect(headers.get("surrogate-key")).toBe(`sender-${SENDER}`);
    expect(headers.get("vary")).toBe("rsc, Accept-Encoding");
  });

  it("leaves answers Next does not share (404s, other pages) as they are", async () => {
    const notFound = await answer(`/senders/${SENDER}`, 404, "private, no-cache, no-store, max-age=0, must-revalidate", true);
    expect(notFound.headers.get("cache-control")).toBe("private, no-cache, no-store, max-age=0, must-revalidate");
    expect(notFound.headers.get("surrogate-key")).toBeNull();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const other = await answer("/senders", 200, NEXT_ISR, true);
    expect(other.headers.get("cache-control")).toBe(NEXT_ISR);
  });
});
