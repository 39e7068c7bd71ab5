"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionResult } from "../action-result";
import { userAction } from "../user-action";
import { chooseSenders, removeImport, resumeImport } from "../import/imports";
import { idSchema } from "../validations/id";
import { importSelectionSchema } from "../validations/import";

/** The review's answers for the picked senders: saved, and the import starts. The zone is the profile's. */
export const startImportAction = userAction(async (user, importId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(importId);
  if (!id.success) return failed("import.notFound");
  const object = typeof values === "object" && values !== null ? values : {};
  const parsed = importSelectionSchema.safeParse({ ...object, timeZone: user.timeZone });
  if (!parsed.success) return invalid(parsed.error);
  const result = await chooseSenders(user.id, id.data, parsed.data);
  if (!result.ok) return failed(`import.${result.error}`);
  revalidatePath(`/import/${id.data}`);
  return { ok: true, data: undefined };
});

export const resumeImportAction = userAction(async (user, importId: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(importId);
  if (!id.success || !(await resumeImport(user.id, id.data))) return failed("import.notFound");
  revalidatePath(`/import/${id.data}`);
  return { ok: true, data: undefined };
});

export const deleteImportAction = userAction(async (user, importId: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(importId);
  if (!id.success || !(await removeImport(user.id, id.data))) return failed("import.notFound");
  revalidatePath("/import");
  redirect("/import?deleted=1");
});
