import { z } from "zod";
import { text } from "./text";

/** The longest public answer an organisation may write: room for an explanation, not for a document. */
export const REPLY_MAX = 2000;

const answer = () => text().trim().min(1, { error: "replyRequired" }).max(REPLY_MAX, { error: "replyTooLong" });

/** An organisation's public reply under one report. */
export const replySchema = z.object({ reportId: z.uuid(), text: answer() });
export type ReplyInput = z.infer<typeof replySchema>;

/** An organisation's statement about a sender: "not our number", or "we stopped: here is what we did". */
export const statementSchema = z.object({ kind: z.enum(["not_ours", "stopped"]), text: answer() });
export type StatementInput = z.infer<typeof statementSchema>;

/** An organisation disputes a report: the moderators decide, so the reason is required. */
export const disputeSchema = z.object({
  reportId: z.uuid(),
  reason: text().trim().min(10, { error: "reasonTooShort" }).max(500, { error: "reasonTooLong" }),
});
export type DisputeInput = z.infer<typeof disputeSchema>;
