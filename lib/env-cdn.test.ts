import { afterEach, describe, expect, it, vi } from "vitest";
import { loadEnv } from "./testing/env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("CDN_PURGE_URL", () => {
  it("is an http(s) address, or unset (then no cache outside the app keeps sender pages)", async () => {
    expect((await loadEnv({ CDN_PURGE_URL: "https://cdn.example/purge" })).CDN_PURGE_URL).toBe("https://cdn.example/purge");
    expect((await loadEnv({})).CDN_PURGE_URL).toBeUndefined();
  });

  it("refuses anything else at the start, naming the variable", async () => {
    for (const value of ["cdn.example/purge", "ftp://cdn.example/purge"])
      await expect(loadEnv({ CDN_PURGE_URL: value }), value).rejects.toThrow(/CDN_PURGE_URL must look like/);
  });
});
