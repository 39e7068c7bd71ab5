import "server-only";
import { getDb } from "@/db";
import { directoryRow, searchByNameAfter, type DirectoryRow } from "@/db/queries/directory";
import { findVisibleStatement, listVisibleReplies } from "@/db/queries/open-data";
import { findSenderOrganisation } from "@/db/queries/organisations";
import { findPublicSender, listPublicReports } from "@/db/queries/public";
import type { Country } from "../domain";
import { pageOfIdentity } from "../public/directory";
import { olderThan, parseOlderThan } from "../public/report-cursor";
import { lastWeeks } from "../public/sender-page";
import type { z } from "zod";
import type {
  pageParamsSchema,
  replyPageSchema,
  reportPageSchema,
  searchParamsSchema,
  senderDetailSchema,
  senderSearchSchema,
  senderSummarySchema,
} from "./schemas";

type SearchParams = z.output<typeof searchParamsSchema>;
type PageParams = z.output<typeof pageParamsSchema>;

export const API_BASE = "/api/v1";
const senderHref = (id: string) => `${API_BASE}/senders/${id}`;
const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** The address of the next page of a list: its path and query with the cursor replaced. */
function nextHref(path: string, query: Record<string, string | number | undefined>, cursor: string) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, cursor })) if (value !== undefined && value !== "") params.set(key, String(value));
  return { cursor, href: `${path}?${params}` };
}

function summary(row: DirectoryRow): z.input<typeof senderSummarySchema> {
  return {
    id: row.id,
    display: row.display,
    kind: row.kind as z.input<typeof senderSummarySchema>["kind"],
    organisation: row.organisation,
    publicCases: row.publicCases,
    publicReports: row.publicReports,
    reporters: row.reporters,
    violations: row.violations,
    lastSeen: iso(row.lastSeen),
    sector: row.sector,
    country: row.country as Country | null,
    href: senderHref(row.id),
  };
}

/** The search cursor: the last row's report count and id ("<reports>_<id>"). */
function parseSearchCursor(cursor: string | undefined) {
  const parsed = parseOlderThan(cursor);
  return parsed ? { reports: parsed.at.getTime(), id: parsed.id } : undefined;
}

/**
 * Senders with public reports matching `q`, as the directory's search finds them: the exact
 * identity typed (any number format, read as `country`'s first, a short code, a sender ID) is the
 * only answer; otherwise sender IDs and organisation names starting with it, most reports first.
 */
export async function searchSenders(params: SearchParams): Promise<z.input<typeof senderSearchSchema>> {
  const page = params.cursor ? null : await pageOfIdentity(params.q, params.country);
  const exact = page ? await directoryRow(page) : undefined;
  if (exact) return { query: params.q, senders: [summary(exact)], next: null };
  const rows = /\p{L}/u.test(params.q) ? await searchByNameAfter(params.q, params.limit + 1, parseSearchCursor(params.cursor)) : [];
  const shown = rows.slice(0, params.limit);
  const last = shown.at(-1);
  return {
    query: params.q,
    senders: shown.map(summary),
    next:
      rows.length > params.limit && last
        ? nextHref(`${API_BASE}/senders`, { q: params.q, country: params.country, limit: params.limit }, `${last.publicReports}_${last.id}`)
        : null,
  };
}

/** A sender's public figures, identities and verified organisation; null when nothing of it is public. */
export async function senderDetail(senderId: string): Promise<z.input<typeof senderDetailSchema> | null> {
  const found = await findPublicSender(senderId);
  if (!found) return null;
  const { sender, identities, stats } = found;
  const organisation = await findSenderOrganisation(getDb(), sender.id);
  const statement = organisation ? await findVisibleStatement(sender.id) : undefined;
  const { facts } = stats;
  return {
    id: sender.id,
    display: sender.display,
    kind: sender.kind,
    identities: identities.map((identity) => ({ id: identity.id, display: identity.display, kind: identity.kind })),
    organisation: organisation
      ? {
          name: organisation.name,
          verified: true,
          complaintContact: organisation.complaintContact,
          statement: statement ? { id: statement.id, kind: statement.kind, text: statement.text, createdAt: statement.createdAt.toISOString() } : null,
        }
      : null,
    figures: {
      publicCases: stats.publicCases,
      publicReports: stats.publicReports,
      reporters: stats.reporters,
      violations: stats.violations,
      firstSeen: iso(stats.firstSeen),
      lastSeen: iso(stats.lastSeen),
      sector: stats.sector,
      country: stats.country,
      categories: facts.categories,
      channels: facts.channels,
      rules: Object.entries(facts.rules)
        .sort((a, b) => b[1].cases - a[1].cases || a[0].localeCompare(b[0]))
        .map(([id, rule]) => ({ id, ...rule })),
      heatmap: facts.heatmap,
      weeks: lastWeeks(facts.weeks, 52),
      support: facts.support,
    },
    links: { page: `/senders/${sender.id}`, reports: `${senderHref(sender.id)}/reports`, replies: `${senderHref(sender.id)}/replies` },
  };
}

/** A page of a sender's public reports, newest first from the cursor; null when nothing of the sender is public. */
export async function senderReports(senderId: string, params: PageParams): Promise<z.input<typeof reportPageSchema> | null> {
  const found = await findPublicSender(senderId);
  if (!found) return null;
  const rows = await listPublicReports(
    found.identities.map((identity) => identity.id),
    params.limit + 1,
    { before: parseOlderThan(params.cursor) },
  );
  const shown = rows.slice(0, params.limit);
  const last = shown.at(-1);
  return {
    senderId: found.sender.id,
    reports: shown.map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      timeZone: row.timeZone,
      country: row.country,
      channel: row.channel,
      category: row.category,
      text: row.text,
      callDurationSeconds: row.callDurationSeconds,
      ruleIds: row.ruleIds,
    })),
    next: rows.length > params.limit && last ? nextHref(`${senderHref(found.sender.id)}/reports`, { limit: params.limit }, olderThan(last)) : null,
  };
}

/** A page of a sender's visible replies and statements, newest first; null when nothing of the sender is public. */
export async function senderReplies(senderId: string, params: PageParams): Promise<z.input<typeof replyPageSchema> | null> {
  const found = await findPublicSender(senderId);
  if (!found) return null;
  const pageId = found.sender.id;
  const rows = await listVisibleReplies(pageId, params.limit + 1, parseOlderThan(params.cursor));
  const shown = rows.slice(0, params.limit);
  const last = shown.at(-1);
  return {
    senderId: pageId,
    organisation: (await findSenderOrganisation(getDb(), pageId))?.name ?? null,
    replies: shown.map((row) => ({ id: row.id, kind: row.kind, reportId: row.reportId, text: row.text, createdAt: row.createdAt.toISOString() })),
    next:
      rows.length > params.limit && last
        ? nextHref(`${senderHref(pageId)}/replies`, { limit: params.limit }, olderThan({ occurredAt: last.createdAt, id: last.id }))
        : null,
  };
}
