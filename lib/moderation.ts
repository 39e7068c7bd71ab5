import "server-only";
import { getDb } from "@/db";
import { countReportsSince, findPublicTarget, findReport, insertAudit, insertContentReport, resolveReports, setHidden } from "@/db/queries/moderation";
import { setUserRoleByEmail } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { refreshSenderStats } from "./public/sharing";
import type { ContentReportInput, ModerationDecision, RoleChange } from "./validations/moderation";

/** How many items one person may flag a day: enough for real use, not for flooding the queue. */
export const DAILY_REPORT_CAP = 20;

export type ReportOutcome = "reported" | "notFound" | "tooMany";

/** Anyone signed in flags visible public content with a reason; admins see it in their queue. */
export function reportContent(user: User, input: ContentReportInput, now = new Date()): ReportOutcome {
  const target = findPublicTarget(getDb(), input.targetKind, input.targetId);
  if (!target || target.hiddenAt) return "notFound";
  if (countReportsSince(user.id, new Date(now.getTime() - 24 * 3_600_000)) >= DAILY_REPORT_CAP) return "tooMany";
  insertContentReport(user.id, input.targetKind, input.targetId, input.reason);
  return "reported";
}

const isAdmin = (user: User) => user.role === "admin";

/**
 * An admin hides the flagged item (its reporter reads the reason on their case, and the sender's
 * figures drop it at once) or keeps it; every open flag on it is closed, and the decision is
 * written to the audit log. False for anyone but an admin, or an unknown flag.
 */
export function decideReport(admin: User, reportId: string, decision: ModerationDecision): boolean {
  if (!isAdmin(admin)) return false;
  return getDb().transaction((tx) => {
    const report = findReport(tx, reportId);
    const target = report ? findPublicTarget(tx, report.targetKind, report.targetId) : undefined;
    if (!report || !target) return false;
    if (decision.action === "hide") setHidden(tx, report.targetKind, report.targetId, { at: new Date(), reason: decision.reason });
    resolveReports(tx, report.targetKind, report.targetId, decision.action === "hide" ? "hidden" : "kept");
    insertAudit(tx, { actorId: admin.id, action: decision.action === "hide" ? "hide" : "keep", targetKind: report.targetKind, targetId: report.targetId, reason: decision.reason || null });
    if (decision.action === "hide") refreshSenderStats(tx, target.senderId);
    return true;
  });
}

/** An admin makes someone an advocate (or admin, or back to reporter); logged. */
export function changeRole(admin: User, change: RoleChange): boolean {
  if (!isAdmin(admin)) return false;
  return getDb().transaction((tx) => {
    if (!setUserRoleByEmail(change.email, change.role)) return false;
    insertAudit(tx, { actorId: admin.id, action: `role:${change.role}`, targetKind: "user", targetId: change.email, reason: null });
    return true;
  });
}
