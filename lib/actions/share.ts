"use server";
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionResult } from "../action-result";
import { userAction } from "../user-action";
import { shareCase, unshareCase } from "../public/sharing";
import { idSchema } from "../validations/id";
import { shareSchema } from "../validations/share";

/** Shares the case (or updates what is public of it) exactly as the preview showed it. */
export const shareCaseAction = userAction(async (user, caseId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(caseId);
  const parsed = shareSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !(await shareCase(user, id.data, parsed.data))) return failed("notFound");
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
});

/** Takes the case out of the public directory at once. */
export const unshareCaseAction = userAction(async (user, caseId: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(caseId);
  if (!id.success || !(await unshareCase(user, id.data))) return failed("notFound");
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
});
