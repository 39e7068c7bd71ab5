import "server-only";
import { and, desc, eq, inArray, isNull, min, ne } from "drizzle-orm";
import { getDb } from "..";
import { type SenderReply } from "../schema";
import { cases, caseShares, contentReports, organisations, publicIncidents, senderReplies, users } from "../tables";
import type { DbOrTx } from "./tx";

/** A public report (visible, in a visible share) with the case it comes from and its owner's time zone; undefined otherwise. */
export async function findPublicReportSource(db: DbOrTx, reportId: string) {
  return (
    await db
      .select({
        id: publicIncidents.id,
        senderId: publicIncidents.senderId,
        caseId: caseShares.caseId,
        ownerId: cases.userId,
        ownerTimeZone: users.timeZone,
      })
      .from(publicIncidents)
      .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
      .innerJoin(cases, eq(cases.id, caseShares.caseId))
      .innerJoin(users, eq(users.id, cases.userId))
      .where(and(eq(publicIncidents.id, reportId), isNull(publicIncidents.hiddenAt), isNull(caseShares.hiddenAt)))
  )[0];
}

export async function insertSenderReply(
  db: DbOrTx,
  reply: Pick<SenderReply, "organisationId" | "senderId" | "reportId" | "kind" | "text" | "authorId">,
): Promise<SenderReply> {
  return (await db.insert(senderReplies).values(reply).returning())[0]!;
}

/** An organisation disputes a public report: it goes to the moderators' queue with the reason. */
export async function insertDispute(db: DbOrTx, dispute: { reporterId: string; organisationId: string; reportId: string; reason: string }): Promise<void> {
  await db.insert(contentReports).values({
    reporterId: dispute.reporterId,
    organisationId: dispute.organisationId,
    kind: "dispute",
    targetKind: "incident",
    targetId: dispute.reportId,
    reason: dispute.reason,
  });
}

const REPLY_VIEW = {
  id: senderReplies.id,
  reportId: senderReplies.reportId,
  kind: senderReplies.kind,
  text: senderReplies.text,
  createdAt: senderReplies.createdAt,
  hiddenAt: senderReplies.hiddenAt,
  hiddenReason: senderReplies.hiddenReason,
  organisation: organisations.name,
};
export type ReplyView = {
  id: string;
  reportId: string | null;
  kind: SenderReply["kind"];
  text: string;
  createdAt: Date;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  organisation: string;
};

/** The replies under these reports, oldest first; hidden ones too when `withHidden` (for their organisation). */
export async function listRepliesToReports(reportIds: string[], options: { withHidden?: boolean } = {}): Promise<ReplyView[]> {
  if (reportIds.length === 0) return [];
  return await getDb()
    .select(REPLY_VIEW)
    .from(senderReplies)
    .innerJoin(organisations, eq(organisations.id, senderReplies.organisationId))
    .where(and(inArray(senderReplies.reportId, reportIds), eq(senderReplies.kind, "reply"), options.withHidden ? undefined : isNull(senderReplies.hiddenAt)))
    .orderBy(senderReplies.createdAt);
}

/** A sender's statement: the newest visible "not ours" or "stopped" of its organisation. */
export async function findSenderStatement(senderId: string): Promise<ReplyView | undefined> {
  return (
    await getDb()
      .select(REPLY_VIEW)
      .from(senderReplies)
      .innerJoin(organisations, eq(organisations.id, senderReplies.organisationId))
      .where(and(eq(senderReplies.senderId, senderId), ne(senderReplies.kind, "reply"), isNull(senderReplies.hiddenAt)))
      .orderBy(desc(senderReplies.createdAt))
      .limit(1)
  )[0];
}

/**
 * Each visible public report of these identities that has a visible reply: when its case was
 * shared (the report became public) and when the first visible reply came.
 */
export async function listAnsweredReports(senderIds: string[]): Promise<{ sharedAt: Date; firstReplyAt: Date }[]> {
  return (
    await getDb()
      .select({ sharedAt: caseShares.sharedAt, firstReplyAt: min(senderReplies.createdAt) })
      .from(publicIncidents)
      .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
      .innerJoin(senderReplies, and(eq(senderReplies.reportId, publicIncidents.id), eq(senderReplies.kind, "reply"), isNull(senderReplies.hiddenAt)))
      .where(and(inArray(publicIncidents.senderId, senderIds), isNull(publicIncidents.hiddenAt), isNull(caseShares.hiddenAt)))
      .groupBy(publicIncidents.id, caseShares.sharedAt)
  ).map((row) => ({ sharedAt: row.sharedAt, firstReplyAt: row.firstReplyAt! }));
}
