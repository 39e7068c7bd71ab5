"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { findIncidentForUser } from "@/db/queries/incidents";
import type { User } from "@/db/schema";
import { failed, invalid, type ActionResult } from "../action-result";
import { requireActionUser } from "../auth";
import { editIncident, recordIncident, removeIncident } from "../incidents";
import { incidentSchema } from "../validations/incident";

const idSchema = z.uuid();

/**
 * The server decides the zone and the default region, whatever the browser sent: the profile's
 * for a new incident, the incident's own for an edit (so a later change of zone moves nothing).
 */
function parseForUser(values: unknown, user: User, timeZone = user.timeZone) {
  const object = typeof values === "object" && values !== null ? values : {};
  return incidentSchema.safeParse({ ...object, country: user.country, timeZone });
}

export async function createIncidentAction(values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const parsed = parseForUser(values, user);
  if (!parsed.success) return invalid(parsed.error);
  const { caseId } = recordIncident(user.id, parsed.data);
  revalidatePath("/cases");
  redirect(`/cases/${caseId}?saved=created`);
}

export async function updateIncidentAction(incidentId: unknown, values: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(incidentId);
  const existing = id.success ? findIncidentForUser(user.id, id.data) : undefined;
  if (!existing) return failed("notFound");
  const parsed = parseForUser(values, user, existing.timeZone);
  if (!parsed.success) return invalid(parsed.error);
  const result = editIncident(user.id, existing.id, parsed.data);
  if (!result) return failed("notFound");
  revalidatePath("/cases");
  redirect(`/cases/${result.caseId}?saved=updated`);
}

export async function deleteIncidentAction(incidentId: unknown): Promise<ActionResult> {
  const user = await requireActionUser();
  const id = idSchema.safeParse(incidentId);
  if (!id.success) return failed("notFound");
  const result = removeIncident(user.id, id.data);
  if (!result) return failed("notFound");
  revalidatePath("/cases");
  redirect(result.caseDeleted ? "/cases?saved=caseDeleted" : `/cases/${result.caseId}?saved=deleted`);
}
