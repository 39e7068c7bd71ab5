import { afterEach, describe, expect, it, vi } from "vitest";
import { loadEnv } from "./testing/env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("INSTANCE_NAME", () => {
  it("names a server behind a balancer with a plain token", async () => {
    expect((await loadEnv({ INSTANCE_NAME: "web-2.eu_1" })).INSTANCE_NAME).toBe("web-2.eu_1");
    expect((await loadEnv({})).INSTANCE_NAME).toBeUndefined();
  });

  // The name goes into every answer's X-Spamtrail-Instance header: nothing that could break or split it.
  it("refuses a name that is not a header-safe token", async () => {
    for (const name of ["web 1", "web\r\nset-cookie: x=1", "", "x".repeat(65)])
      await expect(loadEnv({ INSTANCE_NAME: name }), JSON.stringify(name)).rejects.toThrow(/INSTANCE_NAME must be/);
  });
});
