import { z } from "zod";
import { isBlank, text } from "./text";
import { DIRECTIONS, RECORDED_EXCHANGE_CHANNELS, EXCHANGE_TAGS, HANDLE_MAX_LENGTH, MESSAGE_MAX_LENGTH, REFERENCE_MAX_LENGTH } from "../domain";
import { isValidTimeZone } from "../local-time";
import { evidenceListField } from "./evidence";
import { checkPastTime } from "./past-time";

/**
 * One schema for the exchange form, used by the form and again by its server action. The zone
 * is the profile's (new) or the exchange's own (edit); the server decides it.
 */
export const exchangeSchema = z
  .object({
    timeZone: z.string().refine(isValidTimeZone, { error: "timeZoneInvalid" }),
    channel: z.enum(RECORDED_EXCHANGE_CHANNELS, { error: "exchangeChannelRequired" }),
    direction: z.enum(DIRECTIONS, { error: "directionRequired" }),
    handle: text().trim().max(HANDLE_MAX_LENGTH, { error: "handleTooLong" }),
    occurredAt: z.string(),
    body: text().max(MESSAGE_MAX_LENGTH, { error: "messageTooLong" }),
    reference: text().trim().max(REFERENCE_MAX_LENGTH, { error: "referenceTooLong" }),
    tags: z.array(z.enum(EXCHANGE_TAGS, { error: "tagInvalid" })),
    isComplaint: z.boolean(),
    isStopRequest: z.boolean(),
    evidence: evidenceListField,
  })
  .superRefine(
    (v, ctx) => {
      const zone = typeof v.timeZone === "string" && isValidTimeZone(v.timeZone) ? v.timeZone : null;
      const timeError = zone ? checkPastTime(typeof v.occurredAt === "string" ? v.occurredAt : "", zone, true) : null;
      if (timeError) ctx.addIssue({ code: "custom", path: ["occurredAt"], message: timeError });
      const hasText = !isBlank(v.body);
      const hasFiles = Array.isArray(v.evidence) && v.evidence.length > 0;
      if (!hasText && !hasFiles) ctx.addIssue({ code: "custom", path: ["body"], message: "exchangeTextRequired" });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  );

export type ExchangeInput = z.infer<typeof exchangeSchema>;
