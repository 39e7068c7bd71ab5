import "server-only";
import { getDb } from "@/db";
import { listEvidenceFor } from "@/db/queries/evidence";
import { findExchangeForUser } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { User } from "@/db/schema";
import { toEvidenceView } from "../evidence/view";
import { blankExchangeDefaults, exchangeToInput, nextExchangeDefaults } from "./exchanges";
import { isRecordedChannel } from "../domain";
import { isUuid } from "../validations/id";
import { findOwnCase } from "./own-case";

/** When the case's first incident happened (the form warns about exchanges before it). */
const firstIncidentAt = async (caseId: string) => (await listIncidentsForCase(caseId))[0]?.occurredAt.toISOString();

/** One of the user's exchanges as its edit form shows it; null for anyone else's. */
export async function loadExchangeEditPage(user: User, exchangeId: string) {
  const exchange = isUuid(exchangeId) ? await findExchangeForUser(user.id, exchangeId) : undefined;
  // A company's reply from the directory is the company's words: read-only.
  if (!exchange || !isRecordedChannel(exchange.channel)) return null;
  const files = await listEvidenceFor(getDb(), { kind: "exchange", id: exchange.id });
  return {
    exchange,
    defaultValues: exchangeToInput(exchange, files),
    initialEvidence: files.map(toEvidenceView),
    firstIncidentAt: await firstIncidentAt(exchange.caseId),
  };
}

/**
 * The form for a new exchange in one of the user's cases; after `afterId`, one of their exchanges,
 * it is "the next message" (when in this case, with the same channel and account and the direction
 * flipped). Null for anyone else's case.
 */
export async function loadNewExchangePage(user: User, caseId: string, afterId: string | undefined) {
  const userCase = await findOwnCase(user, caseId);
  if (!userCase) return null;
  const previous = afterId && isUuid(afterId) ? await findExchangeForUser(user.id, afterId) : undefined;
  return {
    userCase,
    previousId: previous?.id ?? null,
    defaultValues: previous && previous.caseId === userCase.id ? nextExchangeDefaults(previous, user.timeZone) : blankExchangeDefaults(user.timeZone),
    firstIncidentAt: await firstIncidentAt(userCase.id),
  };
}
