import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { Category, Country, Sector } from "@/lib/domain";
import { getDb, preparedQuery, sqliteStatement, type Db } from "..";
import { startsWithIgnoringCase } from "../dialect";
import { senders, senderStats } from "../tables";

export const DIRECTORY_SORTS = ["recent", "reports", "violations"] as const;
export type DirectorySort = (typeof DIRECTORY_SORTS)[number];
export type DirectoryFilters = { sort: DirectorySort; category?: Category; sector?: Sector; country?: Country; page: number };
export const DIRECTORY_PAGE_SIZE = 20;

const row = {
  id: senderStats.senderId,
  display: senders.display,
  kind: senders.kind,
  organisation: senders.organisation,
  publicCases: senderStats.publicCases,
  publicReports: senderStats.publicReports,
  reporters: senderStats.reporters,
  violations: senderStats.violations,
  lastSeen: senderStats.lastSeen,
  sector: senderStats.sector,
  country: senderStats.country,
};
export type DirectoryRow = {
  id: string;
  display: string;
  kind: string;
  organisation: string | null;
  publicCases: number;
  publicReports: number;
  reporters: number;
  violations: number;
  lastSeen: Date | null;
  sector: Sector | null;
  country: string | null;
};

// `nulls last` written out: SQLite puts nulls last in descending order, PostgreSQL first. SQLite's
// plan is the same with it (sender_stats_last_seen_idx scanned backwards, EXPLAIN QUERY PLAN).
const ORDER: Record<DirectorySort, SQL[]> = {
  recent: [sql`${senderStats.lastSeen} desc nulls last`, desc(senderStats.senderId)],
  reports: [desc(senderStats.publicReports), desc(senderStats.senderId)],
  violations: [desc(senderStats.violations), desc(senderStats.senderId)],
};

/** Senders with public reports, sorted and filtered as the directory's URL says, a page at a time. */
export async function listDirectory(filters: DirectoryFilters): Promise<{ rows: DirectoryRow[]; hasMore: boolean }> {
  const conditions = [
    filters.category
      ? sql`exists (select 1 from sender_categories c where c.sender_id = ${senderStats.senderId} and c.category = ${filters.category})`
      : undefined,
    filters.sector ? eq(senderStats.sector, filters.sector) : undefined,
    filters.country ? eq(senderStats.country, filters.country) : undefined,
  ];
  const rows = (await getDb()
    .select(row)
    .from(senderStats)
    .innerJoin(senders, eq(senders.id, senderStats.senderId))
    .where(and(...conditions))
    .orderBy(...ORDER[filters.sort])
    .limit(DIRECTORY_PAGE_SIZE + 1)
    .offset(filters.page * DIRECTORY_PAGE_SIZE)) as DirectoryRow[];
  return { rows: rows.slice(0, DIRECTORY_PAGE_SIZE), hasMore: rows.length > DIRECTORY_PAGE_SIZE };
}

/** The page a sender identity is shown on, if it has public reports. */
const pageForKeyQuery = (db: Db) =>
  db
    .select({ id: senderStats.senderId })
    .from(senders)
    .innerJoin(senderStats, eq(senderStats.senderId, sql`coalesce(${senders.parentId}, ${senders.id})`))
    .where(eq(senders.key, sql.placeholder("key")));
const pageForKey = preparedQuery(pageForKeyQuery);
const pageForKeyNow = sqliteStatement((db) => pageForKeyQuery(db).prepare());

export async function publicPageForKey(key: string): Promise<string | null> {
  return (await pageForKey.get({ key }))?.id ?? null;
}

/** publicPageForKey answered synchronously, for the front's search (server/front-search.mjs): SQLite only. */
export function publicPageForKeyOnSqlite(key: string): string | null {
  return pageForKeyNow().get({ key })?.id ?? null;
}

/** Senders with public reports whose sender ID starts with the text, or whose organisation name does. */
export async function searchByName(text: string, limit = DIRECTORY_PAGE_SIZE): Promise<DirectoryRow[]> {
  return await searchByNameAfter(text, limit);
}

/**
 * searchByName a page at a time (the open data API): most reports first, then by id, from just
 * after `after`, the last row of the previous page.
 */
export async function searchByNameAfter(text: string, limit: number, after?: { reports: number; id: string }): Promise<DirectoryRow[]> {
  const prefix = `id:${text.toLocaleLowerCase("en-US")}`;
  const pages = sql`(
    select coalesce(parent_id, id) as page_id from senders where key >= ${prefix} and key < ${`${prefix}\uffff`}
    union
    select coalesce(parent_id, id) from senders where ${startsWithIgnoringCase(senders.organisation, text)}
  ) as pages`;
  return (await getDb()
    .select(row)
    .from(senderStats)
    .innerJoin(senders, eq(senders.id, senderStats.senderId))
    .where(
      and(
        sql`${senderStats.senderId} in (select page_id from ${pages})`,
        after
          ? sql`(${senderStats.publicReports} < ${after.reports} or (${senderStats.publicReports} = ${after.reports} and ${senderStats.senderId} < ${after.id}))`
          : undefined,
      ),
    )
    .orderBy(desc(senderStats.publicReports), desc(senderStats.senderId))
    .limit(limit)) as DirectoryRow[];
}

/** A sender's row as the directory lists it, if it has public reports. */
export async function directoryRow(pageId: string): Promise<DirectoryRow | undefined> {
  return (await getDb().select(row).from(senderStats).innerJoin(senders, eq(senders.id, senderStats.senderId)).where(eq(senderStats.senderId, pageId)))[0] as
    DirectoryRow | undefined;
}
