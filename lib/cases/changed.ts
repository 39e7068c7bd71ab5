import "server-only";
import { setCaseOptOut } from "@/db/queries/cases";
import { earliestStopRequest } from "@/db/queries/exchanges";
import type { DbOrTx } from "@/db/queries/tx";
import { syncPublicCase } from "../public/sharing";

/**
 * What a write changed in a case: "messages" when incidents or exchanges were added, edited,
 * moved or removed (a stop request may have come or gone), "case" when only the case's own
 * fields or documents changed (they cannot move the opt-out).
 */
export type CaseChange = "messages" | "case";

/**
 * The one step every write to a case ends with, in the write's transaction and after it: the
 * opt-out time follows the earliest stop request, a shared case's public copy and its sender's
 * figures are recomputed, and the sender's cached public pages expire (through
 * refreshSenderStats). A case the write deleted goes through removeSharedCase instead.
 */
export async function caseChanged(tx: DbOrTx, caseId: string, what: CaseChange): Promise<void> {
  // The opt-out time is the earliest stop the user sent, in an incident or an exchange.
  if (what === "messages") await setCaseOptOut(tx, caseId, await earliestStopRequest(tx, caseId));
  await syncPublicCase(tx, caseId);
}
