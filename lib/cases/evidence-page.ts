import "server-only";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { User } from "@/db/schema";
import { EVIDENCE_MAX_FILES_PER_INCIDENT } from "../evidence/limits";
import { evidenceByParent } from "../evidence/view";
import { mergeTimeline } from "./timeline";
import { findOwnCase } from "./own-case";

/**
 * The page that adds files to a case: every entry of its timeline, oldest first, with the room
 * each has left, and the case's files; null for anyone but the case's owner.
 */
export async function loadCaseEvidencePage(user: User, caseId: string) {
  const userCase = await findOwnCase(user, caseId);
  if (!userCase) return null;
  const files = await listEvidenceForCase(userCase.id);
  const filesByParent = evidenceByParent(files);
  const entries = mergeTimeline(await listIncidentsForCase(userCase.id), await listExchangesForCase(userCase.id)).map((entry) => {
    const id = entry.kind === "incident" ? entry.incident.id : entry.exchange.id;
    return { entry, id, room: EVIDENCE_MAX_FILES_PER_INCIDENT - (filesByParent.get(id)?.length ?? 0) };
  });
  return { userCase, files, entries };
}
