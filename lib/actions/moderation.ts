"use server";
import { revalidatePath } from "next/cache";
import { failed, failedWith, invalid, type ActionResult } from "../action-result";
import { adminAction, userAction } from "../user-action";
import { changeRole, decideReport, reportContent, restoreContent } from "../moderation";
import { idSchema } from "../validations/id";
import { contentReportSchema, contentRestoreSchema, moderationDecisionSchema, roleChangeSchema } from "../validations/moderation";
import { updateSenderDetails } from "../sender-admin";
import { senderDetailsSchema } from "../validations/sender-admin";

export const reportContentAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = contentReportSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const failure = await reportContent(user, parsed.data);
  if (failure) return failedWith(failure);
  return { ok: true, data: undefined };
});

export const decideReportAction = adminAction(async (admin, reportId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(reportId);
  const parsed = moderationDecisionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success) return failed("notFound");
  const failure = await decideReport(admin, id.data, parsed.data);
  if (failure) return failedWith(failure);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
});

/** Admins: show a hidden item again. */
export const restoreContentAction = adminAction(async (admin, values: unknown): Promise<ActionResult> => {
  const parsed = contentRestoreSchema.safeParse(values);
  if (!parsed.success) return failed("notFound");
  const failure = await restoreContent(admin, parsed.data);
  if (failure) return failedWith(failure);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
});

export const changeRoleAction = adminAction(async (admin, values: unknown): Promise<ActionResult> => {
  const parsed = roleChangeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const failure = await changeRole(admin, parsed.data);
  if (failure) return failedWith(failure);
  revalidatePath("/admin");
  return { ok: true, data: undefined };
});

/** Admins: a sender's organisation, sector, and the identity it is another face of. */
export const updateSenderDetailsAction = adminAction(async (admin, senderId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(senderId);
  const parsed = senderDetailsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success) return failed("notFound");
  const failure = await updateSenderDetails(admin, id.data, parsed.data);
  if (failure) return failedWith(failure);
  revalidatePath("/senders", "layout");
  return { ok: true, data: undefined };
});
