"use server";
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { changeRole, decideReport, reportContent } from "../moderation";
import { idSchema } from "../validations/id";
import { contentReportSchema, moderationDecisionSchema, roleChangeSchema } from "../validations/moderation";
import { updateSenderDetails } from "../sender-admin";
import { senderDetailsSchema } from "../validations/sender-admin";

export async function reportContentAction(values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const parsed = contentReportSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = reportContent(user, parsed.data);
  if (outcome !== "reported") return failed(outcome === "tooMany" ? "tooManyReports" : "notFound");
  return { ok: true, data: undefined };
}

export async function decideReportAction(reportId: unknown, values: unknown): Promise<ActionResult> {
  const admin = await requireActionUser();
  const id = idSchema.safeParse(reportId);
  const parsed = moderationDecisionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !decideReport(admin, id.data, parsed.data)) return failed("notFound");
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}

export async function changeRoleAction(values: unknown): Promise<ActionResult> {
  const admin = await requireActionUser();
  const parsed = roleChangeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!changeRole(admin, parsed.data)) return failed(admin.role === "admin" ? "userNotFound" : "notFound");
  revalidatePath("/admin");
  return { ok: true, data: undefined };
}

/** Admins: a sender's organisation, sector, and the identity it is another face of. */
export async function updateSenderDetailsAction(senderId: unknown, values: unknown): Promise<ActionResult> {
  const admin = await requireActionUser();
  const id = idSchema.safeParse(senderId);
  const parsed = senderDetailsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const outcome = id.success ? updateSenderDetails(admin, id.data, parsed.data) : "notFound";
  if (outcome === "unknownIdentity" || outcome === "sameSender") return { ok: false, fieldErrors: { sameAs: outcome } };
  if (outcome !== "saved") return failed("notFound");
  revalidatePath("/senders", "layout");
  return { ok: true, data: undefined };
}
