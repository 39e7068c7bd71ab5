import "server-only";
import { getDb } from "@/db";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { listHiddenInShare } from "@/db/queries/moderation";
import { findShareForCase, listPublicEvidence, pageSenderId } from "@/db/queries/public";
import type { User } from "@/db/schema";
import { evidenceUrl } from "../evidence/view";
import { mergeTimeline } from "../cases/timeline";
import { previewShare, redactionContext } from "./sharing";
import { findOwnCase } from "../cases/own-case";

/**
 * What the owner sees before sharing a case or while it is shared: its incidents and exchanges in
 * time order, its screenshots, what the browser needs to preview the masks, and once shared, the
 * share, what is not published yet, what a moderator hid and the screenshots published. Null for
 * anyone but the case's owner.
 */
export async function loadSharePage(user: User, caseId: string) {
  const userCase = await findOwnCase(user, caseId);
  if (!userCase) return null;
  const found = await findShareForCase(userCase.id);
  // The sender's public page: its own, or its parent's.
  const share = found ? { ...found, pageId: await pageSenderId(getDb(), userCase.senderId) } : null;
  const { extra: _extra, ...context } = redactionContext(user, userCase, []);
  return {
    userCase,
    share,
    unpublished: (await previewShare(user, userCase, share?.extraMasks ?? [])).unpublished,
    entries: mergeTimeline(await listIncidentsForCase(userCase.id), await listExchangesForCase(userCase.id)),
    screenshots: (await listEvidenceForCase(userCase.id))
      .filter((file) => file.kind === "image")
      .map((file) => ({ id: file.id, url: evidenceUrl(file.id), fileName: file.fileName })),
    /** The masks the browser applies to preview the public text (the reporter's own extra masks are in the form). */
    context,
    published: share ? (await listPublicEvidence([share.id])).map((file) => ({ evidenceId: file.evidenceId, crop: file.crop })) : [],
    hidden: share ? await listHiddenInShare(share.id) : [],
  };
}
