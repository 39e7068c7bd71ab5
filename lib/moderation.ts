import "server-only";
import { getDb, writeTransaction } from "@/db";
import {
  countReportsSince,
  findPublicTarget,
  findReport,
  findShareOwner,
  insertAudit,
  insertContentReport,
  resolveReports,
  setHidden,
} from "@/db/queries/moderation";
import { pageSenderId } from "@/db/queries/public";
import type { DbOrTx } from "@/db/queries/tx";
import { setUserRoleByEmail } from "@/db/queries/users";
import type { User } from "@/db/schema";
import type { ModerationTarget } from "./domain";
import { fail, type Failure } from "./failure";
import { notify } from "./notifications/notify";
import { refreshSenderStats } from "./public/sharing";
import type { ContentReportInput, ContentRestore, ModerationDecision, RoleChange } from "./validations/moderation";

/** How many items one person may flag a day: enough for real use, not for flooding the queue. */
export const DAILY_REPORT_CAP = 20;

/** Anyone signed in flags visible public content with a reason; admins see it in their queue. Undefined when flagged. */
export function reportContent(user: User, input: ContentReportInput, now = new Date()): Failure | undefined {
  const target = findPublicTarget(getDb(), input.targetKind, input.targetId);
  if (!target || target.hiddenAt) return fail("notFound");
  if (countReportsSince(user.id, new Date(now.getTime() - 24 * 3_600_000)) >= DAILY_REPORT_CAP) return fail("tooMany", "tooManyReports");
  insertContentReport(user.id, input.targetKind, input.targetId, input.reason);
}

const isAdmin = (user: User) => user.role === "admin";

/**
 * An admin hides the flagged item (its reporter reads the reason on their case and is notified,
 * and the sender's figures drop it at once) or keeps it; every open flag on it is closed, and the
 * decision is written to the audit log. Undefined when done.
 */
export function decideReport(admin: User, reportId: string, decision: ModerationDecision): Failure | undefined {
  if (!isAdmin(admin)) return fail("notYours");
  return writeTransaction((tx) => {
    const report = findReport(tx, reportId);
    const target = report ? findPublicTarget(tx, report.targetKind, report.targetId) : undefined;
    if (!report || !target) return fail("notFound");
    if (decision.action === "hide") setHidden(tx, report.targetKind, report.targetId, { at: new Date(), reason: decision.reason });
    resolveReports(tx, report.targetKind, report.targetId, decision.action === "hide" ? "hidden" : "kept");
    const auditId = insertAudit(tx, {
      actorId: admin.id,
      action: decision.action === "hide" ? "hide" : "keep",
      targetKind: report.targetKind,
      targetId: report.targetId,
      reason: decision.reason || null,
    });
    if (decision.action !== "hide") return;
    refreshSenderStats(tx, target.senderId);
    tellReporter(tx, "report_hidden", auditId, { kind: report.targetKind, ...target }, decision.reason);
  });
}

/**
 * An admin shows a hidden item again: back on the sender's page and in its figures at once,
 * audited, and its reporter is told. Undefined when done; an item not hidden is not found.
 */
export function restoreContent(admin: User, item: ContentRestore): Failure | undefined {
  if (!isAdmin(admin)) return fail("notYours");
  return writeTransaction((tx) => {
    const target = findPublicTarget(tx, item.targetKind, item.targetId);
    if (!target?.hiddenAt) return fail("notFound");
    setHidden(tx, item.targetKind, item.targetId, null);
    const auditId = insertAudit(tx, { actorId: admin.id, action: "restore", targetKind: item.targetKind, targetId: item.targetId, reason: null });
    refreshSenderStats(tx, target.senderId);
    tellReporter(tx, "report_restored", auditId, { kind: item.targetKind, ...target }, null);
  });
}

/**
 * Notifies the person who shared the item of a moderator's decision on it. The subject is the
 * audit entry, so hiding, restoring and hiding again are each told.
 */
function tellReporter(
  tx: DbOrTx,
  kind: "report_hidden" | "report_restored",
  auditId: string,
  target: { kind: ModerationTarget; shareId: string | null; senderId: string },
  reason: string | null,
): void {
  // An organisation's reply belongs to no share: no reporter to tell.
  const owner = target.shareId ? findShareOwner(tx, target.shareId) : undefined;
  if (!owner) return;
  notify(tx, {
    userId: owner.userId,
    kind,
    subject: auditId,
    data: { caseId: owner.caseId, senderId: pageSenderId(tx, target.senderId), targetKind: target.kind, reason },
  });
}

/** An admin makes someone an advocate (or admin, or back to reporter); logged. Undefined when done. */
export function changeRole(admin: User, change: RoleChange): Failure | undefined {
  if (!isAdmin(admin)) return fail("notYours");
  return writeTransaction((tx) => {
    if (!setUserRoleByEmail(change.email, change.role)) return fail("notFound", "userNotFound");
    insertAudit(tx, { actorId: admin.id, action: `role:${change.role}`, targetKind: "user", targetId: change.email, reason: null });
  });
}
