import "server-only";
import { claimShare, SHARE_COOKIE_PREFIX, type ClaimedShare } from "./share";

type CookieReader = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

/** Whether this browser holds a share it has not opened (read only: the page decides whether to ask). */
export function hasShareCookie(cookies: CookieReader): boolean {
  return cookies.getAll().some((cookie) => cookie.name.startsWith(SHARE_COOKIE_PREFIX));
}

/**
 * What the new-incident form opens from a share (lib/actions/shared-draft.ts). With `?share=<id>`: that share, for its owner or
 * for the browser holding its claim cookie; `{ ok: false }` when it cannot be opened (already
 * opened, expired, someone else's), so the page can say so. Without: a share this browser made
 * and has not opened yet, if any (the path through sign-up and the confirmation mail drops the
 * address, not the cookie); null when there is none.
 */
export async function openSharedDraft(
  userId: string,
  shareId: string | null,
  cookies: CookieReader,
): Promise<{ ok: true; shareId: string; draft: ClaimedShare } | { ok: false } | null> {
  if (shareId) {
    const draft = await claimShare(userId, shareId, cookies.get(`${SHARE_COOKIE_PREFIX}${shareId}`)?.value ?? null);
    return draft ? { ok: true, shareId, draft } : { ok: false };
  }
  for (const cookie of cookies.getAll()) {
    if (!cookie.name.startsWith(SHARE_COOKIE_PREFIX)) continue;
    const id = cookie.name.slice(SHARE_COOKIE_PREFIX.length);
    const draft = await claimShare(userId, id, cookie.value);
    if (draft) return { ok: true, shareId: id, draft };
  }
  return null;
}
