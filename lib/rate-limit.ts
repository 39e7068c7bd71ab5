import "server-only";
import type Database from "better-sqlite3";
import type { Redis } from "ioredis";
import type { Pool } from "pg";
import { RateLimiterPostgres, RateLimiterRedis, RateLimiterSQLite, type RateLimiterRes } from "rate-limiter-flexible";
import { postgresPool, withWriteClient } from "@/db";
import { DIALECT } from "@/db/dialect";
import { getRedis, usesRedis } from "./redis";

/** The operations the app uses of a limiter (rate-limiter-flexible's names and results). */
export type SharedLimiter = {
  consume(key: string, points?: number): Promise<RateLimiterRes>;
  penalty(key: string, points?: number): Promise<RateLimiterRes>;
  get(key: string): Promise<RateLimiterRes | null>;
  delete(key: string): Promise<boolean>;
};

/**
 * A limit counted in Redis when REDIS_URL is set (servers on several machines, decision 0019):
 * each consume is one Lua script, atomic in Redis, and a window's key expires with it.
 * Otherwise a limit counted in the `rate_limits` table of the database every worker opens, so a client
 * spread over workers is counted once (decision 0015). Each consume is one upsert in its own
 * transaction: SQLite's single writer makes it atomic across processes. Expired rows are left
 * to the hourly sweep (`deleteExpiredRateLimits`), not to a timer per limiter. On PostgreSQL the
 * same table: each consume is one `insert … on conflict do update`, atomic on its own, on the pool
 * (not in the caller's transaction, which SQLite's single connection makes it join).
 *
 * Made on first use and again for another connection: nothing opens the database at import
 * time, and tests that reopen or switch the database get limiters on the new one.
 */
export function sharedLimiter(keyPrefix: string, points: number, durationSeconds: number): SharedLimiter {
  if (usesRedis()) return redisLimiter(keyPrefix, points, durationSeconds);
  if (DIALECT === "postgresql") return postgresLimiter(keyPrefix, points, durationSeconds);
  const byConnection = new WeakMap<Database.Database, RateLimiterSQLite>();
  const limiter = (client: Database.Database) => {
    let made = byConnection.get(client);
    if (!made) byConnection.set(client, (made = limiterOn(client, keyPrefix, points, durationSeconds)));
    return made;
  };
  // On the write connection, in this process's writer turn: a consume is an upsert (db/index.ts).
  return {
    consume: (key, taken = 1) => withWriteClient((client) => limiter(client).consume(key, taken)),
    penalty: (key, taken = 1) => withWriteClient((client) => limiter(client).penalty(key, taken)),
    get: (key) => withWriteClient((client) => limiter(client).get(key)),
    delete: (key) => withWriteClient((client) => limiter(client).delete(key)),
  };
}

/** The app's migrated `rate_limits` table, swept hourly (deleteExpiredRateLimits), not by a timer per limiter. */
const inTable = (keyPrefix: string, points: number, duration: number) =>
  ({ tableName: "rate_limits", tableCreated: true, clearExpiredByTimeout: false, keyPrefix, points, duration }) as const;

/** A limiter on one better-sqlite3 connection (tests use it to count from two connections). */
export function limiterOn(client: Database.Database, keyPrefix: string, points: number, durationSeconds: number): RateLimiterSQLite {
  return new RateLimiterSQLite({ storeClient: client, storeType: "better-sqlite3", ...inTable(keyPrefix, points, durationSeconds) });
}

/**
 * A limiter on a PostgreSQL pool (tests use it to count from two pools). The `rate_limits` table
 * is the app's (db/schema-pg.ts, migrated): key, points, expire in epoch milliseconds, as the
 * library's own table would have them.
 */
export function limiterOnPostgres(pool: Pool, keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  return new RateLimiterPostgres({ storeClient: pool, storeType: "pool", ...inTable(keyPrefix, points, durationSeconds) });
}

/** Made on first use and again for another pool (tests that reopen the database), as on SQLite. */
function postgresLimiter(keyPrefix: string, points: number, durationSeconds: number): SharedLimiter {
  const byPool = new WeakMap<Pool, RateLimiterPostgres>();
  const limiter = () => {
    const pool = postgresPool();
    let made = byPool.get(pool);
    if (!made) byPool.set(pool, (made = limiterOnPostgres(pool, keyPrefix, points, durationSeconds)));
    return made;
  };
  return {
    consume: (key, taken = 1) => limiter().consume(key, taken),
    penalty: (key, taken = 1) => limiter().penalty(key, taken),
    get: (key) => limiter().get(key),
    delete: (key) => limiter().delete(key),
  };
}

/** A limiter on a Redis client (tests use it to count from two clients). */
export function limiterOnRedis(client: Redis, keyPrefix: string, points: number, durationSeconds: number): RateLimiterRedis {
  return new RateLimiterRedis({ storeClient: client, keyPrefix: `rl:${keyPrefix}`, points, duration: durationSeconds });
}

function redisLimiter(keyPrefix: string, points: number, durationSeconds: number): SharedLimiter {
  let made: Promise<RateLimiterRedis> | undefined;
  const limiter = () =>
    (made ??= getRedis().then(
      (client) => limiterOnRedis(client, keyPrefix, points, durationSeconds),
      (error: unknown) => {
        made = undefined;
        throw error;
      },
    ));
  return {
    consume: async (key, taken = 1) => (await limiter()).consume(key, taken),
    penalty: async (key, taken = 1) => (await limiter()).penalty(key, taken),
    get: async (key) => (await limiter()).get(key),
    delete: async (key) => (await limiter()).delete(key),
  };
}
