import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import type { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { deleteExpiredRateLimits } from "@/db/queries/rate-limits";
import { closeDb, getDb } from "@/db";
import { env } from "./env";
import { limiterOn, limiterOnRedis, sharedLimiter, type SharedLimiter } from "./rate-limit";
import { connectRedis } from "./redis";
import { startRedisServer } from "./testing/redis-server";
import { serviceAvailable } from "./testing/services";
import { onPostgres } from "./testing/dialect";

const opened: Database.Database[] = [];
/** Another worker's connection to the same file. */
function otherWorker(): Database.Database {
  getDb();
  const connection = new Database(env.DATABASE_PATH);
  connection.pragma("busy_timeout = 5000");
  opened.push(connection);
  return connection;
}
afterEach(() => {
  for (const connection of opened.splice(0)) connection.close();
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof RateLimiterRes ? error : Promise.reject(error)),
  );

/** Two workers' limiters on one store: two connections to the SQLite file, or two Redis clients. */
type Store = { name: string; pair(prefix: string, points: number, duration: number): [SharedLimiter, SharedLimiter] };

const sqliteStore: Store = {
  name: "SQLite",
  // This worker's limiter writes on its write connection (getDb() only reads), as the app's does.
  pair: (prefix, points, duration) => [sharedLimiter(prefix, points, duration), limiterOn(otherWorker(), prefix, points, duration)],
};

const redisAvailable = serviceAvailable("redis-server");
const redisClients: Redis[] = [];
let redisServer: Awaited<ReturnType<typeof startRedisServer>> | undefined;
beforeAll(async () => {
  if (!redisAvailable) return;
  redisServer = await startRedisServer();
  redisClients.push(await connectRedis(redisServer.url), await connectRedis(redisServer.url));
});
afterAll(async () => {
  for (const client of redisClients.splice(0)) client.disconnect();
  await redisServer?.close();
});
const redisStore: Store = {
  name: "Redis",
  pair: (prefix, points, duration) => [limiterOnRedis(redisClients[0]!, prefix, points, duration), limiterOnRedis(redisClients[1]!, prefix, points, duration)],
};

describe.each([
  // SQLite only: its second worker is a second connection on the file.
  { store: sqliteStore, skip: onPostgres },
  { store: redisStore, skip: !redisAvailable },
])("limits shared by workers ($store.name)", ({ store, skip }) => {
  it.skipIf(skip)("counts consumes from two workers exactly, and refuses at the attempt past the limit in either", async () => {
    const [first, second] = store.pair(`two-${randomUUID()}`, 5, 60);
    const consumed: number[] = [];
    for (const limiter of [first, second, first, second, first]) consumed.push((await limiter.consume("client")).consumedPoints);
    expect(consumed).toEqual([1, 2, 3, 4, 5]);
    const refused = await refusal(second.consume("client"));
    expect(refused).toMatchObject({ consumedPoints: 6, remainingPoints: 0 });
    expect(await refusal(first.consume("client"))).toMatchObject({ consumedPoints: 7 });
    // Another client has its own count.
    expect((await second.consume("other")).consumedPoints).toBe(1);
  });

  it.skipIf(skip)("counts concurrent consumes from two workers without losing one", async () => {
    const limiters = store.pair(`race-${randomUUID()}`, 100, 60);
    await Promise.all(Array.from({ length: 80 }, (_, i) => limiters[i % 2]!.consume("client")));
    expect((await limiters[1]!.get("client"))?.consumedPoints).toBe(80);
  });

  it.skipIf(skip)("gives a penalty and a delete to the other worker too", async () => {
    const [first, second] = store.pair(`penalty-${randomUUID()}`, 5, 60);
    await first.consume("client");
    await second.penalty("client", 3);
    expect((await first.get("client"))?.consumedPoints).toBe(4);
    expect(await second.delete("client")).toBe(true);
    expect(await first.get("client")).toBeNull();
  });

  it.skipIf(skip)("measures a consume (printed, not asserted)", async () => {
    const [limiter] = store.pair(`bench-${randomUUID()}`, 1_000_000, 60);
    const rounds = 3000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) await limiter.consume(`key-${i % 200}`);
    const microseconds = Number(process.hrtime.bigint() - started) / 1000 / rounds;
    console.log(`rate limit consume (${store.name}): ${microseconds.toFixed(1)} µs`);
  });
});

describe("limits shared by workers", () => {
  it("follows the database when it is reopened, and the sweep drops closed windows only", async () => {
    const limiter = sharedLimiter(`reopen-${randomUUID()}`, 2, 60);
    await limiter.consume("client");
    closeDb();
    expect((await limiter.consume("client")).consumedPoints).toBe(2);

    const gone = sharedLimiter(`gone-${randomUUID()}`, 2, 1);
    await gone.consume("client");
    expect(await deleteExpiredRateLimits(new Date(Date.now() + 2000))).toBeGreaterThanOrEqual(1);
    expect(await gone.get("client")).toBeNull();
    expect((await limiter.get("client"))?.consumedPoints).toBe(2);
  });
});
