import "server-only";
import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "..";
import { caseShares, publicIncidents, senders, senderStats } from "../schema";

const visible = and(isNull(publicIncidents.hiddenAt), isNull(caseShares.hiddenAt));

/** The senders with the most public reports since a date, for the advocates' trends. */
export function topSendersSince(since: Date, limit: number) {
  return getDb()
    .select({
      id: publicIncidents.senderId,
      display: senders.display,
      reports: sql<number>`count(*)`,
      reporters: sql<number>`count(distinct ${caseShares.userId})`,
    })
    .from(publicIncidents)
    .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
    .innerJoin(senders, eq(senders.id, publicIncidents.senderId))
    .where(and(gte(publicIncidents.occurredAt, since), visible))
    .groupBy(publicIncidents.senderId)
    .orderBy(desc(sql`count(*)`))
    .limit(limit)
    .all();
}

/** Public reports per week (Monday, UTC) since a date, across all senders. */
export function reportsPerWeekSince(since: Date): { week: string; reports: number }[] {
  return getDb()
    .select({
      week: sql<string>`date(${publicIncidents.occurredAt} / 1000, 'unixepoch', 'weekday 0', '-6 days')`,
      reports: sql<number>`count(*)`,
    })
    .from(publicIncidents)
    .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
    .where(and(gte(publicIncidents.occurredAt, since), visible))
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .all();
}

export function countSendersFirstSeenSince(since: Date): number {
  return (
    getDb()
      .select({ n: sql<number>`count(*)` })
      .from(senderStats)
      .where(gte(senderStats.firstSeen, since))
      .get()?.n ?? 0
  );
}
