"use server";
import { cookies } from "next/headers";
import { z } from "zod";
import { userAction } from "../user-action";
import { SHARE_COOKIE_PATH, SHARE_COOKIE_PREFIX, type ClaimedShare } from "../capture/share";
import { openSharedDraft } from "../capture/share-draft";

export type SharedDraftResult = { status: "opened"; draft: ClaimedShare } | { status: "gone" } | { status: "none" };

/**
 * Opens what was shared into the new-incident form (components/shared-incident-form.tsx): called
 * once by the form when it appears, never while the page renders, so a second render of the page
 * (a refresh after sign-in, a prefetch) cannot use the share up before the form shows it.
 */
export const openSharedDraftAction = userAction(async (user, shareId: unknown): Promise<SharedDraftResult> => {
  const id = z
    .uuid()
    .nullable()
    .catch("")
    .parse(shareId ?? null);
  if (id === "") return { status: "gone" };
  const store = await cookies();
  const forget = (name: string) => store.delete({ name, path: SHARE_COOKIE_PATH });
  const opened = await openSharedDraft(user.id, id, store);
  // Tokens that opened nothing are spent or someone else's: their cookies go, so the form stops asking.
  if (!opened) {
    for (const cookie of store.getAll()) if (cookie.name.startsWith(SHARE_COOKIE_PREFIX)) forget(cookie.name);
    return { status: "none" };
  }
  if (!opened.ok) {
    if (id) forget(`${SHARE_COOKIE_PREFIX}${id}`);
    return { status: "gone" };
  }
  // The token is spent: its cookie goes (it would expire within the day anyway).
  forget(`${SHARE_COOKIE_PREFIX}${opened.shareId}`);
  return { status: "opened", draft: opened.draft };
});
