import "server-only";
import { type Tx, writeTransaction } from "@/db";
import { deleteCase, deleteCaseIfEmpty, findCaseForUser, findOrCreateCase } from "@/db/queries/cases";
import { deleteIncidentRow, findIncidentForUser, insertIncident, updateIncidentRow, type IncidentFields } from "@/db/queries/incidents";
import { listEvidenceFor, listEvidenceForCaseIn } from "@/db/queries/evidence";
import { insertIncidentsIfNew } from "@/db/queries/imports";
import { upsertSender } from "@/db/queries/senders";
import type { Evidence, Incident } from "@/db/schema";
import { deleteUnreferencedBlobs } from "../evidence/blobs";
import { deleteBlobsOf, syncEvidence } from "../evidence/lifecycle";
import { caseChanged } from "./changed";
import { removeSharedCase } from "../public/sharing";
import { instantToLocal, localToInstant } from "../local-time";
import { parseSender, type SenderIdentity } from "../sender-identity";
import { COLLECTION_CATEGORY, type Country } from "../domain";
import { once } from "../submissions";
import { FORM_SOURCES, type IncidentInput } from "../validations/incident";

/** Raised when a parsed input still cannot be stored; the action schema should prevent it. */
export class InvalidIncidentError extends Error {}

function toFields(input: IncidentInput): IncidentFields {
  const occurredAt = localToInstant(input.occurredAt, input.timeZone);
  if (!occurredAt) throw new InvalidIncidentError("occurredAt is not a valid local time");
  const isCall = input.channel === "call";
  const answered = isCall ? input.callAnswered === "yes" : null;
  const duration = Number(input.callMinutes || 0) * 60 + Number(input.callSeconds || 0);
  const asked = input.stopRequest !== "none";
  return {
    channel: input.channel,
    senderInput: input.sender.trim(),
    occurredAt,
    timeZone: input.timeZone,
    // Fields of the other channel kind are dropped so a switched form leaves nothing stale.
    messageText: isCall ? null : input.messageText.trim(),
    callAnswered: answered,
    callDurationSeconds: answered && duration > 0 ? duration : null,
    callOffer: isCall && input.callOffer.trim() !== "" ? input.callOffer.trim() : null,
    category: input.category,
    consent: input.consent,
    stopRequest: input.stopRequest,
    stopRequestedAt: asked && input.stopRequestedAt ? localToInstant(input.stopRequestedAt, input.timeZone) : null,
    companyNamed: input.companyNamed || null,
    sourceGiven: input.sourceGiven || null,
    // The collection questions only describe a debt collector's contact.
    collectionTarget: input.category === COLLECTION_CATEGORY ? input.collectionTarget || null : null,
    threatened: input.category === COLLECTION_CATEGORY ? input.threatened || null : null,
  };
}

function resolveSender(input: IncidentInput) {
  const parsed = parseSender(input.sender, input.country);
  if (!parsed.ok) throw new InvalidIncidentError(parsed.error);
  return parsed.identity;
}

/**
 * Logs an incident into the user's case for its sender, opening the case on first sight. With a
 * submission key, a repeat of the same submission answers the first incident and writes nothing.
 */
export async function recordIncident(userId: string, input: IncidentInput, submissionKey?: string): Promise<{ caseId: string; incidentId: string }> {
  const identity = resolveSender(input);
  const fields = toFields(input);
  return once(userId, submissionKey, async (tx) => {
    const sender = await upsertSender(tx, identity);
    const userCase = await findOrCreateCase(tx, userId, sender.id, input.country);
    // The source is set once, when the incident is logged; an edit keeps it.
    const incident = await insertIncident(tx, userCase.id, { ...fields, source: input.source });
    await syncEvidence(tx, userId, { kind: "incident", id: incident.id }, input.evidence);
    await caseChanged(tx, userCase.id, "messages");
    return { caseId: userCase.id, incidentId: incident.id };
  });
}

/** An incident read from a history file: its sender's identity and the fields, import key and source included. */
export type ImportedIncident = { identity: SenderIdentity; fields: IncidentFields & { importKey: string } };
export type DbTx = Tx;

/**
 * Logs a batch of imported incidents in one transaction, as recordIncident does one by one:
 * cases are opened on first sight, and the opt-out and the public copy of each case that got new
 * incidents are brought up to date once for the whole batch, not per message (the opt-out only
 * when a new incident carries a stop request: others cannot move it). An incident whose case
 * already has its import key is left alone (null in the answer). `inSameTransaction` runs last,
 * inside the transaction, so the import's own progress commits with its incidents.
 */
