"use server";
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { recordDataLetterSent, recordOjkFiling, regenerateDataLetter, regenerateOjkDraft, saveDataLetter, saveOjkDraft } from "../complaints/drafts";
import type { DataLetterField } from "../complaints/data-request";
import type { OjkViolationField } from "../complaints/ojk";
import { dataLetterSchema, filingSchema, ojkViolationSchema } from "../validations/complaint";
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

export async function saveDataLetterAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const parsed = dataLetterSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !saveDataLetter(user, id.data, parsed.data)) return failed("notFound");
  revalidatePath(`/cases/${id.data}/letters/data-request`);
  return { ok: true, data: undefined };
}

export async function regenerateDataLetterAction(caseId: unknown): Promise<ActionResult<{ keptEdits: DataLetterField[] }>> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const result = id.success ? regenerateDataLetter(user, id.data) : null;
  if (!result) return failed("notFound");
  revalidatePath(`/cases/${id.data}/letters/data-request`);
  return { ok: true, data: result };
}

export async function recordDataLetterSentAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const object = typeof values === "object" && values !== null ? values : {};
  const parsed = filingSchema.safeParse({ ...object, timeZone: user.timeZone });
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !recordDataLetterSent(user, id.data, parsed.data)) return failed("notFound");
  revalidatePath("/cases");
  revalidatePath(`/cases/${id.data}`);
  return { ok: true, data: undefined };
}
