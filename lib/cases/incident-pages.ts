import "server-only";
import { getDb } from "@/db";
import { listEvidenceFor } from "@/db/queries/evidence";
import { findIncidentForUser } from "@/db/queries/incidents";
import type { User } from "@/db/schema";
import type { Country } from "../domain";
import { toEvidenceView } from "../evidence/view";
import { incidentToInput } from "./incidents";
import { nowLocal } from "../local-time";
import { isUuid } from "../validations/id";
import type { IncidentInput } from "../validations/incident";
import { findOwnCase } from "./own-case";

/** One of the user's incidents as its edit form shows it; null for anyone else's. */
export async function loadIncidentEditPage(user: User, incidentId: string) {
  const incident = isUuid(incidentId) ? await findIncidentForUser(user.id, incidentId) : undefined;
  if (!incident) return null;
  const files = await listEvidenceFor(getDb(), { kind: "incident", id: incident.id });
  return { incident, defaultValues: incidentToInput(incident, user.country as Country, files), initialEvidence: files.map(toEvidenceView) };
}

/**
 * A blank incident form in the user's country and time zone, now; from one of the user's cases
 * (`caseId`, "log another") with its sender filled in. Category and consent stay unanswered.
 */
export async function loadNewIncidentPage(user: User, caseId: string | undefined) {
  const fromCase = caseId ? await findOwnCase(user, caseId) : undefined;
  const defaultValues: Omit<IncidentInput, "category" | "consent"> = {
    country: user.country as Country,
    timeZone: user.timeZone,
    channel: "sms",
    sender: fromCase?.sender.display ?? "",
    occurredAt: nowLocal(user.timeZone),
    messageText: "",
    callAnswered: "",
    callMinutes: "",
    callSeconds: "",
    callOffer: "",
    stopRequest: "none",
    stopRequestedAt: "",
    companyNamed: "",
    sourceGiven: "",
    collectionTarget: "",
    threatened: "",
    evidence: [],
    source: "form",
  };
  return { fromCaseId: fromCase?.id ?? null, defaultValues };
}
