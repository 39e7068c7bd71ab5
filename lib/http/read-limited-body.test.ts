import { describe, expect, it } from "vitest";
import { readLimitedBody } from "./read-limited-body";

const MB = 1024 * 1024;

/** A body that makes its bytes only when read, and counts how many were asked for. */
function lazyBody(totalBytes: number) {
  let produced = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= totalBytes) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, totalBytes - produced));
      produced += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, produced: () => produced };
}

const post = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/evidence", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("readLimitedBody", () => {
  it("refuses a declared 100 MB body without reading it", async () => {
    const body = lazyBody(100 * MB);
    expect(await readLimitedBody(post(body.stream, { "content-length": String(100 * MB) }), 10 * MB)).toEqual({ ok: false, error: "tooLarge" });
    expect(body.produced()).toBeLessThanOrEqual(64 * 1024 * 2);
  });

  it("stops a 100 MB body with no declared length soon after the limit", async () => {
    const body = lazyBody(100 * MB);
    expect(await readLimitedBody(post(body.stream), 10 * MB)).toEqual({ ok: false, error: "tooLarge" });
    expect(body.produced()).toBeGreaterThan(10 * MB);
    expect(body.produced()).toBeLessThan(11 * MB);
  });

  it("reads a body at exactly the limit, and refuses an empty one", async () => {
    const result = await readLimitedBody(post(lazyBody(2 * MB).stream), 2 * MB);
    expect(result.ok && result.bytes.byteLength).toBe(2 * MB);
    expect(await readLimitedBody(post(""), 2 * MB)).toEqual({ ok: false, error: "empty" });
  });
});
