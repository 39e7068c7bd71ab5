import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadEnv } from "./testing/env";
import type { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { startRedisServer } from "./testing/redis-server";
import { serviceAvailable } from "./testing/services";

afterEach(() => {
  vi.unstubAllEnvs();
});

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("REDIS_URL", () => {
  it("is optional, and must be a redis:// or rediss:// address", async () => {
    expect((await loadEnv({})).REDIS_URL).toBeUndefined();
    expect((await loadEnv({ REDIS_URL: "redis://:secret@127.0.0.1:6379/0" })).REDIS_URL).toBe("redis://:secret@127.0.0.1:6379/0");
    expect((await loadEnv({ REDIS_URL: "rediss://cache.example:6380" })).REDIS_URL).toBe("rediss://cache.example:6380");
    await expect(loadEnv({ REDIS_URL: "localhost:6379" })).rejects.toThrow(/REDIS_URL must look like redis:\/\//);
    await expect(loadEnv({ REDIS_URL: "http://127.0.0.1:6379" })).rejects.toThrow(/REDIS_URL must look like/);
  });

  it("that cannot be reached fails its first use with a clear message, without the password, instead of hanging", async () => {
    const port = await closedPort();
    await loadEnv({ REDIS_URL: `redis://:hunter2@127.0.0.1:${port}` });
    const { getRedis } = await import("./redis");
    const failure = await getRedis().then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect(failure?.message).toMatch(new RegExp(`Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port} could not be reached \\(REDIS_URL\\)`));
    expect(failure?.message).not.toContain("hunter2");
  });
});

const redisAvailable = serviceAvailable("redis-server");

describe.skipIf(!redisAvailable)("with REDIS_URL set", () => {
  let server: Awaited<ReturnType<typeof startRedisServer>>;
  let observer: Redis;
  beforeAll(async () => {
    server = await startRedisServer();
    const { connectRedis } = await import("./redis");
    observer = await connectRedis(server.url);
  });
  afterAll(async () => {
    observer?.disconnect();
    await server?.close();
  });

  it("counts rate limits, holds leases and tells page expiries in Redis, not in the database", async () => {
    await loadEnv({ REDIS_URL: server.url });
    const { sharedLimiter } = await import("./rate-limit");
    const { withLease } = await import("./jobs/lease");
    const { expireSenderPages } = await import("./public/page-cache");
    const { getDb, writeTransaction } = await import("@/db");
    const { pageExpiries, rateLimits } = await import("@/db/tables");
    const { like } = await import("drizzle-orm");
    const { getRedis } = await import("./redis");

    const prefix = `env-${randomUUID()}`;
    const limiter = sharedLimiter(prefix, 3, 60);
    await limiter.consume("client");
    await limiter.consume("client");
    expect(Number(await observer.get(`rl:${prefix}:client`))).toBe(2);
    // No row in the database's table.
    expect(await getDb().$count(rateLimits, like(rateLimits.key, `${prefix}%`))).toBe(0);

    const name = `job-${randomUUID()}`;
    let heldInRedis = false;
    await withLease(name, 60_000, async () => {
      heldInRedis = (await observer.exists(`lease:${name}`)) === 1;
    });
    expect(heldInRedis).toBe(true);
    expect(await observer.exists(`lease:${name}`)).toBe(0);

    const subscriber = observer.duplicate();
    const heard: string[] = [];
    subscriber.on("message", (_channel: string, message: string) => heard.push(message));
    await subscriber.subscribe("spamtrail:page-expiries");
    const before = await getDb().$count(pageExpiries);
    const sender = randomUUID();
    await writeTransaction(async (tx) => expireSenderPages(tx, [sender]));
    await (await import("../server/answer-hold.mjs")).publishesSettled();
    while (heard.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(JSON.parse(heard[0]!)).toMatchObject({ senderIds: [sender] });
    expect(await getDb().$count(pageExpiries)).toBe(before);
    subscriber.disconnect();
    (await getRedis()).disconnect();
  });
});
