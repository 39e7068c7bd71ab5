import "server-only";
import { and, count, countDistinct, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { getDb } from "..";
import { weekStartUtc } from "../dialect";
import { caseShares, publicIncidents, senders, senderStats } from "../tables";

const visible = and(isNull(publicIncidents.hiddenAt), isNull(caseShares.hiddenAt));

/** The senders with the most public reports since a date, for the advocates' trends. */
export async function topSendersSince(since: Date, limit: number) {
  return await getDb()
    .select({
      id: publicIncidents.senderId,
      display: senders.display,
      reports: count(),
      reporters: countDistinct(caseShares.userId),
    })
    .from(publicIncidents)
    .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
    .innerJoin(senders, eq(senders.id, publicIncidents.senderId))
    .where(and(gte(publicIncidents.occurredAt, since), visible))
    // PostgreSQL wants every selected column grouped or aggregated; one display per sender.
    .groupBy(publicIncidents.senderId, senders.display)
    .orderBy(desc(count()))
    .limit(limit);
}

/** Public reports per week (Monday, UTC) since a date, across all senders. */
export async function reportsPerWeekSince(since: Date): Promise<{ week: string; reports: number }[]> {
  return await getDb()
    .select({
      week: weekStartUtc(publicIncidents.occurredAt),
      reports: count(),
    })
    .from(publicIncidents)
    .innerJoin(caseShares, eq(caseShares.id, publicIncidents.shareId))
    .where(and(gte(publicIncidents.occurredAt, since), visible))
    .groupBy(sql`1`)
    .orderBy(sql`1`);
}

export async function countSendersFirstSeenSince(since: Date): Promise<number> {
  return (await getDb().select({ n: count() }).from(senderStats).where(gte(senderStats.firstSeen, since)))[0]?.n ?? 0;
}
