import { z } from "zod";
import { REGULATOR_COMPLAINT_FIELDS } from "../countries/types";
import { COMPLAINT_KINDS, FILING_CHANNELS, REFERENCE_MAX_LENGTH, type DocumentKind, type RegulatorDocumentKind } from "../domain";
import { DATA_LETTER_FIELDS } from "../complaints/data-request";
import { OJK_DISPUTE_FIELDS, OJK_VIOLATION_FIELDS } from "../complaints/ojk";
import { isValidTimeZone } from "../local-time";
import { checkPastTime } from "./past-time";

const COMPLAINT_FIELD_MAX = 20_000;

/** The OJK violation report form: every field editable, none required (OJK asks for identity, contact and a description). */
export const ojkViolationSchema = z.object(
  Object.fromEntries(OJK_VIOLATION_FIELDS.map((field) => [field, z.string().max(COMPLAINT_FIELD_MAX, { error: "complaintFieldTooLong" })])) as Record<
    (typeof OJK_VIOLATION_FIELDS)[number],
    z.ZodString
  >,
);
export type OjkViolationInput = z.infer<typeof ojkViolationSchema>;

/** The personal-data letter form: the addressee, the subject and the text, all editable. */
export const dataLetterSchema = z.object(
  Object.fromEntries(DATA_LETTER_FIELDS.map((field) => [field, z.string().max(COMPLAINT_FIELD_MAX, { error: "complaintFieldTooLong" })])) as Record<
    (typeof DATA_LETTER_FIELDS)[number],
    z.ZodString
  >,
);
export type DataLetterInput = z.infer<typeof dataLetterSchema>;

/** The OJK dispute request form. */
export const ojkDisputeSchema = z.object(
  Object.fromEntries(OJK_DISPUTE_FIELDS.map((field) => [field, z.string().max(COMPLAINT_FIELD_MAX, { error: "complaintFieldTooLong" })])) as Record<
    (typeof OJK_DISPUTE_FIELDS)[number],
    z.ZodString
  >,
);

/** A body's complaint made from its country pack's template. */
export const regulatorComplaintSchema = z.object(
  Object.fromEntries(REGULATOR_COMPLAINT_FIELDS.map((field) => [field, z.string().max(COMPLAINT_FIELD_MAX, { error: "complaintFieldTooLong" })])) as Record<
    (typeof REGULATOR_COMPLAINT_FIELDS)[number],
    z.ZodString
  >,
);

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
