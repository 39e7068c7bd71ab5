import "server-only";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { User } from "@/db/schema";
import { rulesForCase, violationsByIncident } from "./rules";
import { evidenceByParent } from "../evidence/view";
import { mergeTimeline, timelinePage } from "./timeline";
import { findOwnCase } from "./own-case";

/** Page `page` (from 1) of a case's whole timeline, with its files and rule marks; null for anyone but the case's owner. */
export async function loadTimelinePage(user: User, caseId: string, page: number) {
  const userCase = await findOwnCase(user, caseId);
  if (!userCase) return null;
  const incidents = await listIncidentsForCase(userCase.id);
  const exchanges = await listExchangesForCase(userCase.id);
  const rules = rulesForCase(userCase, incidents, { exchanges, region: user.region });
  return {
    userCase,
    ...timelinePage(mergeTimeline(incidents, exchanges), page),
    filesByParent: evidenceByParent(await listEvidenceForCase(userCase.id)),
    marks: violationsByIncident(rules),
  };
}
