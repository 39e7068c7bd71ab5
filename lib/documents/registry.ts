import "server-only";
import type { Case, Sender, User } from "@/db/schema";
import { countryPack } from "../countries";
import { REGULATOR_COMPLAINT_FIELDS, type LetterLanguage, type Portal, type Regulator } from "../countries/types";
import type { FilingChannel } from "../domain";
import type { FilingInput } from "../validations/complaint";
import { dataRequestLetter, DATA_LETTER_FIELDS, type DataLetterFields } from "../complaints/data-request";
import {
  complaintSource,
  dataLetterFromCase,
  disputeFromCase,
  recordDataLetterSent,
  recordOjkFiling,
  recordRegulatorFiling,
  templatedRegulator,
  type DraftType,
  type TemplatedRegulator,
} from "../complaints/drafts";
import { fillLetter, type Letter } from "../complaints/letter";
import { OJK_DISPUTE_FIELDS, OJK_DISPUTE_LETTER, OJK_PORTAL, OJK_VIOLATION_FIELDS, OJK_VIOLATION_LETTER, ojkViolationDraft } from "../complaints/ojk";
import { PHRASES, type Phrases } from "../complaints/phrases";
import { phrasesFor, regulatorComplaintDraft, regulatorComplaintLetter, type RegulatorComplaintFields } from "../complaints/regulator";
import { findOwnCase } from "../cases/own-case";

type UserCase = Case & { sender: Sender };
type Fields = Record<string, string>;

/** How a document is stored (`complaints.kind`): a fixed kind, or "regulator:" and the id of a body whose country pack has a template. */
export type DocumentKind = "ojk_violation" | "ojk_dispute" | "sender_data" | `regulator:${string}`;

/** What a letter is built from besides its fields. */
export type LetterContext = { user: User; userCase: UserCase; now: Date; exhibits: number };

/**
 * One kind of document prepared from a case. Its page (`/cases/<id>/documents/<slug>`), its
 * downloads (`…/letter.pdf`, `…/letter.txt`), its copy-to-portal view (`…/portal`), its form and
 * its actions all read this entry; nothing else names a kind.
 */
export type DocumentType = DraftType & {
  /** Its address under the case: a body's id for a letter to a body, else a name. */
  slug: string;
  /**
   * The messages its page reads: title, lead, filingTitle, filingLead, filed, the filing form's
   * labels, and with a portal portalView, portalTitle, portalLead, backToDraft, portalFilesHint.
   */
  wording: { namespace: "complaint" | "dataLetter" | "regulatorComplaint"; title: string; lead: string };
  /** Values for those messages: {sender}, and {name}, {toSender}, {language}, {law} where they use them. */
  values: (userCase: UserCase, languageName: (language: LetterLanguage) => string) => Record<string, string>;
  /** Fields shown on one line; the others are text areas. */
  short: readonly string[];
  /** Fields this document does not ask for (they stay in the draft, empty). */
  omit?: readonly string[];
  /** The letter from the draft's fields. */
  letter: (fields: Fields, context: LetterContext) => Letter;
  /** The words the case's files are attached to the PDF with; null: no files attached. */
  exhibits: Phrases | null;
  /** The downloads' name, before the sender's. */
  fileName: string;
  /** The web form to copy the fields into, in its order. */
  portal?: Portal<string>;
  /** The channel "I filed / sent it" suggests. */
  defaultChannel: FilingChannel;
  /** "I filed / sent it": what it does to the case (lib/complaints/drafts.ts). */
  record: (user: User, caseId: string, filing: FilingInput, submissionKey?: string) => Promise<boolean>;
};

const sender = (userCase: UserCase) => ({ sender: userCase.sender.display });
const signedBy = (context: LetterContext) => ({ now: context.now, timeZone: context.user.timeZone, exhibits: context.exhibits });

/** OJK's two documents: in formal Indonesian, the case's files attached, filed in its portal; filing one escalates the case. */
function ojkDocument(
  kind: "ojk_violation" | "ojk_dispute",
  type: Omit<DocumentType, "kind" | "values" | "exhibits" | "defaultChannel" | "record">,
): DocumentType {
  const document: DocumentType = {
    ...type,
    kind,
    values: sender,
    exhibits: PHRASES.id,
    defaultChannel: "web",
    record: (user, caseId, filing, key) => recordOjkFiling({ ...document, kind }, user, caseId, filing, key),
  };
  return document;
}

const OJK_VIOLATION = ojkDocument("ojk_violation", {
  slug: "ID-OJK-VIOLATION",
  wording: { namespace: "complaint", title: "title", lead: "lead" },
  fields: OJK_VIOLATION_FIELDS,
  short: ["firm", "product", "complainantName", "complainantId", "phone", "email"],
  fill: async (user, userCase) => ojkViolationDraft(await complaintSource(user, userCase)),
  letter: (fields, context) => fillLetter(OJK_VIOLATION_LETTER, fields, signedBy(context)),
  fileName: "pengaduan-ojk",
  portal: OJK_PORTAL,
});

