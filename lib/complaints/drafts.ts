import "server-only";
import { getDb } from "@/db";
import { findCaseForUser, updateCase } from "@/db/queries/cases";
import { findComplaint, markComplaintFiled, upsertComplaint } from "@/db/queries/complaints";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { insertExchange, listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { Case, Sender, User } from "@/db/schema";
import { rulesForCase } from "../case-rules";
import { FILING_AS_EXCHANGE } from "../domain";
import { refreshCaseOptOut } from "../exchanges";
import { localToInstant } from "../local-time";
import type { DataLetterInput, FilingInput, OjkViolationInput } from "../validations/complaint";
import { countryPack } from "../countries";
import type { DataRequestRule } from "../countries/types";
import { DATA_LETTER_FIELDS, dataRequestDraft, type DataLetterField, type DataLetterFields } from "./data-request";
import { ojkViolationDraft, regenerate, type ComplaintFields, type ComplaintSource, type OjkViolationField } from "./ojk";
import { regenerateFields } from "./regenerate";

type UserCase = Case & { sender: Sender };

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

export type Draft = { fields: ComplaintFields; saved: boolean; filed: { at: Date; channel: string; reference: string | null } | null };

/** The saved draft, or a fresh one filled from the case (not stored until the user saves). */
export function openOjkDraft(user: User, userCase: UserCase): Draft {
  const stored = findComplaint(userCase.id, "ojk_violation");
  if (!stored) return { fields: ojkViolationDraft(complaintSource(user, userCase)), saved: false, filed: null };
  return {
    fields: stored.fields as ComplaintFields,
    saved: true,
    filed: stored.filedAt ? { at: stored.filedAt, channel: stored.filedChannel ?? "", reference: stored.filedReference } : null,
  };
}

export function saveOjkDraft(user: User, caseId: string, fields: OjkViolationInput): boolean {
  const userCase = findCaseForUser(user.id, caseId);
  if (!userCase) return false;
  const stored = findComplaint(caseId, "ojk_violation");
  upsertComplaint(getDb(), caseId, "ojk_violation", fields, stored?.generated ?? ojkViolationDraft(complaintSource(user, userCase)));
  return true;
}

/** Fills the draft again from the case; fields the user edited stay as they are. */
export function regenerateOjkDraft(user: User, caseId: string): { keptEdits: OjkViolationField[] } | null {
  const userCase = findCaseForUser(user.id, caseId);
  if (!userCase) return null;
  const fresh = ojkViolationDraft(complaintSource(user, userCase));
  const stored = findComplaint(caseId, "ojk_violation");
  if (!stored) {
    upsertComplaint(getDb(), caseId, "ojk_violation", fresh, fresh);
    return { keptEdits: [] };
  }
  const { fields, keptEdits } = regenerate(stored.fields as ComplaintFields, stored.generated as ComplaintFields, fresh);
  upsertComplaint(getDb(), caseId, "ojk_violation", fields, fresh);
  return { keptEdits };
}

/**
 * Records that the user filed the complaint: the draft is marked, the case becomes "escalated",
 * and the filing enters the timeline as a message to OJK, so OJK's replies can follow it.
 */
export function recordOjkFiling(user: User, caseId: string, filing: FilingInput): boolean {
  const userCase = findCaseForUser(user.id, caseId);
  const filedAt = localToInstant(filing.filedAt, filing.timeZone);
  if (!userCase || !filedAt) return false;
  getDb().transaction((tx) => {
    if (!findComplaint(caseId, "ojk_violation", tx)) {
      const fresh = ojkViolationDraft(complaintSource(user, userCase));
      upsertComplaint(tx, caseId, "ojk_violation", fresh, fresh);
    }
    const complaint = findComplaint(caseId, "ojk_violation", tx)!;
    markComplaintFiled(tx, complaint.id, { filedAt, filedChannel: filing.channel, filedReference: filing.reference || null });
    updateCase(tx, caseId, { status: "escalated" });
    insertExchange(tx, caseId, {
      channel: FILING_AS_EXCHANGE[filing.channel],
      direction: "outgoing",
      handle: "OJK",
      occurredAt: filedAt,
      timeZone: filing.timeZone,
      body: "Pengaduan berindikasi pelanggaran diajukan ke OJK.",
      reference: filing.reference || null,
      tags: [],
      isComplaint: false,
      isStopRequest: false,
    });
  });
  return true;
}

/** The case's personal-data letter: its rule (null when the country has none) and draft. */
export function openDataLetter(user: User, userCase: UserCase): { rule: DataRequestRule; fields: DataLetterFields; saved: boolean; sentAt: Date | null } | null {
  const rule = countryPack(userCase.country).dataRequest;
  if (!rule) return null;
  const stored = findComplaint(userCase.id, "sender_data");
  if (!stored) return { rule, fields: freshDataLetter(user, userCase, rule), saved: false, sentAt: null };
  return { rule, fields: stored.fields as DataLetterFields, saved: true, sentAt: stored.filedAt };
}

function freshDataLetter(user: User, userCase: UserCase, rule: DataRequestRule): DataLetterFields {
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

export function saveDataLetter(user: User, caseId: string, fields: DataLetterInput): boolean {
  const userCase = findCaseForUser(user.id, caseId);
  const rule = userCase ? countryPack(userCase.country).dataRequest : null;
  if (!userCase || !rule) return false;
  const stored = findComplaint(caseId, "sender_data");
  upsertComplaint(getDb(), caseId, "sender_data", fields, stored?.generated ?? freshDataLetter(user, userCase, rule));
  return true;
}

export function regenerateDataLetter(user: User, caseId: string): { keptEdits: DataLetterField[] } | null {
  const userCase = findCaseForUser(user.id, caseId);
  const rule = userCase ? countryPack(userCase.country).dataRequest : null;
  if (!userCase || !rule) return null;
  const fresh = freshDataLetter(user, userCase, rule);
  const stored = findComplaint(caseId, "sender_data");
  const { fields, keptEdits } = stored
    ? regenerateFields(DATA_LETTER_FIELDS, stored.fields as DataLetterFields, stored.generated as DataLetterFields, fresh)
    : { fields: fresh, keptEdits: [] };
  upsertComplaint(getDb(), caseId, "sender_data", fields, fresh);
  return { keptEdits };
}

/**
 * Records that the letter went out: its legal answer time becomes a deadline on the case, and
 * it enters the timeline as the user's message that also asks them to stop (the opt-out time).
 */
export function recordDataLetterSent(user: User, caseId: string, filing: FilingInput): boolean {
  const userCase = findCaseForUser(user.id, caseId);
  const rule = userCase ? countryPack(userCase.country).dataRequest : null;
  const sentAt = localToInstant(filing.filedAt, filing.timeZone);
  if (!userCase || !rule || !sentAt) return false;
  getDb().transaction((tx) => {
    if (!findComplaint(caseId, "sender_data", tx)) {
      const fresh = freshDataLetter(user, userCase, rule);
      upsertComplaint(tx, caseId, "sender_data", fresh, fresh);
    }
    const letter = findComplaint(caseId, "sender_data", tx)!;
    markComplaintFiled(tx, letter.id, { filedAt: sentAt, filedChannel: filing.channel, filedReference: filing.reference || null });
    insertExchange(tx, caseId, {
      channel: FILING_AS_EXCHANGE[filing.channel],
      direction: "outgoing",
      handle: (letter.fields as DataLetterFields).recipient || userCase.sender.display,
      occurredAt: sentAt,
      timeZone: filing.timeZone,
      body: (letter.fields as DataLetterFields).subject,
      reference: filing.reference || null,
      tags: [],
      isComplaint: false,
      isStopRequest: true,
    });
    refreshCaseOptOut(tx, caseId);
  });
  return true;
}
