"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failed, invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { recordDataLetterSent, recordOjkFiling, recordRegulatorFiling, regenerateDocument, saveDocument } from "../complaints/drafts";
import { submissionKeyOf } from "../submissions";
import { documentKindSchema, documentSchema, filingSchema } from "../validations/complaint";
import { idSchema } from "../validations/id";

const regulatorIdSchema = z.string().regex(/^[A-Z0-9-]{2,40}$/);

/** Saves the draft of a document of a case (its kind comes bound from the page, and is checked). */
export async function saveDocumentAction(kind: unknown, caseId: unknown, values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const documentKind = documentKindSchema.safeParse(kind);
  if (!id.success || !documentKind.success) return failed("notFound");
  const parsed = documentSchema(documentKind.data).safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!saveDocument(documentKind.data, user, id.data, parsed.data)) return failed("notFound");
  revalidatePath(`/cases/${id.data}`, "layout");
  return { ok: true, data: undefined };
}

export async function regenerateDocumentAction(kind: unknown, caseId: unknown): Promise<ActionResult<{ keptEdits: string[] }>> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const documentKind = documentKindSchema.safeParse(kind);
  const result = id.success && documentKind.success ? regenerateDocument(documentKind.data, user, id.data) : null;
  if (!result) return failed("notFound");
  revalidatePath(`/cases/${id.data}`, "layout");
  return { ok: true, data: result };
}

async function recordSentAction(caseId: unknown, values: unknown, record: typeof recordDataLetterSent): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(caseId);
  const object = typeof values === "object" && values !== null ? values : {};
  const parsed = filingSchema.safeParse({ ...object, timeZone: user.timeZone });
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success || !record(user, id.data, parsed.data, submissionKeyOf(values))) return failed("notFound");
  revalidatePath("/cases", "layout");
  return { ok: true, data: undefined };
}

export async function recordOjkFilingAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return recordSentAction(caseId, values, (user, id, filing, key) => recordOjkFiling("ojk_violation", user, id, filing, key));
}

export async function recordOjkDisputeFilingAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return recordSentAction(caseId, values, (user, id, filing, key) => recordOjkFiling("ojk_dispute", user, id, filing, key));
}

export async function recordDataLetterSentAction(caseId: unknown, values: unknown): Promise<ActionResult> {
  return recordSentAction(caseId, values, recordDataLetterSent);
}

/** A body's templated complaint was filed (or, for a demand letter, sent to the sender). */
export async function recordRegulatorFilingAction(regulatorId: unknown, caseId: unknown, values: unknown): Promise<ActionResult> {
  const regulator = regulatorIdSchema.safeParse(regulatorId);
  return recordSentAction(caseId, values, (user, id, filing, key) => regulator.success && recordRegulatorFiling(regulator.data, user, id, filing, key));
}
