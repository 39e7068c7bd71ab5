import "server-only";
import { getDb, writeTransaction } from "@/db";
import { findCaseForUser, updateCase } from "@/db/queries/cases";
import { findComplaint, markComplaintFiled, upsertComplaint } from "@/db/queries/complaints";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { insertExchange, listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { Case, Complaint, Sender, User } from "@/db/schema";
import type { DbOrTx } from "@/db/queries/tx";
import { progressForCase } from "../cases/overview";
import { rulesForCase } from "../cases/rules";
import { countryPack } from "../countries";
import type { Regulator } from "../countries/types";
import { FILING_AS_EXCHANGE } from "../domain";
import type { DocumentKind } from "../documents/registry";
import { caseChanged } from "../cases/changed";
import { localToInstant } from "../local-time";
import { once } from "../submissions";
import type { FilingInput } from "../validations/complaint";
import { dataRequestDraft, type DataLetterFields } from "./data-request";
import { ojkDisputeDraft, ojkDisputeMayApply, type ComplaintSource } from "./ojk";
import { regenerateFields } from "./regenerate";
import { phrasesFor, type RegulatorComplaintFields } from "./regulator";

type UserCase = Case & { sender: Sender };
type Fields = Record<string, string>;

/** Everything a complaint is filled from, read from the case, what the user answered about it, and their private profile. */
export async function complaintSource(user: User, userCase: UserCase): Promise<ComplaintSource> {
  const incidents = await listIncidentsForCase(userCase.id);
  const exchanges = await listExchangesForCase(userCase.id);
  return {
    sender: userCase.sender.display,
    complainant: { legalName: user.legalName, idNumber: user.idNumber, postalAddress: user.postalAddress, phone: user.phone, email: user.email },
    timeZone: user.timeZone,
    incidents,
    exchanges,
    violations: rulesForCase(userCase, incidents, { exchanges, region: user.region }).violations,
    answers: {
      licensed: userCase.licensed,
      customer: userCase.customer,
      product: userCase.product,
      lossRupiah: userCase.lossRupiah,
      numberSource: userCase.numberSource,
    },
    evidence: await listEvidenceForCase(userCase.id),
  };
}

/** The personal-data letter to the sender, where the case's country has a rule for it. */
export async function dataLetterFromCase(user: User, userCase: UserCase): Promise<DataLetterFields | null> {
  const rule = countryPack(userCase.country).dataRequest;
  if (!rule) return null;
  const incidents = await listIncidentsForCase(userCase.id);
  return dataRequestDraft(
    {
      sender: userCase.sender.display,
      complainant: { legalName: user.legalName, phone: user.phone, email: user.email },
      firstContact: incidents[0]?.occurredAt ?? null,
      lastContact: incidents.at(-1)?.occurredAt ?? null,
      timeZone: user.timeZone,
      consents: incidents.map((incident) => incident.consent),
    },
    rule,
  );
}

/** The dispute request: only where it may apply, naming the deadline the firm let pass. */
export async function disputeFromCase(user: User, userCase: UserCase): Promise<Fields | null> {
  const source = await complaintSource(user, userCase);
  const categories = source.incidents.map((incident) => incident.category);
  if (!ojkDisputeMayApply(userCase, categories)) return null;
  const written = (await progressForCase(userCase, categories, source.exchanges, user)).deadlines.find(
    (deadline) => deadline.rule.trigger === "writtenComplaint",
  );
  return ojkDisputeDraft(source, written ?? null);
}

/** What a draft needs of its kind (lib/documents/registry.ts): how it is stored, its fields, and how it is filled from a case (null: not for this case). */
export type DraftType = { kind: DocumentKind; fields: readonly string[]; fill: (user: User, userCase: UserCase) => Promise<Fields | null> | Fields | null };

export type TemplatedRegulator = Regulator & { complaint: NonNullable<Regulator["complaint"]> };

/** A body of the case's country with a complaint template. */
export function templatedRegulator(country: string, regulatorId: string): TemplatedRegulator | null {
  const regulator = countryPack(country).regulators.find((r) => r.id === regulatorId);
  return regulator?.complaint ? (regulator as TemplatedRegulator) : null;
}

export type Draft = { fields: Fields; saved: boolean; filed: { at: Date; channel: string; reference: string | null } | null };

/** The saved draft, or a fresh one filled from the case (not stored until the user saves); null if the case has no such document. */
export async function openDocument(type: DraftType, user: User, userCase: UserCase): Promise<Draft | null> {
  const stored = await findComplaint(getDb(), userCase.id, type.kind);
  if (!stored) {
    const fields = await type.fill(user, userCase);
    return fields ? { fields, saved: false, filed: null } : null;
  }
  return {
    fields: stored.fields,
    saved: true,
    filed: stored.filedAt ? { at: stored.filedAt, channel: stored.filedChannel ?? "", reference: stored.filedReference } : null,
  };
}

export async function saveDocument(type: DraftType, user: User, userCase: UserCase, fields: Fields): Promise<boolean> {
  return writeTransaction(async (tx) => {
    const generated = (await findComplaint(tx, userCase.id, type.kind))?.generated ?? (await type.fill(user, userCase));
    if (!generated) return false;
    await upsertComplaint(tx, userCase.id, type.kind, fields, generated);
    return true;
  });
}

/** Fills the draft again from the case; fields the user edited stay as they are. */
export async function regenerateDocument(type: DraftType, user: User, userCase: UserCase): Promise<{ keptEdits: string[] } | null> {
  const fresh = await type.fill(user, userCase);
  if (!fresh) return null;
  return writeTransaction(async (tx) => {
    const stored = await findComplaint(tx, userCase.id, type.kind);
    const { fields, keptEdits } = stored ? regenerateFields(type.fields, stored.fields, stored.generated, fresh) : { fields: fresh, keptEdits: [] };
    await upsertComplaint(tx, userCase.id, type.kind, fields, fresh);
    return { keptEdits };
  });
}

/**
 * Records that the user filed or sent a document: the draft (stored now if it never was) is
 * marked with the date, then `effects` puts it into the case, in the same transaction, once per
 * submission key; the case's opt-out and public copy follow (caseChanged).
 */
async function recordSent(
  type: DraftType,
  user: User,
  caseId: string,
  filing: FilingInput,
  effects: (tx: DbOrTx, userCase: UserCase, document: Complaint, sentAt: Date) => Promise<void>,
  submissionKey: string | undefined,
): Promise<boolean> {
  const userCase = await findCaseForUser(user.id, caseId);
  const sentAt = localToInstant(filing.filedAt, filing.timeZone);
  const kind = type.kind;
  const fresh = userCase && !(await findComplaint(getDb(), caseId, kind)) ? await type.fill(user, userCase) : null;
  if (!userCase || !sentAt || (!fresh && !(await findComplaint(getDb(), caseId, kind)))) return false;
  // A repeat of the same submission records nothing twice (lib/submissions.ts).
  await once(user.id, submissionKey, async (tx) => {
    if (fresh) await upsertComplaint(tx, caseId, kind, fresh, fresh);
    const document = (await findComplaint(tx, caseId, kind))!;
    await markComplaintFiled(tx, document.id, { filedAt: sentAt, filedChannel: filing.channel, filedReference: filing.reference || null });
    await effects(tx, userCase, document, sentAt);
    await caseChanged(tx, caseId, "messages");
  });
  return true;
}

const FILED_WITH_OJK = {
  ojk_violation: "Pengaduan berindikasi pelanggaran diajukan ke OJK.",
  ojk_dispute: "Permohonan fasilitasi penyelesaian sengketa diajukan ke OJK.",
} as const;

/** A document was filed with OJK: the case becomes "escalated" and the filing enters the timeline, so OJK's replies can follow. */
export async function recordOjkFiling(
  type: DraftType & { kind: keyof typeof FILED_WITH_OJK },
  user: User,
  caseId: string,
  filing: FilingInput,
  submissionKey?: string,
): Promise<boolean> {
  return recordSent(
    type,
    user,
    caseId,
    filing,
    async (tx, _userCase, _document, sentAt) => {
      await updateCase(tx, caseId, { status: "escalated" });
      await insertExchange(tx, caseId, {
        channel: FILING_AS_EXCHANGE[filing.channel],
        direction: "outgoing",
        handle: "OJK",
        occurredAt: sentAt,
        timeZone: filing.timeZone,
        body: FILED_WITH_OJK[type.kind],
        reference: filing.reference || null,
        tags: [],
        isComplaint: false,
        isStopRequest: false,
      });
    },
    submissionKey,
  );
}

/** The data letter went out: its answer time becomes a deadline, and it counts as the user's request to stop. */
export async function recordDataLetterSent(type: DraftType, user: User, caseId: string, filing: FilingInput, submissionKey?: string): Promise<boolean> {
  return recordSent(
    type,
    user,
    caseId,
    filing,
    async (tx, userCase, document, sentAt) => {
      const fields = document.fields as DataLetterFields;
      await insertExchange(tx, caseId, {
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
    },
    submissionKey,
  );
}

/**
 * A body's complaint was filed: the case becomes "escalated" and the filing enters the timeline.
 * A demand letter goes to the sender itself: it enters the timeline as a written complaint to it
 * and a request to stop, and the status keeps following the exchanges.
 */
export async function recordRegulatorFiling(
  type: DraftType & { regulator: TemplatedRegulator },
  user: User,
  caseId: string,
  filing: FilingInput,
  submissionKey?: string,
): Promise<boolean> {
  const { regulator } = type;
  return recordSent(
    type,
    user,
    caseId,
    filing,
    async (tx, sentCase, document, sentAt) => {
      const fields = document.fields as RegulatorComplaintFields;
      const toSender = regulator.complaint.toSender ?? false;
      if (!toSender) await updateCase(tx, caseId, { status: "escalated" });
      await insertExchange(tx, caseId, {
        channel: FILING_AS_EXCHANGE[filing.channel],
        direction: "outgoing",
        handle: toSender ? fields.company.trim() || sentCase.sender.display : regulator.name,
        occurredAt: sentAt,
        timeZone: filing.timeZone,
        body: toSender ? fields.subject : phrasesFor(regulator.complaint).filed(regulator.name),
        reference: filing.reference || null,
        tags: [],
        isComplaint: toSender,
        // The demand letter tells the sender to stop.
        isStopRequest: toSender,
      });
    },
    submissionKey,
  );
}
