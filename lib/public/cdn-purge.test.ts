import { describe, expect, it, vi } from "vitest";
import { purgeCdn, purgeRequest } from "./cdn-purge";

const A = "0f8fad5b-d9cb-469f-a165-70867728950e";
const B = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("CDN purge", () => {
  it("names each sender's tag and its addresses in every language, once", () => {
    expect(purgeRequest([A, A, B])).toEqual({
      surrogateKeys: [`sender-${A}`, `sender-${B}`],
      paths: [`/senders/${A}`, `/id/senders/${A}`, `/en/senders/${A}`, `/senders/${B}`, `/id/senders/${B}`, `/en/senders/${B}`],
    });
  });

  it("sends one POST, retried with growing waits until a 2xx", async () => {
    const answers = [new Error("refused"), 503, 502, 200];
    const calls: RequestInit[] = [];
    const send = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      calls.push(init!);
      const next = answers.shift()!;
      if (next instanceof Error) throw next;
      return new Response(null, { status: next });
    });
    const waits: number[] = [];
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const purged = await purgeCdn("http://cdn.test/purge", [A], { fetch: send as typeof fetch, wait: async (ms) => void waits.push(ms) });
    quiet.mockRestore();
    expect(purged).toBe(true);
    expect(send).toHaveBeenCalledTimes(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(calls[0]!.method).toBe("POST");
    expect(JSON.parse(String(calls[3]!.body))).toEqual(purgeRequest([A]));
  });

  it("gives up once the edge has dropped the page by itself, without throwing", async () => {
    let now = 0;
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const purged = await purgeCdn("http://cdn.test/purge", [A], {
      fetch: (async () => new Response(null, { status: 500 })) as typeof fetch,
      wait: async (ms) => void (now += ms),
      now: () => now,
    });
    quiet.mockRestore();
    expect(purged).toBe(false);
    expect(now).toBeLessThanOrEqual(3600 * 1000);
  });
});
