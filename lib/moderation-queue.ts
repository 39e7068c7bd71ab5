import "server-only";
import { getDb } from "@/db";
import { findPublicTarget, listAudit, listHiddenContent, listOpenReports } from "@/db/queries/moderation";
import { pageSenderId } from "@/db/queries/public";

/**
 * The admins' page: the 50 oldest open flags, each with the public item flagged and the sender
 * page it is on (none when the item is gone), the 50 newest hidden items (to restore), and the
 * 50 latest decisions.
 */
export async function loadModerationQueue() {
  const db = getDb();
  const open = await Promise.all(
    (await listOpenReports(50)).map(async (report) => {
      const target = await findPublicTarget(db, report.targetKind, report.targetId);
      return { report, target: target ? { ...target, pageId: await pageSenderId(db, target.senderId) } : null };
    }),
  );
  const hidden = await Promise.all((await listHiddenContent(50)).map(async (item) => ({ ...item, pageId: await pageSenderId(db, item.senderId) })));
  return { open, hidden, audit: await listAudit(50) };
}
