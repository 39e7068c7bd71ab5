import "server-only";
import { and, count, desc, eq, getTableColumns, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { ModerationTarget } from "@/lib/domain";
import { getDb, writeTransaction } from "..";
import { auditLog, caseShares, contentReports, organisations, publicEvidence, publicExchanges, publicIncidents, senderReplies, users } from "../tables";
import type { DbOrTx } from "./tx";

const TABLES = { incident: publicIncidents, exchange: publicExchanges, evidence: publicEvidence, case: caseShares, reply: senderReplies } as const;

/** A piece of public content and the share it belongs to (hidden or not); an organisation's reply belongs to no share. */
export async function findPublicTarget(
  db: DbOrTx,
  kind: ModerationTarget,
  id: string,
): Promise<{ shareId: string | null; senderId: string; text: string | null; hiddenAt: Date | null } | undefined> {
  if (kind === "reply") {
    const reply = (await db.select().from(senderReplies).where(eq(senderReplies.id, id)))[0];
    return reply && { shareId: null, senderId: reply.senderId, text: reply.text, hiddenAt: reply.hiddenAt };
  }
  if (kind === "case") {
    const share = (await db.select().from(caseShares).where(eq(caseShares.id, id)))[0];
    return share && { shareId: share.id, senderId: share.senderId, text: null, hiddenAt: share.hiddenAt };
  }
  const table = TABLES[kind];
  const row = (
    await db
      .select({
        shareId: table.shareId,
        senderId: caseShares.senderId,
        hiddenAt: table.hiddenAt,
        text: kind === "evidence" ? sql<null>`null` : (table as typeof publicIncidents).text,
      })
      .from(table)
      .innerJoin(caseShares, eq(caseShares.id, table.shareId))
      .where(eq(table.id, id))
  )[0];
  return row ?? undefined;
}

export async function insertContentReport(reporterId: string, targetKind: ModerationTarget, targetId: string, reason: string): Promise<void> {
  await writeTransaction((tx) => tx.insert(contentReports).values({ reporterId, targetKind, targetId, reason }));
}

export async function countReportsSince(reporterId: string, since: Date): Promise<number> {
  return (
    (
      await getDb()
        .select({ n: count() })
        .from(contentReports)
        .where(and(eq(contentReports.reporterId, reporterId), gt(contentReports.createdAt, since)))
    )[0]?.n ?? 0
  );
}

/** The oldest open flags and disputes, each with the name of the organisation that disputes (null for a flag). */
export async function listOpenReports(limit: number) {
  return await getDb()
    .select({ ...getTableColumns(contentReports), organisationName: organisations.name })
    .from(contentReports)
    .leftJoin(organisations, eq(organisations.id, contentReports.organisationId))
    .where(isNull(contentReports.resolvedAt))
    .orderBy(contentReports.createdAt)
    .limit(limit);
}

export async function findReport(db: DbOrTx, id: string) {
  return (await db.select().from(contentReports).where(eq(contentReports.id, id)))[0];
}

/** Hides (or shows again, with a null reason) an item; the reporter sees the reason on their case. */
export async function setHidden(db: DbOrTx, kind: ModerationTarget, id: string, hidden: { at: Date; reason: string } | null): Promise<void> {
  const table = TABLES[kind];
  await db
    .update(table)
    .set({ hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null })
    .where(eq(table.id, id));
}

export async function resolveReports(db: DbOrTx, kind: ModerationTarget, id: string, resolution: "hidden" | "kept"): Promise<void> {
  await db
    .update(contentReports)
    .set({ resolvedAt: new Date(), resolution })
    .where(and(eq(contentReports.targetKind, kind), eq(contentReports.targetId, id), isNull(contentReports.resolvedAt)));
}

/** Writes an entry to the audit log; returns its id (what a notification about the decision is about). */
export async function insertAudit(
  db: DbOrTx,
  entry: { actorId: string; action: string; targetKind: string; targetId: string; reason: string | null },
): Promise<string> {
  return (await db.insert(auditLog).values(entry).returning({ id: auditLog.id }))[0]!.id;
}

export async function listAudit(limit: number) {
  return await getDb()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetKind: auditLog.targetKind,
      targetId: auditLog.targetId,
      reason: auditLog.reason,
      createdAt: auditLog.createdAt,
      actor: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .orderBy(desc(auditLog.createdAt))
    .limit(limit);
}

/** Who shared the case a public item belongs to: the person told when a moderator hides or restores it. */
export async function findShareOwner(db: DbOrTx, shareId: string): Promise<{ userId: string; caseId: string } | undefined> {
  return (await db.select({ userId: caseShares.userId, caseId: caseShares.caseId }).from(caseShares).where(eq(caseShares.id, shareId)))[0];
}

export type HiddenItem = { targetKind: ModerationTarget; targetId: string; senderId: string; text: string | null; reason: string | null; hiddenAt: Date };

/** The newest hidden public items of every kind, for the admins' list to restore from. */
export async function listHiddenContent(limit: number): Promise<HiddenItem[]> {
  const db = getDb();
  const items: HiddenItem[] = [];
  for (const kind of ["incident", "exchange", "evidence"] as const) {
    const table = TABLES[kind];
    const rows = await db
      .select({
        targetId: table.id,
        senderId: caseShares.senderId,
        text: kind === "evidence" ? sql<null>`null` : (table as typeof publicIncidents).text,
        reason: table.hiddenReason,
        hiddenAt: table.hiddenAt,
      })
      .from(table)
      .innerJoin(caseShares, eq(caseShares.id, table.shareId))
      .where(isNotNull(table.hiddenAt))
      .orderBy(desc(table.hiddenAt))
      .limit(limit);
    items.push(...rows.map((row) => ({ ...row, targetKind: kind, hiddenAt: row.hiddenAt! })));
  }
  const shares = await db
    .select({ targetId: caseShares.id, senderId: caseShares.senderId, reason: caseShares.hiddenReason, hiddenAt: caseShares.hiddenAt })
    .from(caseShares)
    .where(isNotNull(caseShares.hiddenAt))
    .orderBy(desc(caseShares.hiddenAt))
    .limit(limit);
  items.push(...shares.map((row) => ({ ...row, targetKind: "case" as const, text: null, hiddenAt: row.hiddenAt! })));
  return items.sort((a, b) => b.hiddenAt.getTime() - a.hiddenAt.getTime()).slice(0, limit);
}

/** What a moderator hid in one share, with the reasons, for its reporter. */
export async function listHiddenInShare(shareId: string): Promise<{ kind: ModerationTarget; text: string | null; reason: string | null }[]> {
  const db = getDb();
  const incidents = await db
    .select({ text: publicIncidents.text, reason: publicIncidents.hiddenReason })
    .from(publicIncidents)
    .where(and(eq(publicIncidents.shareId, shareId), sql`${publicIncidents.hiddenAt} is not null`));
  const exchanges = await db
    .select({ text: publicExchanges.text, reason: publicExchanges.hiddenReason })
    .from(publicExchanges)
    .where(and(eq(publicExchanges.shareId, shareId), sql`${publicExchanges.hiddenAt} is not null`));
  const files = await db
    .select({ reason: publicEvidence.hiddenReason })
    .from(publicEvidence)
    .where(and(eq(publicEvidence.shareId, shareId), sql`${publicEvidence.hiddenAt} is not null`));
  return [
    ...incidents.map((row) => ({ kind: "incident" as const, ...row })),
    ...exchanges.map((row) => ({ kind: "exchange" as const, ...row })),
    ...files.map((row) => ({ kind: "evidence" as const, text: null, reason: row.reason })),
  ];
}
