import "server-only";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Category } from "@/lib/domain";
import { getDb } from "..";
import { senderCategories, senderReplies, senderStats } from "../schema";

// A reply under a report is public only while that report and its share are. Written out:
// drizzle leaves columns of a single-table select unqualified, which the subquery would misread.
const REPORT_VISIBLE = sql`(sender_replies.report_id is null or exists (
  select 1 from public_incidents pi join case_shares cs on cs.id = pi.share_id
  where pi.id = sender_replies.report_id and pi.hidden_at is null and cs.hidden_at is null
))`;

const REPLY = {
  id: senderReplies.id,
  kind: senderReplies.kind,
  reportId: senderReplies.reportId,
  text: senderReplies.text,
  createdAt: senderReplies.createdAt,
};

/** A sender's visible replies and statements (page id), newest first from just before `before`. */
export function listVisibleReplies(senderId: string, limit: number, before?: { at: Date; id: string }) {
  return getDb()
    .select(REPLY)
    .from(senderReplies)
    .where(
      and(
        eq(senderReplies.senderId, senderId),
        isNull(senderReplies.hiddenAt),
        REPORT_VISIBLE,
        before ? or(lt(senderReplies.createdAt, before.at), and(eq(senderReplies.createdAt, before.at), lt(senderReplies.id, before.id))) : undefined,
      ),
    )
    .orderBy(desc(senderReplies.createdAt), desc(senderReplies.id))
    .limit(limit)
    .all();
}

/** The organisation's newest visible statement about the sender as a whole ("not ours", "stopped"). */
export function findVisibleStatement(senderId: string) {
  return getDb()
    .select(REPLY)
    .from(senderReplies)
    .where(and(eq(senderReplies.senderId, senderId), isNull(senderReplies.hiddenAt), isNull(senderReplies.reportId)))
    .orderBy(desc(senderReplies.createdAt), desc(senderReplies.id))
    .limit(1)
    .get();
}

/** Public reports and the senders having them, per category (kept by every write to a sender's figures). */
export function categoryTotals(): { category: Category; senders: number; reports: number }[] {
  return getDb()
    .select({ category: senderCategories.category, senders: sql<number>`count(*)`, reports: sql<number>`coalesce(sum(${senderCategories.reports}), 0)` })
    .from(senderCategories)
    .groupBy(senderCategories.category)
    .all();
}

/** Public cases and reports breaking each rule, summed over every sender's stored figures. */
export function ruleTotals(): { ruleId: string; cases: number; reports: number }[] {
  return getDb()
    .select({
      ruleId: sql<string>`r.key`,
      cases: sql<number>`coalesce(sum(json_extract(r.value, '$.cases')), 0)`,
      reports: sql<number>`coalesce(sum(json_extract(r.value, '$.reports')), 0)`,
    })
    .from(sql`${senderStats}, json_each(${senderStats.facts}, '$.rules') r`)
    .groupBy(sql`r.key`)
    .all();
}
