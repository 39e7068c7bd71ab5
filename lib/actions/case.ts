"use server";
import { revalidatePath } from "next/cache";
import type { ZodError } from "zod";
import type { User } from "@/db/schema";
import { failed, invalid, type ActionResult } from "../action-result";
import { changeCaseSetting } from "../cases/overview";
import { toCaseAnswers } from "../cases/questions";
import { caseQuestionsSchema } from "../validations/case-questions";
import { caseCountrySchema, caseStatusSchema } from "../validations/case-settings";
import { idSchema } from "../validations/id";
import { userAction } from "../user-action";

type Parsed<T> = { success: true; data: T } | { success: false; error: ZodError };

async function saveSetting<T>(
  user: User,
  caseId: unknown,
  parsed: Parsed<T>,
  toSetting: (data: T) => Parameters<typeof changeCaseSetting>[2],
): Promise<ActionResult> {
  const id = idSchema.safeParse(caseId);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !(await changeCaseSetting(user.id, id.data, toSetting(parsed.data)))) return failed("notFound");
  revalidatePath(`/cases/${id.data}`);
  revalidatePath("/cases");
  return { ok: true, data: undefined };
}

export const setCaseStatusAction = userAction(async (user, caseId: unknown, values: unknown) =>
  saveSetting(user, caseId, caseStatusSchema.safeParse(values), (data) => data),
);

/** Which country's rules apply: the user's by default, another when the sender targets them from there. */
export const setCaseCountryAction = userAction(async (user, caseId: unknown, values: unknown) =>
  saveSetting(user, caseId, caseCountrySchema.safeParse(values), (data) => data),
);

/** What the user says about the sender and themselves: licensed firm, customer, loss, where it got the number. */
export const setCaseAnswersAction = userAction(async (user, caseId: unknown, values: unknown) =>
  saveSetting(user, caseId, caseQuestionsSchema.safeParse(values), toCaseAnswers),
);
