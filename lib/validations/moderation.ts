import { z } from "zod";
import { text } from "./text";
import { MODERATION_TARGETS, ROLES } from "../domain";

/** "Report this content": what, and why (a reason is required, as FixMyStreet learnt). */
export const contentReportSchema = z.object({
  targetKind: z.enum(MODERATION_TARGETS),
  targetId: z.uuid(),
  reason: text().trim().min(10, { error: "reasonTooShort" }).max(500, { error: "reasonTooLong" }),
});
export type ContentReportInput = z.infer<typeof contentReportSchema>;

/** An admin's decision on a flagged item: hide it with a reason the reporter will read, or keep it. */
export const moderationDecisionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("hide"), reason: text().trim().min(5, { error: "reasonTooShort" }).max(500, { error: "reasonTooLong" }) }),
  z.object({ action: z.literal("keep"), reason: text().trim().max(500, { error: "reasonTooLong" }).optional() }),
]);
export type ModerationDecision = z.infer<typeof moderationDecisionSchema>;

/** An admin shows a hidden item again. */
export const contentRestoreSchema = z.object({ targetKind: z.enum(MODERATION_TARGETS), targetId: z.uuid() });
export type ContentRestore = z.infer<typeof contentRestoreSchema>;

export const roleChangeSchema = z.object({ email: z.email({ error: "emailInvalid" }).trim().toLowerCase(), role: z.enum(ROLES) });
export type RoleChange = z.infer<typeof roleChangeSchema>;
