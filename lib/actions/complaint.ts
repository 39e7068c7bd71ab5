"use server";
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { recordOjkFiling, regenerateOjkDraft, saveOjkDraft } from "../complaints/drafts";
import type { OjkViolationField } from "../complaints/ojk";
import { filingSchema, ojkViolationSchema } from "../validations/complaint";
import { idSchema } from "../validations/id";

export async function saveOjkDraftAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const parsed = ojkViolationSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !saveOjkDraft(user, id.data, parsed.data)) return failed("notFound");
  revalidatePath(`/cases/${id.data}/complaints/ojk`);
  return { ok: true, data: undefined };
}

export async function regenerateOjkDraftAction(caseId: unknown): Promise<ActionResult<{ keptEdits: OjkViolationField[] }>> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const result = id.success ? regenerateOjkDraft(user, id.data) : null;
  if (!result) return failed("notFound");
  revalidatePath(`/cases/${id.data}/complaints/ojk`);
  return { ok: true, data: result };
}

export async function recordOjkFilingAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const object = typeof values === "object" && values !== null ? values : {};
  const parsed = filingSchema.safeParse({ ...object, timeZone: user.timeZone });
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !recordOjkFiling(user, id.data, parsed.data)) return failed("notFound");
  revalidatePath("/cases");
  revalidatePath(`/cases/${id.data}`);
  return { ok: true, data: undefined };
}
