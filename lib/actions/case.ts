"use server";
import { revalidatePath } from "next/cache";
import type { ZodError } from "zod";
import { failed, invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { changeCaseSetting } from "../case-overview";
import { toCaseAnswers } from "../case-questions";
import { caseQuestionsSchema } from "../validations/case-questions";
import { caseCountrySchema, caseStatusSchema } from "../validations/case-settings";
import { idSchema } from "../validations/id";

type Parsed<T> = { success: true; data: T } | { success: false; error: ZodError };

async function saveSetting<T>(caseId: unknown, parsed: Parsed<T>, toSetting: (data: T) => Parameters<typeof changeCaseSetting>[2]): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !changeCaseSetting(user.id, id.data, toSetting(parsed.data))) return failed("notFound");
  revalidatePath(`/cases/${id.data}`);
  revalidatePath("/cases");
  return { ok: true, data: undefined };
}

export async function setCaseStatusAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return saveSetting(caseId, caseStatusSchema.safeParse(values), (data) => data);
}

/** Which country's rules apply: the user's by default, another when the sender targets them from there. */
export async function setCaseCountryAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return saveSetting(caseId, caseCountrySchema.safeParse(values), (data) => data);
}

/** What the user says about the sender and themselves: licensed firm, customer, loss, where it got the number. */
export async function setCaseAnswersAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return saveSetting(caseId, caseQuestionsSchema.safeParse(values), toCaseAnswers);
}
