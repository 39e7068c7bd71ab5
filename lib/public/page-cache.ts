import { revalidatePath } from "next/cache";
import { LOCALES } from "../domain";
import { env } from "../env";

/**
 * Public sender pages are rendered once per language and cached whole by Next
 * (app/(public)/[locale]/senders/[senderId]). Every write that changes what a sender's page
 * shows goes through refreshSenderStats, which calls this, so the next visit renders afresh:
 * unsharing or hiding is gone from the page at once.
 */
export function expireSenderPages(senderIds: readonly string[]): void {
  // Outside a Next server (unit tests, seed and bench scripts) there is no page cache to expire.
  if (!env.NEXT_RUNTIME) return;
  for (const senderId of new Set(senderIds)) {
    for (const locale of LOCALES) revalidatePath(`/${locale}/senders/${senderId}`);
  }
}
