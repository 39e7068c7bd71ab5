import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { LOCALES } from "../domain";
import { env } from "../env";
import { expireFrontCopies } from "../../server/front-cache.mjs";

/**
 * Public sender pages are rendered once per language and cached whole by Next
 * (app/(public)/[locale]/senders/[senderId]). Every write that changes what a sender's page
 * shows goes through refreshSenderStats, which calls this, so the next visit renders afresh:
 * unsharing or hiding is gone from the page at once. The front cache (server/server.mjs) drops
 * its copies too.
 */
export function expireSenderPages(senderIds: readonly string[]): void {
  // Outside a Next server (unit tests, seed and bench scripts) there is no page cache to expire.
  if (!env.NEXT_RUNTIME) return;
  const expired = [...new Set(senderIds)];
  for (const senderId of expired) {
    for (const locale of LOCALES) revalidatePath(`/${locale}/senders/${senderId}`);
  }
  expireFrontCopies(expired);
  // Next applies revalidatePath as the action or route ends, after the write commits: a copy the
  // front took from Next in between is the old page, so drop copies again once the answer is sent.
  after(() => expireFrontCopies(expired));
}
