import "server-only";
import { writeTransaction } from "@/db";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceFor } from "@/db/queries/evidence";
import { deleteExchangeRow, findExchangeForUser, insertExchange, updateExchangeRow, type ExchangeFields } from "@/db/queries/exchanges";
import type { Evidence, Exchange } from "@/db/schema";
import { deleteUnreferencedBlobs } from "../evidence/blobs";
import { deleteBlobsOf, syncEvidence } from "../evidence/lifecycle";
import { isRecordedChannel } from "../domain";
import { instantToLocal, localToInstant } from "../local-time";
import { caseChanged } from "./changed";
import { once } from "../submissions";
import type { ExchangeInput } from "../validations/exchange";

export class InvalidExchangeError extends Error {}

function toFields(input: ExchangeInput): ExchangeFields {
  const occurredAt = localToInstant(input.occurredAt, input.timeZone);
  if (!occurredAt) throw new InvalidExchangeError("occurredAt is not a valid local time");
  const outgoing = input.direction === "outgoing";
  return {
    channel: input.channel,
    direction: input.direction,
    handle: input.handle.trim() || null,
    occurredAt,
    timeZone: input.timeZone,
    body: input.body.trim() || null,
    reference: input.reference.trim() || null,
    // What a reply did only describes replies; complaint and stop only describe what the user sent.
    tags: outgoing ? [] : [...new Set(input.tags)],
    isComplaint: outgoing && input.isComplaint,
    isStopRequest: outgoing && input.isStopRequest,
  };
}

/** Records an exchange on the user's case (once per submission key); null when the case is not theirs. */
export async function recordExchange(userId: string, caseId: string, input: ExchangeInput, submissionKey?: string): Promise<{ exchangeId: string } | null> {
  if (!(await findCaseForUser(userId, caseId))) return null;
  const fields = toFields(input);
  return once(userId, submissionKey, async (tx) => {
    const exchange = await insertExchange(tx, caseId, fields);
    await syncEvidence(tx, userId, { kind: "exchange", id: exchange.id }, input.evidence);
    await caseChanged(tx, caseId, "messages");
    return { exchangeId: exchange.id };
  });
}

export async function editExchange(userId: string, exchangeId: string, input: ExchangeInput): Promise<{ caseId: string } | null> {
  const existing = await findExchangeForUser(userId, exchangeId);
  if (!existing) return null;
  const fields = toFields(input);
  const dropped = await writeTransaction(async (tx) => {
    await updateExchangeRow(tx, exchangeId, fields);
    const keys = await syncEvidence(tx, userId, { kind: "exchange", id: exchangeId }, input.evidence);
    await caseChanged(tx, existing.caseId, "messages");
    return keys;
  });
  await deleteUnreferencedBlobs(dropped);
  return { caseId: existing.caseId };
}

export async function removeExchange(userId: string, exchangeId: string): Promise<{ caseId: string } | null> {
  const existing = await findExchangeForUser(userId, exchangeId);
  if (!existing) return null;
  let files: Evidence[] = [];
  await writeTransaction(async (tx) => {
    files = await listEvidenceFor(tx, { kind: "exchange", id: exchangeId });
    await deleteExchangeRow(tx, exchangeId);
    await caseChanged(tx, existing.caseId, "messages");
  });
  await deleteBlobsOf(files);
  return { caseId: existing.caseId };
}

export function exchangeToInput(exchange: Exchange, files: Evidence[]): ExchangeInput {
  if (!isRecordedChannel(exchange.channel)) throw new InvalidExchangeError("a public reply from the directory is not edited");
  return {
    timeZone: exchange.timeZone,
    channel: exchange.channel,
    direction: exchange.direction,
    handle: exchange.handle ?? "",
    occurredAt: instantToLocal(exchange.occurredAt, exchange.timeZone),
    body: exchange.body ?? "",
    reference: exchange.reference ?? "",
    tags: exchange.tags,
    isComplaint: exchange.isComplaint,
    isStopRequest: exchange.isStopRequest,
    evidence: files.map((file) => ({ id: file.id, caption: file.caption ?? "" })),
  };
}

/** The form values for a first message: the user writing, now; the channel still to choose. */
export function blankExchangeDefaults(timeZone: string, now = new Date()): Omit<ExchangeInput, "channel"> {
  return {
    timeZone,
    direction: "outgoing",
    handle: "",
    occurredAt: instantToLocal(now, timeZone),
    body: "",
    reference: "",
    tags: [],
    isComplaint: false,
    isStopRequest: false,
    evidence: [],
  };
}

/**
 * The form values for "add the next message": same channel and account, the other direction,
 * a minute after the previous one (or now, if that would be in the future).
 */
export function nextExchangeDefaults(previous: Exchange, timeZone: string, now = new Date()): ExchangeInput {
  const next = new Date(Math.min(previous.occurredAt.getTime() + 60_000, now.getTime()));
  return {
    ...blankExchangeDefaults(timeZone, next),
    // After a company's public reply, the person answers elsewhere: email is the likeliest.
    channel: isRecordedChannel(previous.channel) ? previous.channel : "email",
    direction: previous.direction === "outgoing" ? "incoming" : "outgoing",
    handle: previous.handle ?? "",
  };
}
