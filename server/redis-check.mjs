// @ts-check
// With REDIS_URL (decision 0019) a server that cannot reach Redis must not start: it would share
// no limit, lease or page expiry with the others. Checked before Next loads and before the server
// listens, so under server/cluster.mjs the primary stops ("exited before the server was ready")
// instead of restarting workers that fail.
import { Redis } from "ioredis";

/** Resolves when Redis answers PING within `timeoutMs`; rejects with a message naming the address (not its password). @param {string} url */
export async function checkRedis(url, timeoutMs = 5000) {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  /** @type {Error | undefined} */
  let lastError;
  client.on("error", (/** @type {Error} */ error) => (lastError = error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const address = new URL(url);
    if (address.password) address.password = "***";
    throw new Error(`Redis at ${address} could not be reached (REDIS_URL): ${(lastError ?? /** @type {Error} */ (error)).message}`);
  } finally {
    client.disconnect();
  }
}
