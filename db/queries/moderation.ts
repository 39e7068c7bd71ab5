import "server-only";
import { and, count, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { ModerationTarget } from "@/lib/domain";
import { getDb } from "..";
import { auditLog, caseShares, contentReports, publicEvidence, publicExchanges, publicIncidents, users } from "../schema";
import type { DbOrTx } from "./tx";

const TABLES = { incident: publicIncidents, exchange: publicExchanges, evidence: publicEvidence, case: caseShares } as const;

/** A piece of public content and the share it belongs to (hidden or not). */
export function findPublicTarget(
  db: DbOrTx,
  kind: ModerationTarget,
  id: string,
): { shareId: string; senderId: string; caseId: string; ownerId: string; text: string | null; hiddenAt: Date | null } | undefined {
  if (kind === "case") {
    const share = db.select().from(caseShares).where(eq(caseShares.id, id)).get();
    return share && { shareId: share.id, senderId: share.senderId, caseId: share.caseId, ownerId: share.userId, text: null, hiddenAt: share.hiddenAt };
  }
  const table = TABLES[kind];
  const row = db
    .select({
      shareId: table.shareId,
      senderId: caseShares.senderId,
      caseId: caseShares.caseId,
      ownerId: caseShares.userId,
      hiddenAt: table.hiddenAt,
      text: kind === "evidence" ? sql<null>`null` : (table as typeof publicIncidents).text,
    })
    .from(table)
    .innerJoin(caseShares, eq(caseShares.id, table.shareId))
    .where(eq(table.id, id))
    .get();
  return row ?? undefined;
}

export function insertContentReport(reporterId: string, targetKind: ModerationTarget, targetId: string, reason: string): void {
  getDb().insert(contentReports).values({ reporterId, targetKind, targetId, reason }).run();
}

export function countReportsSince(reporterId: string, since: Date): number {
  return (
    getDb()
      .select({ n: count() })
      .from(contentReports)
      .where(and(eq(contentReports.reporterId, reporterId), gt(contentReports.createdAt, since)))
      .get()?.n ?? 0
  );
}

export function listOpenReports(limit: number) {
  return getDb().select().from(contentReports).where(isNull(contentReports.resolvedAt)).orderBy(contentReports.createdAt).limit(limit).all();
}

export function findReport(db: DbOrTx, id: string) {
  return db.select().from(contentReports).where(eq(contentReports.id, id)).get();
}

/** Hides (or shows again, with a null reason) an item; the reporter sees the reason on their case. */
export function setHidden(db: DbOrTx, kind: ModerationTarget, id: string, hidden: { at: Date; reason: string } | null): void {
  const table = TABLES[kind];
  db.update(table)
    .set({ hiddenAt: hidden?.at ?? null, hiddenReason: hidden?.reason ?? null })
    .where(eq(table.id, id))
    .run();
}

export function resolveReports(db: DbOrTx, kind: ModerationTarget, id: string, resolution: "hidden" | "kept"): void {
  db.update(contentReports)
    .set({ resolvedAt: new Date(), resolution })
    .where(and(eq(contentReports.targetKind, kind), eq(contentReports.targetId, id), isNull(contentReports.resolvedAt)))
    .run();
}

export function insertAudit(db: DbOrTx, entry: { actorId: string; action: string; targetKind: string; targetId: string; reason: string | null }): void {
  db.insert(auditLog).values(entry).run();
}

export function listAudit(limit: number) {
  return getDb()
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
    .limit(limit)
    .all();
}

/** What a moderator hid in one share, with the reasons, for its reporter. */
export function listHiddenInShare(shareId: string): { kind: ModerationTarget; text: string | null; reason: string | null }[] {
  const db = getDb();
  const incidents = db
    .select({ text: publicIncidents.text, reason: publicIncidents.hiddenReason })
    .from(publicIncidents)
    .where(and(eq(publicIncidents.shareId, shareId), sql`${publicIncidents.hiddenAt} is not null`))
    .all();
  const exchanges = db
    .select({ text: publicExchanges.text, reason: publicExchanges.hiddenReason })
    .from(publicExchanges)
    .where(and(eq(publicExchanges.shareId, shareId), sql`${publicExchanges.hiddenAt} is not null`))
    .all();
  const files = db
    .select({ reason: publicEvidence.hiddenReason })
    .from(publicEvidence)
    .where(and(eq(publicEvidence.shareId, shareId), sql`${publicEvidence.hiddenAt} is not null`))
    .all();
  return [
    ...incidents.map((row) => ({ kind: "incident" as const, ...row })),
    ...exchanges.map((row) => ({ kind: "exchange" as const, ...row })),
    ...files.map((row) => ({ kind: "evidence" as const, text: null, reason: row.reason })),
  ];
}
