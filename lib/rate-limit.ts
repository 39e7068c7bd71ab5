import "server-only";
import type Database from "better-sqlite3";
import { RateLimiterSQLite, type RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db";

/** The operations the app uses of a limiter (rate-limiter-flexible's names and results). */
export type SharedLimiter = {
  consume(key: string, points?: number): Promise<RateLimiterRes>;
  penalty(key: string, points?: number): Promise<RateLimiterRes>;
  get(key: string): Promise<RateLimiterRes | null>;
  delete(key: string): Promise<boolean>;
};

/**
 * A limit counted in the `rate_limits` table of the database every worker opens, so a client
 * spread over workers is counted once (decision 0015). Each consume is one upsert in its own
 * transaction: SQLite's single writer makes it atomic across processes. Expired rows are left
 * to the hourly sweep (`deleteExpiredRateLimits`), not to a timer per limiter.
 *
 * Made on first use and again for another connection: nothing opens the database at import
 * time, and tests that reopen or switch the database get limiters on the new one.
 */
export function sharedLimiter(keyPrefix: string, points: number, durationSeconds: number): SharedLimiter {
  const byConnection = new WeakMap<Database.Database, RateLimiterSQLite>();
  const limiter = () => {
    const client = getDb().$client;
    let made = byConnection.get(client);
    if (!made) byConnection.set(client, (made = limiterOn(client, keyPrefix, points, durationSeconds)));
    return made;
  };
  return {
    consume: (key, taken = 1) => limiter().consume(key, taken),
    penalty: (key, taken = 1) => limiter().penalty(key, taken),
    get: (key) => limiter().get(key),
    delete: (key) => limiter().delete(key),
  };
}

/** A limiter on one better-sqlite3 connection (tests use it to count from two connections). */
export function limiterOn(client: Database.Database, keyPrefix: string, points: number, durationSeconds: number): RateLimiterSQLite {
  return new RateLimiterSQLite({
    storeClient: client,
    storeType: "better-sqlite3",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}
