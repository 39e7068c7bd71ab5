"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionResult } from "../action-result";
import { userAction } from "../user-action";
import { removeEvidence, updateEvidenceCaption } from "../evidence/lifecycle";
import { captionSchema } from "../validations/evidence";
import { idSchema } from "../validations/id";

export const updateCaptionAction = userAction(async (user, evidenceId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(evidenceId);
  const parsed = captionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !(await updateEvidenceCaption(user.id, id.data, parsed.data.caption))) return failed("evidence.notFound");
  revalidatePath(`/evidence/${id.data}`);
  return { ok: true, data: undefined };
});

export const deleteEvidenceAction = userAction(async (user, evidenceId: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(evidenceId);
  const result = id.success ? await removeEvidence(user.id, id.data) : null;
  if (!result) return failed("evidence.notFound");
  redirect(result.caseId ? `/cases/${result.caseId}?saved=evidenceDeleted` : "/cases");
});
