import "server-only";
import { Redis, type RedisOptions } from "ioredis";
import { env } from "./env";

/** The channel page expiries are published on (lib/public/page-expiry-channel.ts). */
export const PAGE_EXPIRY_CHANNEL = "spamtrail:page-expiries";

/** Whether shared state lives in Redis (REDIS_URL) rather than in the SQLite file (decision 0019). */
export const usesRedis = (): boolean => env.REDIS_URL !== undefined;

/** The address without its password, for messages. */
export function redactedRedisUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/**
 * Connects to `url` and resolves once Redis answers; rejects with a clear message when it cannot
 * be reached within `connectTimeout` instead of queueing commands forever. Afterwards a lost
 * connection is retried, and a command waits at most `commandTimeout`: a request fails, it does
 * not hang.
 */
export async function connectRedis(url: string, options: RedisOptions = {}): Promise<Redis> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 5000,
    commandTimeout: 5000,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    ...options,
  });
  // Without a listener ioredis prints every failed reconnect; the commands themselves fail. The
  // last one says why a first connection failed (connect() only says it is closed).
  let lastError: Error | undefined;
  client.on("error", (error: Error) => (lastError = error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    client.disconnect();
    const why = lastError?.message ?? (error as Error).message;
    throw new Error(`Redis at ${redactedRedisUrl(url)} could not be reached (REDIS_URL): ${why}`, { cause: lastError ?? error });
  }
  return client;
}

// One client per process, made on first use; on globalThis so dev reloads share it (and keyed by
// its address: tests that load the environment again with another one get another client).
const globalForRedis = globalThis as unknown as { spamtrailRedis?: { url: string; client: Promise<Redis> } };

/** The process's Redis client (REDIS_URL must be set). A failed first connection is tried again at the next use. */
export function getRedis(): Promise<Redis> {
  const url = env.REDIS_URL;
  if (!url) throw new Error("REDIS_URL is not set");
  const made = globalForRedis.spamtrailRedis;
  if (made?.url === url) return made.client;
  const client = connectRedis(url).catch((error: unknown) => {
    if (globalForRedis.spamtrailRedis?.client === client) globalForRedis.spamtrailRedis = undefined;
    throw error;
  });
  globalForRedis.spamtrailRedis = { url, client };
  return client;
}
