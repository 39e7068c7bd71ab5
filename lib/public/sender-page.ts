import "server-only";
import { DateTime } from "luxon";
import { cache } from "react";
import { getDb } from "@/db";
import { findSenderOrganisation } from "@/db/queries/organisations";
import { findPublicSender, listPublicConversations, listPublicReports, listSenderScreenshots } from "@/db/queries/public";
import { findSenderStatement, listAnsweredReports, listRepliesToReports, type ReplyView } from "@/db/queries/replies";
import { hoursRule } from "../countries";
import { isUuid } from "../validations/id";
import { olderThan, parseOlderThan } from "./report-cursor";
import { median } from "./sender-facts";

export const REPORTS_PER_PAGE = 20;

/** The public sender behind an id from a URL, looked up once per request (metadata and page share it). */
export const findSenderPage = cache(async (senderId: string) => (isUuid(senderId) ? await findPublicSender(senderId) : undefined));

/**
 * One page of a sender's public reports, newest first from the `before` cursor, with the cursors
 * of this page and the next, older one, and the organisation's replies under them (visible ones;
 * hidden ones too for the organisation itself, `withHiddenReplies`).
 */
export async function publicReportPage(senderIds: string[], before?: unknown, options: { withHiddenReplies?: boolean } = {}) {
  const cursor = parseOlderThan(before);
  const rows = await listPublicReports(senderIds, REPORTS_PER_PAGE + 1, { before: cursor });
  const reports = rows.slice(0, REPORTS_PER_PAGE);
  return {
    reports,
    replies: repliesByReport(
      await listRepliesToReports(
        reports.map((report) => report.id),
        { withHidden: options.withHiddenReplies },
      ),
    ),
    current: cursor ? olderThan({ occurredAt: cursor.at, id: cursor.id }) : null,
    older: rows.length > REPORTS_PER_PAGE ? olderThan(rows[REPORTS_PER_PAGE - 1]!) : null,
  };
}

function repliesByReport(replies: ReplyView[]): Record<string, ReplyView[]> {
  const byReport: Record<string, ReplyView[]> = {};
  for (const reply of replies) (byReport[reply.reportId!] ??= []).push(reply);
  return byReport;
}

/**
 * How the sender's organisation answers on the directory: of the visible public reports, how many
 * have a visible reply, and the median time from the report being public (its case shared) to its
 * first reply, over the answered ones.
 */
export async function replyFigures(senderIds: string[], publicReports: number) {
  const answered = await listAnsweredReports(senderIds);
  const minutes = answered.map((row) => Math.max(0, Math.round((row.firstReplyAt.getTime() - row.sharedAt.getTime()) / 60_000)));
  return {
    answered: answered.length,
    reports: publicReports,
    percent: publicReports ? Math.round((answered.length / publicReports) * 100) : 0,
    medianMinutes: median(minutes),
  };
}

/** The weeks up to the last one with reports, every week included (quiet ones as 0), at most `count`. */
export function lastWeeks(counts: Record<string, number>, count: number): { week: string; reports: number }[] {
  const known = Object.keys(counts).sort();
  if (known.length === 0) return [];
  const last = DateTime.fromISO(known.at(-1)!, { zone: "UTC" });
  const first = DateTime.max(DateTime.fromISO(known[0]!, { zone: "UTC" }), last.minus({ weeks: count - 1 }));
  const weeks: { week: string; reports: number }[] = [];
  for (let week = first; week <= last; week = week.plus({ weeks: 1 })) weeks.push({ week: week.toISODate()!, reports: counts[week.toISODate()!] ?? 0 });
  return weeks;
}

/**
 * Everything a sender's public page shows, visible (not hidden by a moderator) and redacted rows
 * only: the sender and its identities, figures, rules broken (most cases first), the legal calling
 * hours, the last 26 weeks, the newest reports, conversations with its support and screenshots.
 * Null when nothing of the sender is public.
 */
export async function loadSenderPage(senderId: string) {
  const found = await findSenderPage(senderId);
  if (!found) return null;
  const ids = found.identities.map((identity) => identity.id);
  const { facts, country } = found.stats;
  const hours = country ? (hoursRule(country) ?? null) : null;
  return {
    ...found,
    ...(await publicReportPage(ids)),
    // The verified organisation behind the sender, its statement and complaint contact.
    organisation: (await findSenderOrganisation(getDb(), found.sender.id)) ?? null,
    statement: (await findSenderStatement(found.sender.id)) ?? null,
    replyFigures: await replyFigures(ids, found.stats.publicReports),
    conversations: await listPublicConversations(ids, 5),
    screenshots: await listSenderScreenshots(ids, 12),
    rules: Object.entries(facts.rules).sort((a, b) => b[1].cases - a[1].cases),
    weeks: lastWeeks(facts.weeks, 26),
    hoursRule: hours,
    // The hours the rule allows, per set of weekdays, in whole hours (a window's end rounded up).
    legalWindows: hours
      ? hours.check.windows.map((w) => ({
          days: w.days,
          from: Number(w.from.slice(0, 2)),
          to: Math.ceil(Number(w.to.slice(0, 2)) + Number(w.to.slice(3)) / 60),
        }))
      : null,
  };
}
export type SenderPage = NonNullable<Awaited<ReturnType<typeof loadSenderPage>>>;
