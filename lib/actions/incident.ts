"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { findIncidentForUser } from "@/db/queries/incidents";
import type { User } from "@/db/schema";
import { failed, invalid, type ActionResult } from "../action-result";
import { userAction } from "../user-action";
import { EvidenceUnavailableError } from "../evidence/lifecycle";
import { editIncident, recordIncident, removeCase, removeIncident } from "../cases/incidents";
import { idSchema } from "../validations/id";
import { submissionKeyOf } from "../submissions";
import { incidentSchema } from "../validations/incident";

/**
 * The server decides the zone and the default region, whatever the browser sent: the profile's
 * for a new incident, the incident's own for an edit (so a later change of zone moves nothing).
 */
function parseForUser(values: unknown, user: User, timeZone = user.timeZone) {
  const object = typeof values === "object" && values !== null ? values : {};
  // A form from before `source` existed (an open tab across an update) was typed in.
  return incidentSchema.safeParse({ source: "form", ...object, country: user.country, timeZone });
}

export const createIncidentAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = parseForUser(values, user);
  if (!parsed.success) return invalid(parsed.error);
  let caseId: string;
  try {
    caseId = (await recordIncident(user.id, parsed.data, submissionKeyOf(values))).caseId;
  } catch (error) {
    return evidenceFailure(error);
  }
  revalidatePath("/cases");
  redirect(`/cases/${caseId}?saved=created`);
});

export const updateIncidentAction = userAction(async (user, incidentId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(incidentId);
  const existing = id.success ? await findIncidentForUser(user.id, id.data) : undefined;
  if (!existing) return failed("notFound");
  const parsed = parseForUser(values, user, existing.timeZone);
  if (!parsed.success) return invalid(parsed.error);
  let result: Awaited<ReturnType<typeof editIncident>>;
  try {
    result = await editIncident(user.id, existing.id, parsed.data);
  } catch (error) {
    return evidenceFailure(error);
  }
  if (!result) return failed("notFound");
  revalidatePath("/cases");
  redirect(`/cases/${result.caseId}?saved=updated`);
});

export const deleteIncidentAction = userAction(async (user, incidentId: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(incidentId);
  if (!id.success) return failed("notFound");
  const result = await removeIncident(user.id, id.data);
  if (!result) return failed("notFound");
  revalidatePath("/cases");
  redirect(result.caseDeleted ? "/cases?saved=caseDeleted" : `/cases/${result.caseId}?saved=deleted`);
});

export const deleteCaseAction = userAction(async (user, caseId: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(caseId);
  if (!id.success || !(await removeCase(user.id, id.data))) return failed("notFound");
  revalidatePath("/cases");
  redirect("/cases?saved=caseDeleted");
});

/** A file listed in the form is gone (removed in another tab, or swept after a day). */
function evidenceFailure(error: unknown): ActionResult {
  if (error instanceof EvidenceUnavailableError) return failed("evidence.gone", { evidence: "evidence.gone" });
  throw error;
}
