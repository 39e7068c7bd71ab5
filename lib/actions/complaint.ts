"use server";
import { revalidatePath } from "next/cache";
import { failed, invalid, type ActionResult } from "../action-result";
import { regenerateDocument, saveDocument } from "../complaints/drafts";
import { ownDocument } from "../documents/registry";
import { submissionKeyOf } from "../submissions";
import { documentFormSchema, documentSlugSchema, filingSchema } from "../validations/complaint";
import { idSchema } from "../validations/id";
import type { User } from "@/db/schema";
import { userAction } from "../user-action";

/** The user's case and the kind of document the page bound (both checked); null: not found. */
async function documentOf(user: User, kind: unknown, caseId: unknown) {
  const id = idSchema.safeParse(caseId);
  const slug = documentSlugSchema.safeParse(kind);
  return id.success && slug.success ? await ownDocument(user, id.data, slug.data) : null;
}

/** Saves the draft of a document of a case (its kind comes bound from the page, and is checked). */
export const saveDocumentAction = userAction(async (user, kind: unknown, caseId: unknown, values: unknown): Promise<ActionResult> => {
  const found = await documentOf(user, kind, caseId);
  if (!found) return failed("notFound");
  const parsed = documentFormSchema(found.type.fields).safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await saveDocument(found.type, user, found.userCase, parsed.data))) return failed("notFound");
  revalidatePath(`/cases/${found.userCase.id}`, "layout");
  return { ok: true, data: undefined };
});

export const regenerateDocumentAction = userAction(async (user, kind: unknown, caseId: unknown): Promise<ActionResult<{ keptEdits: string[] }>> => {
  const found = await documentOf(user, kind, caseId);
  const result = found ? await regenerateDocument(found.type, user, found.userCase) : null;
  if (!found || !result) return failed("notFound");
  revalidatePath(`/cases/${found.userCase.id}`, "layout");
  return { ok: true, data: result };
});

/** "I filed it / I sent it": what that does to the case is the kind's own (lib/documents/registry.ts). */
export const recordDocumentSentAction = userAction(async (user, kind: unknown, caseId: unknown, values: unknown): Promise<ActionResult> => {
  const object = typeof values === "object" && values !== null ? values : {};
  const parsed = filingSchema.safeParse({ ...object, timeZone: user.timeZone });
  if (!parsed.success) return invalid(parsed.error);
  const found = await documentOf(user, kind, caseId);
  if (!found || !(await found.type.record(user, found.userCase.id, parsed.data, submissionKeyOf(values)))) return failed("notFound");
  revalidatePath("/cases", "layout");
  return { ok: true, data: undefined };
});
