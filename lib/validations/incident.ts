import { z } from "zod";
import { isBlank, text } from "./text";
import {
  type IncidentSource,
  CATEGORIES,
  CHANNELS,
  COLLECTION_TARGETS,
  CONSENTS,
  COUNTRIES,
  DEFAULT_COUNTRY,
  MESSAGE_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  STOP_REQUESTS,
  YES_NO,
} from "../domain";
import { isValidTimeZone } from "../local-time";
import { parseSender } from "../sender-identity";
import { evidenceListField } from "./evidence";
import { checkPastTime } from "./past-time";

const MAX_CALL_MINUTES = 600;

/** The sources a form may claim; the import kinds are never accepted from a form. */
export const FORM_SOURCES = ["form", "share", "screenshot"] as const satisfies readonly IncidentSource[];

/** A number field as typed: empty, or whole digits within a range. */
const wholeNumber = (max: number, error: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{1,4}$/.test(v) && Number(v) <= max), { error });

/**
 * One schema for the incident form, used by the form (zodResolver) and again by the server
 * action. Values stay as typed (strings); lib/cases/incidents.ts turns them into a stored incident.
 * `country` and `timeZone` come from the profile; the server overwrites them with the profile's.
 */
export const incidentSchema = z
  .object({
    country: z.enum(COUNTRIES),
    timeZone: z.string().refine(isValidTimeZone, { error: "timeZoneInvalid" }),
    channel: z.enum(CHANNELS, { error: "channelRequired" }),
    sender: text(),
    occurredAt: z.string(),
    messageText: text().max(MESSAGE_MAX_LENGTH, { error: "messageTooLong" }),
    callAnswered: z.enum(["", "yes", "no"], { error: "callAnsweredRequired" }),
    callMinutes: wholeNumber(MAX_CALL_MINUTES, "durationInvalid"),
    callSeconds: wholeNumber(59, "durationInvalid"),
    callOffer: text().max(NOTE_MAX_LENGTH, { error: "noteTooLong" }),
    category: z.enum(CATEGORIES, { error: "categoryRequired" }),
    consent: z.enum(CONSENTS, { error: "consentRequired" }),
    stopRequest: z.enum(STOP_REQUESTS, { error: "stopRequestRequired" }),
    stopRequestedAt: z.string(),
    companyNamed: z.enum(YES_NO, { error: "answerInvalid" }),
    sourceGiven: z.enum(YES_NO, { error: "answerInvalid" }),
    /** Debt collection only (category debt_collection): who was contacted, and were there threats. "" is not answered. */
    collectionTarget: z.enum(["", ...COLLECTION_TARGETS], { error: "answerInvalid" }),
    threatened: z.enum(YES_NO, { error: "answerInvalid" }),
    evidence: evidenceListField,
    /** How the form was filled: typed, opened from a share, or read from a screenshot. Imports set theirs on the server. */
    source: z.enum(FORM_SOURCES),
  })
  // Cross-field checks run even when other fields failed, so every error shows at once.
  .superRefine(
    (v, ctx) => {
      const str = (value: unknown) => (typeof value === "string" ? value : "");
      const zone = isValidTimeZone(str(v.timeZone)) ? v.timeZone : null;

      const sender = parseSender(str(v.sender), str(v.country) || DEFAULT_COUNTRY);
      if (!sender.ok) ctx.addIssue({ code: "custom", path: ["sender"], message: sender.error });

      const timeError = zone ? checkPastTime(str(v.occurredAt), zone, true) : null;
      if (timeError) ctx.addIssue({ code: "custom", path: ["occurredAt"], message: timeError });

      if (v.channel === "call") {
        if (!v.callAnswered) ctx.addIssue({ code: "custom", path: ["callAnswered"], message: "callAnsweredRequired" });
      } else if (isBlank(v.messageText)) {
        ctx.addIssue({ code: "custom", path: ["messageText"], message: "messageRequired" });
      }

      if (v.stopRequest && v.stopRequest !== "none") {
        const stopError = zone ? checkPastTime(str(v.stopRequestedAt), zone, false) : null;
        if (stopError) ctx.addIssue({ code: "custom", path: ["stopRequestedAt"], message: stopError });
      }
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type IncidentInput = z.infer<typeof incidentSchema>;
