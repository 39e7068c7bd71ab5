import "server-only";
import type { Redis } from "ioredis";
import { dropLease, isLeaseHeld, releaseLease, renewLease, takeLease } from "@/db/queries/job-leases";
import { getRedis, usesRedis } from "../redis";

/**
 * Where job leases live: the `job_leases` table of the SQLite file every worker of one machine
 * opens (decision 0015), or Redis when servers run on several machines (REDIS_URL, decision
 * 0019). A lease is held by one holder at a time until it runs out, and only its holder renews
 * or gives it back.
 */
export type LeaseStore = {
  /** Takes the lease for `ttlMs`, when nobody holds it, its lease ran out, or `holder` holds it already. */
  take(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Extends the holder's lease; false when it ran out and another holder took it (or nobody has it). */
  renew(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease back, if `holder` still holds it; `finished` records a completed run. */
  release(name: string, holder: string, finished: boolean): Promise<void>;
  /** Removes a one-off job's lease once it ends (an import's). */
  drop(name: string, holder: string): Promise<void>;
  /** Whether some holder has the lease now (in any process). */
  isHeld(name: string): Promise<boolean>;
};

export const sqliteLeases: LeaseStore = {
  take: async (name, holder, ttlMs) => {
    const now = Date.now();
    return takeLease(name, holder, new Date(now), new Date(now + ttlMs));
  },
  renew: async (name, holder, ttlMs) => renewLease(name, holder, new Date(Date.now() + ttlMs)),
  release: async (name, holder, finished) => releaseLease(name, holder, finished ? new Date() : null),
  drop: async (name, holder) => dropLease(name, holder),
  isHeld: async (name) => isLeaseHeld(name, new Date()),
};

// SET NX PX takes a free lease; the holder taking it again extends it (as the SQLite table does).
const TAKE = `if redis.call('set', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('get', KEYS[1]) == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end
return 0`;
// Compare and set, compare and delete: a holder whose lease ran out must not touch its successor's.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end
return 0`;

const leaseKey = (name: string) => `lease:${name}`;

/** Leases as Redis keys holding the holder, expiring with the lease. */
export function redisLeases(client: Redis | (() => Promise<Redis>)): LeaseStore {
  const redis = typeof client === "function" ? client : async () => client;
  const run = async (script: string, name: string, ...args: (string | number)[]) => Number(await (await redis()).eval(script, 1, leaseKey(name), ...args));
  return {
    take: async (name, holder, ttlMs) => (await run(TAKE, name, holder, Math.max(1, Math.round(ttlMs)))) === 1,
    renew: async (name, holder, ttlMs) => (await run(RENEW, name, holder, Math.max(1, Math.round(ttlMs)))) === 1,
    release: async (name, holder) => void (await run(RELEASE, name, holder)),
    drop: async (name, holder) => void (await run(RELEASE, name, holder)),
    isHeld: async (name) => (await (await redis()).exists(leaseKey(name))) === 1,
  };
}

let redisStore: LeaseStore | undefined;

/** The process's lease store: Redis with REDIS_URL, else the database. */
export function leaseStore(): LeaseStore {
  if (!usesRedis()) return sqliteLeases;
  return (redisStore ??= redisLeases(getRedis));
}
