import "server-only";
import type { Redis } from "ioredis";
import { holdAnswersUntil } from "../../server/answer-hold.mjs";
import { createExpiryFeed } from "../../server/front-expiries.mjs";
import { connectRedis, getRedis, PAGE_EXPIRY_CHANNEL } from "../redis";

type Message = { senderIds: string[]; at: number };

/**
 * Publishes a write's senders on the channel; the writer calls it once its transaction committed
 * (`afterCommit`, db/index.ts), so no server hears of a change it cannot read yet. The answer waits for Redis's reply
 * (server/answer-hold.mjs): by then Redis has queued the message to every subscriber.
 */
export function publishPageExpiry(senderIds: readonly string[], redis: () => Promise<Redis> = getRedis): Promise<void> {
  const message: Message = { senderIds: [...senderIds], at: Date.now() };
  const published = Promise.resolve()
    .then(redis)
    .then((client) => client.publish(PAGE_EXPIRY_CHANNEL, JSON.stringify(message)))
    .then(
      () => {},
      // The other servers keep their copies until their TTL (or a lost connection expires all).
      (error: unknown) => console.error("Could not publish page expiries", error),
    );
  holdAnswersUntil(published);
  return published;
}

function parse(raw: string): Message | null {
  try {
    const message = JSON.parse(raw) as Partial<Message>;
    if (!Array.isArray(message.senderIds) || !message.senderIds.every((id) => typeof id === "string")) return null;
    return { senderIds: message.senderIds, at: typeof message.at === "number" ? message.at : Date.now() };
  } catch {
    return null;
  }
}

/**
 * This process's subscription: an expiry log (server/front-expiries.mjs) fed by the channel. The
 * subscriber has its own connection (a subscribed connection sends nothing else) and subscribes
 * again itself after each reconnect, then logs "expire all" (messages sent meanwhile are lost);
 * while it is down, every request expires all. Resolves once subscribed; rejects when Redis
 * cannot be reached at the start.
 */
export async function followPageExpiries(url: string) {
  const feed = createExpiryFeed();
  const client = await connectRedis(url, { autoResubscribe: false, commandTimeout: undefined, maxRetriesPerRequest: null });
  client.on("message", (channel: string, raw: string) => {
    if (channel !== PAGE_EXPIRY_CHANNEL) return;
    const message = parse(raw);
    if (message) feed.push(message.senderIds, message.at);
  });
  const subscribe = async () => {
    await client.subscribe(PAGE_EXPIRY_CHANNEL);
    feed.up();
  };
  client.on("close", () => feed.down());
  client.on("ready", () => {
    subscribe().catch((error: unknown) => console.error("Could not subscribe to page expiries", error));
  });
  await subscribe();
  return { log: feed.log, close: () => client.quit().then(() => {}) };
}
