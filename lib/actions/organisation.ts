"use server";
import { revalidatePath } from "next/cache";
import { failed, failedWith, invalid, type ActionResult } from "../action-result";
import { decideClaim, submitClaim } from "../organisations/claims";
import { setComplaintContact } from "../organisations/contact";
import { adminAction, userAction } from "../user-action";
import { idSchema } from "../validations/id";
import { claimDecisionSchema, claimSchema, complaintContactSchema } from "../validations/organisation";

/** Anyone signed in: "these senders are my organisation's", for an admin to check. */
export const submitClaimAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = claimSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const failure = await submitClaim(user, parsed.data);
  if (failure) return failedWith(failure);
  revalidatePath("/organisation");
  return { ok: true, data: undefined };
});

/** Admins: approve a claim or refuse it with a reason. */
export const decideClaimAction = adminAction(async (admin, claimId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(claimId);
  const parsed = claimDecisionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success) return failed("notFound");
  const failure = await decideClaim(admin, id.data, parsed.data);
  if (failure) return failedWith(failure);
  revalidatePath("/admin");
  return { ok: true, data: undefined };
});

/** Members: the organisation's official complaint contact. */
export const setComplaintContactAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = complaintContactSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const failure = await setComplaintContact(user, parsed.data);
  if (failure) return failedWith(failure);
  revalidatePath("/organisation");
  return { ok: true, data: undefined };
});
