"use server";
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { changeCaseSetting } from "../case-overview";
import { caseCountrySchema, caseStatusSchema } from "../validations/case-settings";
import { idSchema } from "../validations/id";

async function saveSetting(caseId: unknown, parsed: ReturnType<typeof caseStatusSchema.safeParse> | ReturnType<typeof caseCountrySchema.safeParse>): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !changeCaseSetting(user.id, id.data, parsed.data)) return failed("notFound");
  revalidatePath(`/cases/${id.data}`);
  revalidatePath("/cases");
  return { ok: true, data: undefined };
}

export async function setCaseStatusAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return saveSetting(caseId, caseStatusSchema.safeParse(values));
}

/** Which country's rules apply: the user's by default, another when the sender targets them from there. */
export async function setCaseCountryAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return saveSetting(caseId, caseCountrySchema.safeParse(values));
}
