import "server-only";
import { findEvidenceForUser, listEvidenceForCase } from "@/db/queries/evidence";
import { findIncidentForUser } from "@/db/queries/incidents";
import type { User } from "@/db/schema";
import { isUuid } from "../validations/id";

/**
 * One of the user's files with the incident it belongs to, its place among the case's files and
 * its neighbours; null for anyone else's file, and for files not attached to an incident.
 */
export async function loadEvidencePage(user: User, evidenceId: string) {
  const file = isUuid(evidenceId) ? await findEvidenceForUser(user.id, evidenceId) : undefined;
  const incident = file?.incidentId ? await findIncidentForUser(user.id, file.incidentId) : undefined;
  if (!file || !file.caseId || !incident) return null;
  const siblings = await listEvidenceForCase(file.caseId);
  const index = siblings.findIndex((other) => other.id === file.id);
  return {
    file,
    caseId: file.caseId,
    incident,
    number: index + 1,
    total: siblings.length,
    previousId: siblings[index - 1]?.id ?? null,
    nextId: siblings[index + 1]?.id ?? null,
  };
}
