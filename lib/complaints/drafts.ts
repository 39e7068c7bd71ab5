import "server-only";
import { getDb } from "@/db";
import { findCaseForUser, updateCase } from "@/db/queries/cases";
import { findComplaint, markComplaintFiled, upsertComplaint } from "@/db/queries/complaints";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { insertExchange, listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { Case, Complaint, Sender, User } from "@/db/schema";
import type { DbOrTx } from "@/db/queries/tx";
import { isFinancialCase } from "../case-progress";
import { progressForCase } from "../case-overview";
import { rulesForCase } from "../case-rules";
import { countryPack } from "../countries";
import { FILING_AS_EXCHANGE, type ComplaintKind } from "../domain";
import { refreshCaseOptOut } from "../exchanges";
import { localToInstant } from "../local-time";
import type { FilingInput } from "../validations/complaint";
import { DATA_LETTER_FIELDS, dataRequestDraft, type DataLetterFields } from "./data-request";
import { OJK_DISPUTE_FIELDS, OJK_VIOLATION_FIELDS, ojkDisputeDraft, ojkViolationDraft, type ComplaintSource } from "./ojk";
import { regenerateFields } from "./regenerate";

type UserCase = Case & { sender: Sender };
type Fields = Record<string, string>;

/** Everything a complaint is filled from, read from the case and the user's private profile. */
export function complaintSource(user: User, userCase: UserCase): ComplaintSource {
  const incidents = listIncidentsForCase(userCase.id);
  return {
    sender: userCase.sender.display,
    complainant: { legalName: user.legalName, idNumber: user.idNumber, postalAddress: user.postalAddress, phone: user.phone, email: user.email },
    timeZone: user.timeZone,
    incidents,
    exchanges: listExchangesForCase(userCase.id),
    violations: rulesForCase(userCase, incidents).violations,
    evidence: listEvidenceForCase(userCase.id),
  };
}

function dataLetterFromCase(user: User, userCase: UserCase): DataLetterFields | null {
  const rule = countryPack(userCase.country).dataRequest;
  if (!rule) return null;
  const incidents = listIncidentsForCase(userCase.id);
  return dataRequestDraft(
    {
      sender: userCase.sender.display,
      complainant: { legalName: user.legalName, phone: user.phone, email: user.email },
      firstContact: incidents[0]?.occurredAt ?? null,
      lastContact: incidents.at(-1)?.occurredAt ?? null,
      timeZone: user.timeZone,
    },
    rule,
  );
}

/** The dispute request: only for a financial firm in Indonesia, naming the deadline it let pass. */
function disputeFromCase(user: User, userCase: UserCase): Fields | null {
  const source = complaintSource(user, userCase);
  if (userCase.country !== "ID" || !isFinancialCase(source.incidents.map((incident) => incident.category))) return null;
  const categories = source.incidents.map((incident) => incident.category);
  const written = progressForCase(userCase, categories, source.exchanges, user.timeZone).deadlines.find(
    (deadline) => deadline.rule.trigger === "writtenComplaint",
  );
  return ojkDisputeDraft(source, written ?? null);
}

/** Each kind of document: its fields, and how it is filled from a case (null: not for this case). */
const DOCUMENTS: Record<ComplaintKind, { fields: readonly string[]; fill: (user: User, userCase: UserCase) => Fields | null }> = {
  ojk_violation: { fields: OJK_VIOLATION_FIELDS, fill: (user, userCase) => ojkViolationDraft(complaintSource(user, userCase)) },
  ojk_dispute: { fields: OJK_DISPUTE_FIELDS, fill: disputeFromCase },
  sender_data: { fields: DATA_LETTER_FIELDS, fill: dataLetterFromCase },
};

export type Draft = { fields: Fields; saved: boolean; filed: { at: Date; channel: string; reference: string | null } | null };

/** The saved draft, or a fresh one filled from the case (not stored until the user saves); null if the case has no such document. */
export function openDocument(kind: ComplaintKind, user: User, userCase: UserCase): Draft | null {
  const stored = findComplaint(userCase.id, kind);
  if (!stored) {
    const fields = DOCUMENTS[kind].fill(user, userCase);
    return fields ? { fields, saved: false, filed: null } : null;
  }
  return {
    fields: stored.fields,
    saved: true,
    filed: stored.filedAt ? { at: stored.filedAt, channel: stored.filedChannel ?? "", reference: stored.filedReference } : null,
  };
}

export function saveDocument(kind: ComplaintKind, user: User, caseId: string, fields: Fields): boolean {
  const userCase = findCaseForUser(user.id, caseId);
  const generated = userCase ? (findComplaint(caseId, kind)?.generated ?? DOCUMENTS[kind].fill(user, userCase)) : null;
  if (!userCase || !generated) return false;
  upsertComplaint(getDb(), caseId, kind, fields, generated);
  return true;
}

/** Fills the draft again from the case; fields the user edited stay as they are. */
export function regenerateDocument(kind: ComplaintKind, user: User, caseId: string): { keptEdits: string[] } | null {
  const userCase = findCaseForUser(user.id, caseId);
  const fresh = userCase ? DOCUMENTS[kind].fill(user, userCase) : null;
  if (!userCase || !fresh) return null;
  const stored = findComplaint(caseId, kind);
  const { fields, keptEdits } = stored ? regenerateFields(DOCUMENTS[kind].fields, stored.fields, stored.generated, fresh) : { fields: fresh, keptEdits: [] };
  upsertComplaint(getDb(), caseId, kind, fields, fresh);
  return { keptEdits };
}

/**
 * Records that the user filed or sent a document: the draft (stored now if it never was) is
 * marked with the date, then `effects` puts it into the case, in the same transaction.
 */
function recordSent(
  kind: ComplaintKind,
  user: User,
  caseId: string,
  filing: FilingInput,
  effects: (tx: DbOrTx, userCase: UserCase, document: Complaint, sentAt: Date) => void,
): boolean {
  const userCase = findCaseForUser(user.id, caseId);
  const sentAt = localToInstant(filing.filedAt, filing.timeZone);
  const fresh = userCase && !findComplaint(caseId, kind) ? DOCUMENTS[kind].fill(user, userCase) : null;
  if (!userCase || !sentAt || (!fresh && !findComplaint(caseId, kind))) return false;
  getDb().transaction((tx) => {
    if (fresh) upsertComplaint(tx, caseId, kind, fresh, fresh);
    const document = findComplaint(caseId, kind, tx)!;
    markComplaintFiled(tx, document.id, { filedAt: sentAt, filedChannel: filing.channel, filedReference: filing.reference || null });
    effects(tx, userCase, document, sentAt);
  });
  return true;
}

const FILED_WITH_OJK = {
  ojk_violation: "Pengaduan berindikasi pelanggaran diajukan ke OJK.",
  ojk_dispute: "Permohonan fasilitasi penyelesaian sengketa diajukan ke OJK.",
} as const;

/** A document was filed with OJK: the case becomes "escalated" and the filing enters the timeline, so OJK's replies can follow. */
export function recordOjkFiling(kind: keyof typeof FILED_WITH_OJK, user: User, caseId: string, filing: FilingInput): boolean {
  return recordSent(kind, user, caseId, filing, (tx, _userCase, _document, sentAt) => {
    updateCase(tx, caseId, { status: "escalated" });
    insertExchange(tx, caseId, {
      channel: FILING_AS_EXCHANGE[filing.channel],
      direction: "outgoing",
      handle: "OJK",
      occurredAt: sentAt,
      timeZone: filing.timeZone,
      body: FILED_WITH_OJK[kind],
      reference: filing.reference || null,
      tags: [],
      isComplaint: false,
      isStopRequest: false,
    });
  });
}

/** The data letter went out: its answer time becomes a deadline, and it counts as the user's request to stop. */
export function recordDataLetterSent(user: User, caseId: string, filing: FilingInput): boolean {
  return recordSent("sender_data", user, caseId, filing, (tx, userCase, document, sentAt) => {
    const fields = document.fields as DataLetterFields;
    insertExchange(tx, caseId, {
      channel: FILING_AS_EXCHANGE[filing.channel],
      direction: "outgoing",
      handle: fields.recipient || userCase.sender.display,
      occurredAt: sentAt,
      timeZone: filing.timeZone,
      body: fields.subject,
      reference: filing.reference || null,
      tags: [],
      isComplaint: false,
      isStopRequest: true,
    });
    refreshCaseOptOut(tx, caseId);
  });
}
