import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { afterCommit, writeTransaction } from "@/db";
import { deletePageExpiriesBefore, insertPageExpiry } from "@/db/queries/page-expiries";
import type { DbOrTx } from "@/db/queries/tx";
import { LOCALES } from "../domain";
import { env } from "../env";
import { usesRedis } from "../redis";
import { expireFrontCopies } from "../../server/front-cache.mjs";
import { purgeCdn } from "./cdn-purge";
import { publishPageExpiry } from "./page-expiry-channel";

/** How long an expiry stays logged: far longer than any worker takes to apply it (server/front-expiries.mjs). */
const EXPIRY_KEPT_MS = 24 * 60 * 60 * 1000;

/**
 * Public sender pages are rendered once per language and cached whole by Next
 * (app/(public)/[locale]/senders/[senderId]). Every write that changes what a sender's page
 * shows goes through refreshSenderStats, which calls this, so the next visit renders afresh:
 * unsharing or hiding is gone from the page at once. The front cache (server/server.mjs) drops
 * its copies too. Other workers (server/cluster.mjs) learn of it from the row logged here in the
 * write's transaction: each reads new rows before its next answer (server/front-expiries.mjs).
 * With REDIS_URL, other servers learn of it from a message published once the write commits
 * (lib/public/page-expiry-channel.ts, decision 0019).
 * With CDN_PURGE_URL, the writer also purges the CDN once, after its answer (decision 0020).
 * `db` is the caller's write transaction.
 */
export async function expireSenderPages(db: DbOrTx, senderIds: readonly string[]): Promise<void> {
  const expired = [...new Set(senderIds)];
  if (expired.length === 0) return;
  const redis = usesRedis();
  // With Redis, published once the caller's transaction commits: no network I/O inside it.
  if (redis) afterCommit(() => void publishPageExpiry(expired));
  else await insertPageExpiry(db, expired, new Date());
  const purge = env.CDN_PURGE_URL;
  // Outside a Next server (unit tests, seed and bench scripts) there is no page cache to expire.
  if (!env.NEXT_RUNTIME) {
    if (purge) afterCommit(() => void purgeCdn(purge, expired));
    return;
  }
  for (const senderId of expired) {
    for (const locale of LOCALES) revalidatePath(`/${locale}/senders/${senderId}`);
  }
  expireFrontCopies(expired);
  // Next applies revalidatePath as the action or route ends, after the write commits: a copy the
  // front (or another worker's Next) took in between is the old page, so expire again once the
  // answer is sent.
  after(async () => {
    // The caller's transaction is over: the row is logged in a transaction of its own.
    const told = redis ? publishPageExpiry(expired) : writeTransaction((tx) => insertPageExpiry(tx, expired, new Date()));
    expireFrontCopies(expired);
    // Only once every server has been told again: a CDN that fetched the page before every cache
    // here had dropped it would keep the old page for an hour. Not awaited: the purge retries on
    // its own and never fails the write.
    if (purge)
      void told.then(
        () => purgeCdn(purge, expired),
        () => undefined,
      );
    await told;
  });
}

/** Forgets expiries older than a day (the hourly sweep, instrumentation.ts). */
export async function prunePageExpiries(now = new Date()): Promise<number> {
  return writeTransaction((tx) => deletePageExpiriesBefore(tx, new Date(now.getTime() - EXPIRY_KEPT_MS)));
}