const OJK_DISPUTE = ojkDocument("ojk_dispute", {
  slug: "ID-OJK-DISPUTE",
  wording: { namespace: "complaint", title: "disputeTitle", lead: "disputeLead" },
  fields: OJK_DISPUTE_FIELDS,
  short: ["firm", "product", "complainantName", "complainantId", "phone", "email", "lossAmount"],
  fill: disputeFromCase,
  letter: (fields, context) => fillLetter(OJK_DISPUTE_LETTER, fields, signedBy(context)),
  fileName: "sengketa-ojk",
});

const dataRule = (userCase: UserCase) => countryPack(userCase.country).dataRequest;

const DATA_REQUEST: DocumentType = {
  kind: "sender_data",
  slug: "data-request",
  wording: { namespace: "dataLetter", title: "title", lead: "lead" },
  values: (userCase) => ({ ...sender(userCase), law: dataRule(userCase)?.law.instrument ?? "" }),
  fields: DATA_LETTER_FIELDS,
  short: ["recipient", "subject"],
  fill: dataLetterFromCase,
  letter: (fields, { user, userCase, now }) =>
    dataRequestLetter(fields as DataLetterFields, dataRule(userCase)!, { now, timeZone: user.timeZone, signatory: user.legalName ?? "", email: user.email }),
  exhibits: null,
  fileName: "data-request",
  defaultChannel: "email",
  record: (user, caseId, filing, key) => recordDataLetterSent(DATA_REQUEST, user, caseId, filing, key),
};

/** The documents every case may have (each still decides, when filled, whether this case has it). */
const FIXED: readonly DocumentType[] = [OJK_VIOLATION, OJK_DISPUTE, DATA_REQUEST];

/** A complaint (or demand letter) to a body, made from its country pack's `complaint` template. */
function regulatorDocument(regulator: TemplatedRegulator): DocumentType {
  const template = regulator.complaint;
  const type: DocumentType & { regulator: TemplatedRegulator } = {
    regulator,
    kind: `regulator:${regulator.id}`,
    slug: regulator.id,
    wording: { namespace: "regulatorComplaint", title: "title", lead: "lead" },
    values: (userCase, languageName) => ({
      ...sender(userCase),
      name: regulator.name,
      toSender: String(template.toSender ?? false),
      language: languageName(template.language),
    }),
    fields: REGULATOR_COMPLAINT_FIELDS,
    short: ["subject", "complainantName", "complainantId", "phone", "email", "senderNumber", "company", "product"],
    omit: regulator.requiredFields.includes("idDocument") ? [] : ["complainantId"],
    fill: async (user, userCase) => regulatorComplaintDraft(await complaintSource(user, userCase), regulator),
    letter: (fields, { user, now }) => regulatorComplaintLetter(fields as RegulatorComplaintFields, template, { now, timeZone: user.timeZone }),
    exhibits: phrasesFor(template),
    fileName: regulator.id.toLowerCase(),
    portal: template.portal,
    defaultChannel: template.portal ? "web" : template.toSender ? "letter" : "email",
    record: (user, caseId, filing, key) => recordRegulatorFiling(type, user, caseId, filing, key),
  };
  return type;
}

/** The kind of document at this address for a case of this country: a fixed one, or a body of that country with a template. */
export function documentType(slug: string, country: string): DocumentType | null {
  const fixed = FIXED.find((type) => type.slug === slug);
  if (fixed) return fixed;
  const regulator = templatedRegulator(country, slug);
  return regulator ? regulatorDocument(regulator) : null;
}

/** Every kind of document a case of this country may have. */
export function documentTypes(country: string): DocumentType[] {
  return [
    ...FIXED,
    ...countryPack(country).regulators.flatMap((regulator) => (regulator.complaint ? [regulatorDocument(regulator as TemplatedRegulator)] : [])),
  ];
}

/** The address of a document of a case: its page, with letter.pdf, letter.txt and portal below it. */
export function documentHref(caseId: string, slug: string): string {
  return `/cases/${caseId}/documents/${slug}`;
}

/** Whether Spamtrail prepares a document for this body (OJK's two, and every body with a template). */
export const preparesDocument = (regulator: Regulator): boolean => Boolean(regulator.complaint) || FIXED.some((type) => type.slug === regulator.id);

/** The signed-in user's case and the kind of document at this address; null (404) for anyone else's case or an unknown kind. */
export async function ownDocument(user: User, caseId: string, slug: string): Promise<{ userCase: UserCase; type: DocumentType } | null> {
  const userCase = await findOwnCase(user, caseId);
  const type = userCase ? documentType(slug, userCase.country) : null;
  return userCase && type ? { userCase, type } : null;
}
