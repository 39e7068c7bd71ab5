import "server-only";
import { getDb } from "@/db";
import { countReportsSince, findPublicTarget, findReport, insertAudit, insertContentReport, resolveReports, setHidden } from "@/db/queries/moderation";
import { setUserRoleByEmail } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { fail, type Failure } from "./failure";
import { notify } from "./notifications/notify";
import { refreshSenderStats } from "./public/sharing";
import type { ContentReportInput, ModerationDecision, RoleChange } from "./validations/moderation";

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
 * An admin hides the flagged item (its reporter reads the reason on their case, and the sender's
 * figures drop it at once) or keeps it; every open flag on it is closed, and the decision is
 * written to the audit log. Undefined when done.
 */
export function decideReport(admin: User, reportId: string, decision: ModerationDecision): Failure | undefined {
  if (!isAdmin(admin)) return fail("notYours");
  return getDb().transaction((tx) => {
    const report = findReport(tx, reportId);
    const target = report ? findPublicTarget(tx, report.targetKind, report.targetId) : undefined;
    if (!report || !target) return fail("notFound");
    if (decision.action === "hide") setHidden(tx, report.targetKind, report.targetId, { at: new Date(), reason: decision.reason });
    resolveReports(tx, report.targetKind, report.targetId, decision.action === "hide" ? "hidden" : "kept");
    insertAudit(tx, {
      actorId: admin.id,
      action: decision.action === "hide" ? "hide" : "keep",
      targetKind: report.targetKind,
      targetId: report.targetId,
      reason: decision.reason || null,
    });
    if (decision.action === "hide") {
      refreshSenderStats(tx, target.senderId);
      notify(tx, {
        userId: target.ownerId,
        kind: "report_hidden",
        subject: `${report.targetKind}:${report.targetId}`,
        data: { caseId: target.caseId, senderId: target.senderId, targetKind: report.targetKind, reason: decision.reason || null },
      });
    }
  });
}

/** An admin makes someone an advocate (or admin, or back to reporter); logged. Undefined when done. */
export function changeRole(admin: User, change: RoleChange): Failure | undefined {
  if (!isAdmin(admin)) return fail("notYours");
  return getDb().transaction((tx) => {
    if (!setUserRoleByEmail(change.email, change.role)) return fail("notFound", "userNotFound");
    insertAudit(tx, { actorId: admin.id, action: `role:${change.role}`, targetKind: "user", targetId: change.email, reason: null });
  });
}
