import { afterEach, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { randomUUID } from "node:crypto";
import { RateLimiterRes } from "rate-limiter-flexible";
import { deleteExpiredRateLimits } from "@/db/queries/rate-limits";
import { closeDb, getDb } from "@/db";
import { env } from "./env";
import { limiterOn, sharedLimiter } from "./rate-limit";

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

describe("limits shared by workers", () => {
  it("counts consumes from two connections on one file exactly, and refuses at the attempt past the limit in either", async () => {
    const prefix = `two-${randomUUID()}`;
    const first = limiterOn(getDb().$client, prefix, 5, 60);
    const second = limiterOn(otherWorker(), prefix, 5, 60);
    const consumed: number[] = [];
    for (const limiter of [first, second, first, second, first]) consumed.push((await limiter.consume("client")).consumedPoints);
    expect(consumed).toEqual([1, 2, 3, 4, 5]);
    const refused = await refusal(second.consume("client"));
    expect(refused).toMatchObject({ consumedPoints: 6, remainingPoints: 0 });
    expect(await refusal(first.consume("client"))).toMatchObject({ consumedPoints: 7 });
    // Another client has its own count.
    expect((await second.consume("other")).consumedPoints).toBe(1);
  });

  it("counts concurrent consumes from two connections without losing one", async () => {
    const prefix = `race-${randomUUID()}`;
    const limiters = [limiterOn(getDb().$client, prefix, 100, 60), limiterOn(otherWorker(), prefix, 100, 60)];
    await Promise.all(Array.from({ length: 80 }, (_, i) => limiters[i % 2]!.consume("client")));
    expect((await limiters[1]!.get("client"))?.consumedPoints).toBe(80);
  });

  it("follows the database when it is reopened, and the sweep drops closed windows only", async () => {
    const limiter = sharedLimiter(`reopen-${randomUUID()}`, 2, 60);
    await limiter.consume("client");
    closeDb();
    expect((await limiter.consume("client")).consumedPoints).toBe(2);

    const gone = sharedLimiter(`gone-${randomUUID()}`, 2, 1);
    await gone.consume("client");
    expect(deleteExpiredRateLimits(new Date(Date.now() + 2000))).toBeGreaterThanOrEqual(1);
    expect(await gone.get("client")).toBeNull();
    expect((await limiter.get("client"))?.consumedPoints).toBe(2);
  });
});
