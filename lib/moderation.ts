import "server-only";
import { writeTransaction } from "@/db";
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
export async function reportContent(user: User, input: ContentReportInput, now = new Date()): Promise<Failure | undefined> {
  // One transaction: the cap is counted where the flag is written.
  return writeTransaction(async (tx) => {
    const target = await findPublicTarget(tx, input.targetKind, input.targetId);
    if (!target || target.hiddenAt) return fail("notFound");
    if ((await countReportsSince(user.id, new Date(now.getTime() - 24 * 3_600_000))) >= DAILY_REPORT_CAP) return fail("tooMany", "tooManyReports");
    await insertContentReport(user.id, input.targetKind, input.targetId, input.reason);
  });
}

const isAdmin = (user: User) => user.role === "admin";

/**
 * An admin hides the flagged item (its reporter reads the reason on their case and is notified,
 * and the sender's figures drop it at once) or keeps it; every open flag on it is closed, and the
 * decision is written to the audit log. Undefined when done.
 */
export async function decideReport(admin: User, reportId: string, decision: ModerationDecision): Promise<Failure | undefined> {
  if (!isAdmin(admin)) return fail("notYours");
  return await writeTransaction(async (tx) => {
    const report = await findReport(tx, reportId);
    const target = report ? await findPublicTarget(tx, report.targetKind, report.targetId) : undefined;
    if (!report || !target) return fail("notFound");
    if (decision.action === "hide") await setHidden(tx, report.targetKind, report.targetId, { at: new Date(), reason: decision.reason });
    await resolveReports(tx, report.targetKind, report.targetId, decision.action === "hide" ? "hidden" : "kept");
    const auditId = await insertAudit(tx, {
      actorId: admin.id,
      action: decision.action === "hide" ? "hide" : "keep",
      targetKind: report.targetKind,
      targetId: report.targetId,
      reason: decision.reason || null,
    });
    if (decision.action !== "hide") return;
    await refreshSenderStats(tx, target.senderId);
    await tellReporter(tx, "report_hidden", auditId, { kind: report.targetKind, ...target }, decision.reason);
  });
}

/**
 * An admin shows a hidden item again: back on the sender's page and in its figures at once,
 * audited, and its reporter is told. Undefined when done; an item not hidden is not found.
 */
export async function restoreContent(admin: User, item: ContentRestore): Promise<Failure | undefined> {
  if (!isAdmin(admin)) return fail("notYours");
  return await writeTransaction(async (tx) => {
    const target = await findPublicTarget(tx, item.targetKind, item.targetId);
    if (!target?.hiddenAt) return fail("notFound");
    await setHidden(tx, item.targetKind, item.targetId, null);
    const auditId = await insertAudit(tx, { actorId: admin.id, action: "restore", targetKind: item.targetKind, targetId: item.targetId, reason: null });
    await refreshSenderStats(tx, target.senderId);
    await tellReporter(tx, "report_restored", auditId, { kind: item.targetKind, ...target }, null);
  });
}

/**
 * Notifies the person who shared the item of a moderator's decision on it. The subject is the
 * audit entry, so hiding, restoring and hiding again are each told.
 */
async function tellReporter(
  tx: DbOrTx,
  kind: "report_hidden" | "report_restored",
  auditId: string,
  target: { kind: ModerationTarget; shareId: string | null; senderId: string },
  reason: string | null,
): Promise<void> {
  // An organisation's reply belongs to no share: no reporter to tell.
  const owner = target.shareId ? await findShareOwner(tx, target.shareId) : undefined;
  if (!owner) return;
  await notify(tx, {
    userId: owner.userId,
    kind,
    subject: auditId,
    data: { caseId: owner.caseId, senderId: await pageSenderId(tx, target.senderId), targetKind: target.kind, reason },
  });
}

/** An admin makes someone an advocate (or admin, or back to reporter); logged. Undefined when done. */
export async function changeRole(admin: User, change: RoleChange): Promise<Failure | undefined> {
  if (!isAdmin(admin)) return fail("notYours");
  return await writeTransaction(async (tx) => {
    if (!(await setUserRoleByEmail(change.email, change.role))) return fail("notFound", "userNotFound");
    await insertAudit(tx, { actorId: admin.id, action: `role:${change.role}`, targetKind: "user", targetId: change.email, reason: null });
  });
}
