import { z } from "zod";
import { text } from "./text";
import { FILING_CHANNELS, REFERENCE_MAX_LENGTH } from "../domain";
import { isValidTimeZone } from "../local-time";
import { checkPastTime } from "./past-time";

const COMPLAINT_FIELD_MAX = 20_000;

/** A document's form (its fields from lib/documents/registry.ts): every field free text, editable, none required, each up to 20,000 characters. */
export const documentFormSchema = (fields: readonly string[]) =>
  z.object(Object.fromEntries(fields.map((field) => [field, text().max(COMPLAINT_FIELD_MAX, { error: "complaintFieldTooLong" })])));

/** A kind of document as its address names it (lib/documents/registry.ts decides whether there is one). */
export const documentSlugSchema = z.string().regex(/^[A-Za-z0-9-]{2,40}$/);

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
