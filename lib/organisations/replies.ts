import "server-only";
import { writeTransaction } from "@/db";
import { insertExchange } from "@/db/queries/exchanges";
import { countReportsSince } from "@/db/queries/moderation";
import { findMembership, findSenderOrganisation } from "@/db/queries/organisations";
import { pageSenderId } from "@/db/queries/public";
import { findPublicReportSource, insertDispute, insertSenderReply } from "@/db/queries/replies";
import type { DbOrTx } from "@/db/queries/tx";
import type { Organisation, User } from "@/db/schema";
import { caseChanged } from "../cases/changed";
import { fail, type Failure } from "../failure";
import { DAILY_REPORT_CAP } from "../moderation";
import { notify } from "../notifications/notify";
import { expireSenderPages } from "../public/page-cache";
import { once } from "../submissions";
import type { DisputeInput, ReplyInput, StatementInput } from "../validations/replies";

/** The organisation the person acts for, if it is the verified owner of this sender's page. */
export async function organisationForSender(db: DbOrTx, user: Pick<User, "id">, senderId: string): Promise<Organisation | undefined> {
  const membership = await findMembership(user.id);
  if (!membership) return undefined;
  const owner = await findSenderOrganisation(db, await pageSenderId(db, senderId));
  return owner?.id === membership.id ? membership : undefined;
}

/** A public report the member's organisation may answer: visible, about one of its senders. */
async function answerableReport(db: DbOrTx, member: Pick<User, "id">, reportId: string) {
  const report = await findPublicReportSource(db, reportId);
  const organisation = report ? await organisationForSender(db, member, report.senderId) : undefined;
  return report && organisation ? { report, organisation, pageId: await pageSenderId(db, report.senderId) } : undefined;
}

/**
 * A verified organisation answers a public report of one of its senders. The answer is public
 * under the report, and reaches the reporter's case as an exchange from the company (channel
 * "directory", read-only), so the case's runaround figures and deadlines count it; the reporter
 * is notified, all in one transaction. Not found for anyone else, and for a hidden report.
 */
export async function replyToReport(member: Pick<User, "id">, input: ReplyInput, submissionKey?: string): Promise<{ replyId: string } | Failure> {
  // Once per submission: a double submit or a retry publishes one reply, one exchange, one notification.
  const result = await once(member.id, submissionKey, async (tx) => {
    const found = await answerableReport(tx, member, input.reportId);
    if (!found) return null;
    const { report, organisation, pageId } = found;
    const reply = await insertSenderReply(tx, {
      organisationId: organisation.id,
      senderId: pageId,
      reportId: report.id,
      kind: "reply",
      text: input.text,
      authorId: member.id,
    });
    await insertExchange(tx, report.caseId, {
      channel: "directory",
      direction: "incoming",
      handle: organisation.name,
      occurredAt: reply.createdAt,
      timeZone: report.ownerTimeZone,
      body: reply.text,
      reference: null,
      tags: [],
      isComplaint: false,
      isStopRequest: false,
      replyId: reply.id,
    });
    await caseChanged(tx, report.caseId, "messages");
    await notify(tx, {
      userId: report.ownerId,
      kind: "reply",
      subject: reply.id,
      data: { caseId: report.caseId, senderId: pageId, organisation: organisation.name, replyId: reply.id },
    });
    return { replyId: reply.id, pageId };
  });
  if (!result) return fail("notFound");
  await writeTransaction((tx) => expireSenderPages(tx, [result.pageId]));
  return { replyId: result.replyId };
}

/** The organisation's statement about one of its senders; the newest visible one is what its page shows. */
export async function makeStatement(member: Pick<User, "id">, senderId: string, input: StatementInput): Promise<Failure | undefined> {
  return writeTransaction(async (db) => {
    const organisation = await organisationForSender(db, member, senderId);
    if (!organisation) return fail("notFound");
    const pageId = await pageSenderId(db, senderId);
    await insertSenderReply(db, { organisationId: organisation.id, senderId: pageId, reportId: null, kind: input.kind, text: input.text, authorId: member.id });
    await expireSenderPages(db, [pageId]);
  });
}

/** The organisation disputes a public report of its sender: the moderators' queue gets it with the reason. Capped like flags. */
export async function disputeReport(member: Pick<User, "id">, input: DisputeInput, now = new Date()): Promise<Failure | undefined> {
  // One transaction: the cap is counted where the dispute is written.
  return writeTransaction(async (db) => {
    const found = await answerableReport(db, member, input.reportId);
    if (!found) return fail("notFound");
    if ((await countReportsSince(member.id, new Date(now.getTime() - 24 * 3_600_000))) >= DAILY_REPORT_CAP) return fail("tooMany", "tooManyReports");
    await insertDispute(db, { reporterId: member.id, organisationId: found.organisation.id, reportId: input.reportId, reason: input.reason });
  });
}
