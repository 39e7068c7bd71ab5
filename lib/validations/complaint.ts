import { z } from "zod";
import { text } from "./text";
import { REGULATOR_COMPLAINT_FIELDS } from "../countries/types";
import { COMPLAINT_KINDS, FILING_CHANNELS, REFERENCE_MAX_LENGTH, type DocumentKind, type RegulatorDocumentKind } from "../domain";
import { DATA_LETTER_FIELDS } from "../complaints/data-request";
import { OJK_DISPUTE_FIELDS, OJK_VIOLATION_FIELDS } from "../complaints/ojk";
import { isValidTimeZone } from "../local-time";
import { checkPastTime } from "./past-time";

const COMPLAINT_FIELD_MAX = 20_000;

/** A document's form: every field free text, editable, none required, each up to 20,000 characters. */
const textFields = <const F extends readonly string[]>(fields: F) =>
  z.object(Object.fromEntries(fields.map((field) => [field, text().max(COMPLAINT_FIELD_MAX, { error: "complaintFieldTooLong" })])) as Record<F[number], ReturnType<typeof text>>);

/** The OJK violation report form: every field editable, none required (OJK asks for identity, contact and a description). */
export const ojkViolationSchema = textFields(OJK_VIOLATION_FIELDS);
export type OjkViolationInput = z.infer<typeof ojkViolationSchema>;

/** The personal-data letter form: the addressee, the subject and the text, all editable. */
export const dataLetterSchema = textFields(DATA_LETTER_FIELDS);
export type DataLetterInput = z.infer<typeof dataLetterSchema>;

/** The OJK dispute request form. */
export const ojkDisputeSchema = textFields(OJK_DISPUTE_FIELDS);

/** A body's complaint made from its country pack's template. */
export const regulatorComplaintSchema = textFields(REGULATOR_COMPLAINT_FIELDS);

/** The form schema of each kind of document. */
export const DOCUMENT_SCHEMAS = { ojk_violation: ojkViolationSchema, ojk_dispute: ojkDisputeSchema, sender_data: dataLetterSchema } as const;
export const documentSchema = (kind: DocumentKind) => (kind.startsWith("regulator:") ? regulatorComplaintSchema : DOCUMENT_SCHEMAS[kind as keyof typeof DOCUMENT_SCHEMAS]);

/** A kind of document as the client names it: a fixed kind, or a body's complaint. */
export const documentKindSchema = z.union([
  z.enum(COMPLAINT_KINDS),
  z
    .string()
    .regex(/^regulator:[A-Z0-9-]{2,40}$/)
    .transform((kind) => kind as RegulatorDocumentKind),
]);

/** "I filed it": when, how, and the reference the regulator gave (service number, PIN, ticket). */
export const filingSchema = z
  .object({
    timeZone: z.string().refine(isValidTimeZone, { error: "timeZoneInvalid" }),
    filedAt: z.string(),
    channel: z.enum(FILING_CHANNELS, { error: "filingChannelRequired" }),
    reference: z.string().trim().max(REFERENCE_MAX_LENGTH, { error: "referenceTooLong" }),
  })
  .superRefine((v, ctx) => {
    const error = checkPastTime(v.filedAt, v.timeZone, true);
    if (error) ctx.addIssue({ code: "custom", path: ["filedAt"], message: error });
  });
export type FilingInput = z.infer<typeof filingSchema>;
