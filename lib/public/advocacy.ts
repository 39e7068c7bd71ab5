import "server-only";
import { getDb } from "@/db";
import { countSendersFirstSeenSince, reportsPerWeekSince, topSendersSince } from "@/db/queries/advocacy";
import { listDirectory, type DirectoryRow } from "@/db/queries/directory";
import { findPublicSender, listPublicReports, pageSenderId } from "@/db/queries/public";
import type { User } from "@/db/schema";
import { collectiveLetter, collectiveRecipient } from "../complaints/collective";
import { findRule } from "../countries";
import { isUuid } from "../validations/id";
import type { DirectoryQuery } from "./directory";
import { exportHeaders, toCsv } from "./export";

/** The most rows one export carries. */
export const EXPORT_LIMIT = 10_000;

export const isAdvocate = (user: User | null): user is User => user?.role === "advocate" || user?.role === "admin";

const DAY_MS = 24 * 3_600_000;

/** The advocates' dashboard: the busiest senders (with the page each is shown on) and new ones over 30 days, reports per week over 12. */
export async function advocateTrends(now = Date.now()) {
  const since30 = new Date(now - 30 * DAY_MS);
  const db = getDb();
  return {
    top: await Promise.all((await topSendersSince(since30, 10)).map(async (row) => ({ ...row, pageId: await pageSenderId(db, row.id) }))),
    weeks: await reportsPerWeekSince(new Date(now - 12 * 7 * DAY_MS)),
    newSenders: await countSendersFirstSeenSince(since30),
  };
}

/** A sender's public, redacted reports: the same rows its public page shows, all of them. */
export async function senderExport(senderId: string) {
  const found = await findPublicSender(senderId);
  if (!found) return null;
  const reports = (
    await listPublicReports(
      found.identities.map((identity) => identity.id),
      EXPORT_LIMIT,
      { oldestFirst: true },
    )
  ).map((report) => ({
    sender: found.sender.display,
    occurredAt: report.occurredAt,
    timeZone: report.timeZone,
    recipientsCountry: report.country,
    channel: report.channel,
    category: report.category,
    text: report.text,
    callDurationSeconds: report.callDurationSeconds,
    rules: report.ruleIds,
    legalSources: report.ruleIds
      .map((id) => findRule(id))
      .flatMap((rule) => (rule ? [`${rule.source.instrument} ${rule.source.article}`] : []))
      .join("; "),
  }));
  return { found, reports };
}

const REPORT_COLUMNS = [
  "sender",
  "occurredAt",
  "timeZone",
  "recipientsCountry",
  "channel",
  "category",
  "text",
  "callDurationSeconds",
  "rules",
  "legalSources",
] as const;
const DIRECTORY_COLUMNS = [
  "id",
  "display",
  "kind",
  "organisation",
  "publicReports",
  "reporters",
  "publicCases",
  "violations",
  "lastSeen",
  "sector",
  "country",
] as const;

/** Every sender of a filtered directory list (all pages, up to the export limit). */
export async function directoryExport(query: DirectoryQuery): Promise<DirectoryRow[]> {
  const rows: DirectoryRow[] = [];
  for (let page = 0; rows.length < EXPORT_LIMIT; page++) {
    const batch = await listDirectory({ ...query, page });
    rows.push(...batch.rows);
    if (!batch.hasMore) break;
  }
  return rows.slice(0, EXPORT_LIMIT);
}

export function exportResponse(format: "csv" | "json", name: string, rows: Record<string, unknown>[], kind: "reports" | "directory"): Response {
  const body = format === "csv" ? toCsv(rows, kind === "reports" ? REPORT_COLUMNS : DIRECTORY_COLUMNS) : JSON.stringify(rows, null, 2);
  return new Response(body, { headers: exportHeaders(format, name) });
}

/**
 * An advocate's letter to the regulator about one sender, from all its public reports (oldest
 * first): addressed to the body that enforces most of the rules they show, naming only those it
 * enforces. Null for an unknown sender or one no body of its country takes.
 */
export async function loadCollectiveLetter(senderId: string, advocate: User, now = new Date()) {
  const found = isUuid(senderId) ? await findPublicSender(senderId) : undefined;
  if (!found) return null;
  const country = found.stats.country ?? "ID";
  const regulator = collectiveRecipient(country, found.stats.sector === "financial", Object.keys(found.stats.facts.rules));
  if (!regulator) return null;
  const reports = await listPublicReports(
    found.identities.map((identity) => identity.id),
    EXPORT_LIMIT,
    { oldestFirst: true },
  );
  const letter = collectiveLetter({
    sender: found.sender,
    stats: found.stats,
    reports,
    regulator,
    country,
    now,
    timeZone: advocate.timeZone,
    signatory: [advocate.legalName ?? advocate.name ?? "", advocate.email].filter(Boolean).join("\n"),
  });
  return { letter, sender: found.sender };
}
