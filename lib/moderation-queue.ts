import "server-only";
import { getDb } from "@/db";
import { findPublicTarget, listAudit, listHiddenContent, listOpenReports } from "@/db/queries/moderation";
import { pageSenderId } from "@/db/queries/public";

/**
 * The admins' page: the 50 oldest open flags, each with the public item flagged and the sender
 * page it is on (none when the item is gone), the 50 newest hidden items (to restore), and the
 * 50 latest decisions.
 */
export function loadModerationQueue() {
  const db = getDb();
  const open = listOpenReports(50).map((report) => {
    const target = findPublicTarget(db, report.targetKind, report.targetId);
    return { report, target: target ? { ...target, pageId: pageSenderId(db, target.senderId) } : null };
  });
  const hidden = listHiddenContent(50).map((item) => ({ ...item, pageId: pageSenderId(db, item.senderId) }));
  return { open, hidden, audit: listAudit(50) };
}