export async function recordImportedIncidents(
  userId: string,
  country: Country,
  items: ImportedIncident[],
  inSameTransaction?: (tx: DbTx, results: { caseId: string; incidentId: string | null }[]) => Promise<void> | void,
  /**
   * Sender identity key → case id, kept by the caller across the batches of one import: looking
   * the sender and case up again for every batch cost half the import. (Should the user delete
   * such a case meanwhile, the next batch fails on its foreign key and the import can be resumed.)
   */
  caseBySender: Map<string, string> = new Map(),
): Promise<{ caseId: string; incidentId: string | null }[]> {
  return writeTransaction(async (tx) => {
    const rows: (ImportedIncident["fields"] & { caseId: string })[] = [];
    for (const { identity, fields } of items) {
      let caseId = caseBySender.get(identity.key);
      if (!caseId) {
        const sender = await upsertSender(tx, identity);
        caseId = (await findOrCreateCase(tx, userId, sender.id, country)).id;
        caseBySender.set(identity.key, caseId);
      }
      rows.push({ ...fields, caseId });
    }
    const inserted = await insertIncidentsIfNew(rows);
    const changed = new Set<string>();
    const stopChanged = new Set<string>();
    const results = rows.map((row, i) => {
      const incidentId = inserted[i] ?? null;
      if (incidentId) {
        changed.add(row.caseId);
        if (row.stopRequestedAt) stopChanged.add(row.caseId);
      }
      return { caseId: row.caseId, incidentId };
    });
    for (const caseId of changed) {
      // New incidents without a stop request cannot move the opt-out.
      await caseChanged(tx, caseId, stopChanged.has(caseId) ? "messages" : "case");
    }
    await inSameTransaction?.(tx, results);
    return results;
  });
}

/**
 * Saves an edit. If the sender was corrected to another one, the incident moves to that
 * sender's case, and the old case goes if it is left empty. Null when not the user's incident.
 */
export async function editIncident(userId: string, incidentId: string, input: IncidentInput): Promise<{ caseId: string } | null> {
  const existing = await findIncidentForUser(userId, incidentId);
  if (!existing) return null;
  const identity = resolveSender(input);
  const fields = toFields(input);
  const { caseId, droppedBlobs } = await writeTransaction(async (tx) => {
    const sender = await upsertSender(tx, identity);
    const target = await findOrCreateCase(tx, userId, sender.id, input.country);
    await updateIncidentRow(tx, incidentId, target.id, fields);
    const dropped = await syncEvidence(tx, userId, { kind: "incident", id: incidentId }, input.evidence);
    await caseChanged(tx, target.id, "messages");
    if (target.id !== existing.caseId && !(await removeSharedCase(tx, existing.caseId, () => deleteCaseIfEmpty(tx, existing.caseId)))) {
      await caseChanged(tx, existing.caseId, "messages");
    }
    return { caseId: target.id, droppedBlobs: dropped };
  });
  await deleteUnreferencedBlobs(droppedBlobs);
  return { caseId };
}

/** Deletes the user's incident; null when it is not theirs. */
export async function removeIncident(userId: string, incidentId: string): Promise<{ caseId: string; caseDeleted: boolean } | null> {
  const existing = await findIncidentForUser(userId, incidentId);
  if (!existing) return null;
  let files: Evidence[] = [];
  const caseDeleted = await writeTransaction(async (tx) => {
    files = await listEvidenceFor(tx, { kind: "incident", id: incidentId });
    await deleteIncidentRow(tx, incidentId);
    const caseDeleted = await removeSharedCase(tx, existing.caseId, () => deleteCaseIfEmpty(tx, existing.caseId));
    if (!caseDeleted) {
      await caseChanged(tx, existing.caseId, "messages");
    }
    return caseDeleted;
  });
  await deleteBlobsOf(files);
  return { caseId: existing.caseId, caseDeleted };
}

/** Deletes the user's whole case: its incidents, their evidence rows and files. */
export async function removeCase(userId: string, caseId: string): Promise<boolean> {
  if (!(await findCaseForUser(userId, caseId))) return false;
  let files: Evidence[] = [];
  await writeTransaction(async (tx) => {
    files = await listEvidenceForCaseIn(tx, caseId);
    await removeSharedCase(tx, caseId, () => deleteCase(tx, caseId));
  });
  await deleteBlobsOf(files);
  return true;
}

/** The form values that show a stored incident for editing, in the zone it was entered in. */
export function incidentToInput(incident: Incident, country: IncidentInput["country"], files: Evidence[]): IncidentInput {
  const duration = incident.callDurationSeconds ?? 0;
  return {
    country,
    timeZone: incident.timeZone,
    channel: incident.channel,
    sender: incident.senderInput,
    occurredAt: instantToLocal(incident.occurredAt, incident.timeZone),
    messageText: incident.messageText ?? "",
    callAnswered: incident.callAnswered === null ? "" : incident.callAnswered ? "yes" : "no",
    callMinutes: duration ? String(Math.floor(duration / 60)) : "",
    callSeconds: duration ? String(duration % 60) : "",
    callOffer: incident.callOffer ?? "",
    category: incident.category,
    consent: incident.consent,
    stopRequest: incident.stopRequest,
    stopRequestedAt: incident.stopRequestedAt ? instantToLocal(incident.stopRequestedAt, incident.timeZone) : "",
    companyNamed: incident.companyNamed ?? "",
    sourceGiven: incident.sourceGiven ?? "",
    collectionTarget: incident.collectionTarget ?? "",
    threatened: incident.threatened ?? "",
    evidence: files.map((file) => ({ id: file.id, caption: file.caption ?? "" })),
    // Ignored by an edit (editIncident keeps the stored source); imported ones show as "form".
    source: (FORM_SOURCES as readonly string[]).includes(incident.source) ? (incident.source as IncidentInput["source"]) : "form",
  };
}
