import { z } from "zod";
import { CATEGORIES, CONSENTS, STOP_REQUESTS } from "../domain";
import { isValidTimeZone } from "../local-time";
import { checkPastTime } from "./past-time";
import "./text";

/** The answers asked once per picked sender; they go on every incident imported from it. */
export const importSenderSchema = z.object({
  key: z.string().min(1).max(200),
  category: z.enum(CATEGORIES, { error: "categoryRequired" }),
  consent: z.enum(CONSENTS, { error: "consentRequired" }),
  stopRequest: z.enum(STOP_REQUESTS, { error: "stopRequestRequired" }),
  /** Local date-time in the user's zone; only when they asked it to stop. */
  stopRequestedAt: z.string().max(40),
});

export const importSelectionSchema = z
  .object({
    timeZone: z.string().refine(isValidTimeZone, { error: "timeZoneInvalid" }),
    senders: z.array(importSenderSchema).min(1, { error: "import.pickOne" }).max(2000),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.senders.forEach((sender, index) => {
      if (seen.has(sender.key)) ctx.addIssue({ code: "custom", path: ["senders", index, "key"], message: "answerInvalid" });
      seen.add(sender.key);
      if (sender.stopRequest !== "none") {
        const error = checkPastTime(sender.stopRequestedAt, v.timeZone, false);
        if (error) ctx.addIssue({ code: "custom", path: ["senders", index, "stopRequestedAt"], message: error });
      }
    });
  });

export type ImportSelectionInput = z.infer<typeof importSelectionSchema>;
export type ImportSenderAnswers = z.infer<typeof importSenderSchema>;
