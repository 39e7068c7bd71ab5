import "server-only";
import { and, count, desc, eq, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { Category } from "@/lib/domain";
import { getDb } from "..";
import { DIALECT, jsonEntryKey, jsonEntryNumber, jsonObjectEntries, nextInstant } from "../dialect";
import type { PgDb } from "../postgres";
import { jobLeases, senderCategories, senderReplies, senderStats } from "../tables";
import type { DbOrTx } from "./tx";

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
export async function listVisibleReplies(senderId: string, limit: number, before?: { at: Date; id: string }) {
  return await getDb()
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
    .limit(limit);
}

/** The organisation's newest visible statement about the sender as a whole ("not ours", "stopped"). */
export async function findVisibleStatement(senderId: string) {
  return (
    await getDb()
      .select(REPLY)
      .from(senderReplies)
      .where(and(eq(senderReplies.senderId, senderId), isNull(senderReplies.hiddenAt), isNull(senderReplies.reportId)))
      .orderBy(desc(senderReplies.createdAt), desc(senderReplies.id))
      .limit(1)
  )[0];
}

/** Public reports and the senders having them, per category (kept by every write to a sender's figures). */
export async function categoryTotals(): Promise<{ category: Category; senders: number; reports: number }[]> {
  return await getDb()
    .select({ category: senderCategories.category, senders: count(), reports: sql<number>`coalesce(sum(${senderCategories.reports}), 0)`.mapWith(Number) })
    .from(senderCategories)
    .groupBy(senderCategories.category);
}

/** Public cases and reports breaking each rule, summed over every sender's stored figures. */
export async function ruleTotals(): Promise<{ ruleId: string; cases: number; reports: number }[]> {
  return await getDb()
    .select({
      ruleId: jsonEntryKey("r"),
      cases: sql<number>`coalesce(sum(${jsonEntryNumber("r", "cases")}), 0)`.mapWith(Number),
      reports: sql<number>`coalesce(sum(${jsonEntryNumber("r", "reports")}), 0)`.mapWith(Number),
    })
    .from(sql`${senderStats}, ${jsonObjectEntries(senderStats.facts, "rules", "r")}`)
    .groupBy(jsonEntryKey("r"));
}

/**
 * The version of the public data: a job_leases row never taken as a lease, whose last_run_at
 * only ever grows (by at least 1 ms per change, so two changes in one millisecond still differ).
 * Bumped in the transaction of every public change, so a download made from a read that saw
 * version N is stale exactly when the version is no longer N.
 */
const PUBLIC_DATA_VERSION = "public-data-version";

export async function markPublicDataChanged(db: DbOrTx, now = new Date()): Promise<void> {
  await db
    .insert(jobLeases)
    .values({ name: PUBLIC_DATA_VERSION, holder: "", expiresAt: new Date(0), lastRunAt: now })
    .onConflictDoUpdate({ target: jobLeases.name, set: { lastRunAt: nextInstant(jobLeases.lastRunAt, now) } });
}

/** 0 before the first public change. */
export async function publicDataVersion(): Promise<number> {
  return (await getDb().select({ at: jobLeases.lastRunAt }).from(jobLeases).where(eq(jobLeases.name, PUBLIC_DATA_VERSION)))[0]?.at?.getTime() ?? 0;
}

/** Where a batch of the bulk download resumes: the last row's rowid on SQLite, its report id on PostgreSQL. */
export type BulkCursor = number | string;

/** One public report as the bulk download writes it (see lib/open-data/bulk-columns.ts). */
export type BulkReportRow = {
  cursor: BulkCursor;
  id: string;
  senderId: string;
  pageId: string;
  display: string;
  organisation: string | null;
  occurredAt: number;
  weekday: number;
  hour: number;
  channel: string;
  category: string;
  text: string | null;
  callDurationSeconds: number | null;
  ruleIds: string;
  country: string;
  replies: number;
  firstReplyAt: number | null;
};

/**
 * The next `limit` visible public reports (visible report of a visible share) after `after` (null:
 * from the start). On SQLite in the order they were first published (rowid); PostgreSQL has no
 * rowid, and public_incidents no column of that order, so there by report id (its primary key).
 * The download reads them a batch at a time, so a million rows never sit in memory and other
 * requests run between batches. The organisation is the verified one of the sender's page, else
 * the name an admin gave its page sender; replies are the organisation's visible replies under
 * the report. Instants are epoch milliseconds, rule ids JSON text, in both.
 */
export async function listBulkReportsAfter(after: BulkCursor | null, limit: number): Promise<BulkReportRow[]> {
  const postgres = DIALECT === "postgresql";
  const cursor = postgres ? sql`pi.id` : sql`pi.rowid`;
  const millis = (instant: SQL) => (postgres ? sql`(extract(epoch from ${instant}) * 1000)::float8` : instant);
  const query = sql`
    select ${cursor} as cursor, pi.id as id, pi.sender_id as "senderId", coalesce(s.parent_id, s.id) as "pageId", s.display as display,
      coalesce(o.name, ps.organisation) as organisation, ${millis(sql`pi.occurred_at`)} as "occurredAt", pi.weekday as weekday, pi.hour as hour,
      pi.channel as channel, pi.category as category, pi.text as text, pi.call_duration_seconds as "callDurationSeconds",
      ${postgres ? sql`pi.rule_ids::text` : sql`pi.rule_ids`} as "ruleIds", cs.country as country,
      (select ${postgres ? sql`count(*)::integer` : sql`count(*)`} from sender_replies r where r.report_id = pi.id and r.kind = 'reply' and r.hidden_at is null) as replies,
      (select ${millis(sql`min(r.created_at)`)} from sender_replies r where r.report_id = pi.id and r.kind = 'reply' and r.hidden_at is null) as "firstReplyAt"
    from public_incidents pi
    join case_shares cs on cs.id = pi.share_id and cs.hidden_at is null
    join senders s on s.id = pi.sender_id
    left join senders ps on ps.id = coalesce(s.parent_id, s.id)
    left join organisation_senders os on os.sender_id = ps.id
    left join organisations o on o.id = os.organisation_id
    where pi.hidden_at is null${after === null ? sql`` : sql` and ${cursor} > ${after}`}
    order by ${cursor}
    limit ${limit}
  `;
  if (postgres) return (await (getDb() as unknown as PgDb).execute<BulkReportRow>(query)).rows;
  return getDb().all<BulkReportRow>(query);
}
