import { z } from "zod";
import { text } from "./text";

/** At most this many senders in one claim: a company with more claims them in several goes. */
export const MAX_CLAIMED_SENDERS = 20;

const HOST = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An organisation's official domain as people type it ("https://www.Bank.co.id/", "@bank.co.id") → "bank.co.id". */
export const domainField = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .overwrite((value) =>
      value
        .replace(/^[a-z]+:\/\//, "")
        .replace(/^@/, "")
        .replace(/^www\./, "")
        .replace(/[/?#].*$/, "")
        .replace(/\.$/, ""),
    )
    .regex(HOST, { error: "domainInvalid" });

/** The lines of the senders box that say something: one number or sender ID each. */
export function claimedSenderLines(senders: string): string[] {
  return senders
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** "These senders are my organisation's": checked by an admin before anything changes. */
export const claimSchema = z.object({
  organisationName: text().trim().min(2, { error: "organisationNameRequired" }).max(120, { error: "nameTooLong" }),
  domain: domainField(),
  senders: text()
    .max(2000, { error: "tooLong" })
    .refine((value) => claimedSenderLines(value).length > 0, { error: "claimSendersRequired" })
    .refine((value) => claimedSenderLines(value).length <= MAX_CLAIMED_SENDERS, { error: "claimTooManySenders" }),
  note: text().trim().max(500, { error: "tooLong" }),
});
export type ClaimInput = z.infer<typeof claimSchema>;

/** An admin approves a claim or refuses it with a reason the claimant reads; either way on the domain as the admin corrected it. */
export const claimDecisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("approve"), domain: domainField(), reason: text().trim().max(500, { error: "reasonTooLong" }).optional() }),
  z.object({
    action: z.literal("refuse"),
    domain: domainField(),
    reason: text().trim().min(5, { error: "reasonTooShort" }).max(500, { error: "reasonTooLong" }),
  }),
]);
export type ClaimDecision = z.infer<typeof claimDecisionSchema>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().-]+$/;

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Where the public complains to the organisation: a web address, an email address or a phone number; empty to remove it. */
export const complaintContactSchema = z.object({
  contact: text()
    .trim()
    .max(200, { error: "tooLong" })
    .refine(
      (value) =>
        value === "" ||
        isWebAddress(value) ||
        EMAIL.test(value) ||
        (PHONE.test(value) && value.replace(/\D/g, "").length >= 5 && value.replace(/\D/g, "").length <= 15),
      { error: "complaintContactInvalid" },
    ),
});
export type ComplaintContactInput = z.infer<typeof complaintContactSchema>;
