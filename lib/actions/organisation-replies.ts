"use server";
import { failed, failedWith, invalid, type ActionResult } from "../action-result";
import { isFailure } from "../failure";
import { disputeReport, makeStatement, replyToReport } from "../organisations/replies";
import { submissionKeyOf } from "../submissions";
import { userAction } from "../user-action";
import { idSchema } from "../validations/id";
import { disputeSchema, replySchema, statementSchema } from "../validations/replies";

/** A member of the sender's verified organisation replies publicly under a report. */
export const replyToReportAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = replySchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await replyToReport(user, parsed.data, submissionKeyOf(values));
  if (isFailure(result)) return failedWith(result);
  return { ok: true, data: undefined };
});

/** A member says what the organisation has to say about one of its senders. */
export const makeStatementAction = userAction(async (user, senderId: unknown, values: unknown): Promise<ActionResult> => {
  const id = idSchema.safeParse(senderId);
  const parsed = statementSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success) return failed("notFound");
  const failure = await makeStatement(user, id.data, parsed.data);
  if (failure) return failedWith(failure);
  return { ok: true, data: undefined };
});

/** A member disputes a report of one of the organisation's senders: the moderators decide. */
export const disputeReportAction = userAction(async (user, values: unknown): Promise<ActionResult> => {
  const parsed = disputeSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const failure = await disputeReport(user, parsed.data);
  if (failure) return failedWith(failure);
  return { ok: true, data: undefined };
});
