import { DateTime } from "luxon";
import type { SenderFacts, ShareReportFacts } from "@/db/schema";
import type { Category, Country, Sector } from "../domain";

export type FactShare = {
  userId: string;
  country: Country;
  ruleIds: string[];
  complained: boolean;
  firstReplyMinutes: number | null;
  redirected: boolean;
  resolved: boolean;
  hasExchanges: boolean;
};
export type FactIncident = { occurredAt: Date; weekday: number; hour: number; channel: string; category: Category; ruleIds: string[] };

export type { ShareReportFacts };

export type SenderFigures = {
  publicCases: number;
  publicReports: number;
  reporters: number;
  violations: number;
  firstSeen: Date | null;
  lastSeen: Date | null;
  sector: Sector | null;
  country: Country | null;
  facts: Omit<SenderFacts, "identities">;
  categories: Partial<Record<Category, number>>;
};

const SECTOR_OF: Record<Category, Sector> = {
  loan: "financial",
  credit_card: "financial",
  insurance: "financial",
  investment: "financial",
  gambling: "gambling",
  scam: "scam",
  telco_promo: "telecom",
  shop_promo: "retail",
  political: "political",
  debt_collection: "financial",
  other: "other",
};

const count = <T extends string>(values: readonly T[]) =>
  values.reduce<Record<string, number>>((acc, value) => ((acc[value] = (acc[value] ?? 0) + 1), acc), {});
/** The key counted most (the first by name on a tie); T names what the keys are. */
const mostCommon = <T extends string>(counts: Partial<Record<T, number>>) =>
  (Object.entries(counts) as [T, number][]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
const addInto = (total: Record<string, number>, part: Record<string, number>) => {
  for (const [key, value] of Object.entries(part)) total[key] = (total[key] ?? 0) + value;
};

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** What these incidents (one share's visible ones) add to a sender's figures. */
export function shareReportFacts(incidents: readonly FactIncident[]): ShareReportFacts {
  let firstSeen: number | null = null;
  let lastSeen: number | null = null;
  const cells: Record<string, number> = {};
  const rules: Record<string, number> = {};
  for (const incident of incidents) {
    const time = incident.occurredAt.getTime();
    if (firstSeen === null || time < firstSeen) firstSeen = time;
    if (lastSeen === null || time > lastSeen) lastSeen = time;
    const cell = (incident.weekday - 1) * 24 + incident.hour;
    cells[cell] = (cells[cell] ?? 0) + 1;
    for (const ruleId of incident.ruleIds) rules[ruleId] = (rules[ruleId] ?? 0) + 1;
  }
  return {
    reports: incidents.length,
    firstSeen,
    lastSeen,
    categories: count(incidents.map((incident) => incident.category)),
    channels: count(incidents.map((incident) => incident.channel)),
    cells,
    rules,
    weeks: count(incidents.map((incident) => DateTime.fromJSDate(incident.occurredAt, { zone: "UTC" }).startOf("week").toISODate()!)),
  };
}

/** The sum of shares' contributions: the contribution of all their incidents together. */
export function sumReportFacts(parts: readonly ShareReportFacts[]): ShareReportFacts {
  const total: ShareReportFacts = { reports: 0, firstSeen: null, lastSeen: null, categories: {}, channels: {}, cells: {}, rules: {}, weeks: {} };
  for (const part of parts) {
    total.reports += part.reports;
    if (part.firstSeen !== null && (total.firstSeen === null || part.firstSeen < total.firstSeen)) total.firstSeen = part.firstSeen;
    if (part.lastSeen !== null && (total.lastSeen === null || part.lastSeen > total.lastSeen)) total.lastSeen = part.lastSeen;
    addInto(total.categories, part.categories);
    addInto(total.channels, part.channels);
    addInto(total.cells, part.cells);
    addInto(total.rules, part.rules);
    addInto(total.weeks, part.weeks);
  }
  return total;
}

/**
 * A sender's public figures, from its visible shared cases and what their visible incidents add
 * up to: every count has its denominator (cases, reports, reporters), the hour × weekday grid is
 * in the recipients' zones, and support figures only count cases where the reporter wrote to the
 * sender.
 */
export function figuresOfShares(shares: readonly FactShare[], reports: ShareReportFacts, knownSector: Sector | null): SenderFigures {
  const heatmap = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const [cell, reportCount] of Object.entries(reports.cells)) heatmap[Math.floor(Number(cell) / 24)]![Number(cell) % 24]! += reportCount;
  const rules: Record<string, { cases: number; reports: number }> = {};
  for (const share of shares) for (const ruleId of share.ruleIds) (rules[ruleId] ??= { cases: 0, reports: 0 }).cases += 1;
  for (const [ruleId, reportCount] of Object.entries(reports.rules)) (rules[ruleId] ??= { cases: 0, reports: 0 }).reports += reportCount;
  const categories = { ...reports.categories } as Partial<Record<Category, number>>;
  const withExchanges = shares.filter((share) => share.hasExchanges);
  const replyTimes = shares.flatMap((share) => (share.complained && share.firstReplyMinutes !== null ? [share.firstReplyMinutes] : []));
  const topCategory = mostCommon<Category>(categories);
  return {
    publicCases: shares.length,
    publicReports: reports.reports,
    reporters: new Set(shares.map((share) => share.userId)).size,
    violations: Object.values(rules).reduce((sum, rule) => sum + rule.cases, 0),
    firstSeen: reports.firstSeen === null ? null : new Date(reports.firstSeen),
    lastSeen: reports.lastSeen === null ? null : new Date(reports.lastSeen),
    sector: knownSector ?? (topCategory ? SECTOR_OF[topCategory] : null),
    country: mostCommon<Country>(count(shares.map((share) => share.country))),
    categories,
    facts: {
      categories,
      channels: { ...reports.channels },
      rules,
      heatmap,
      weeks: { ...reports.weeks },
      support: {
        cases: withExchanges.length,
        complained: shares.filter((share) => share.complained).length,
        replied: replyTimes.length,
        medianFirstReplyMinutes: median(replyTimes),
        redirected: withExchanges.filter((share) => share.redirected).length,
        resolved: withExchanges.filter((share) => share.resolved).length,
      },
    },
  };
}

/** A sender's public figures recounted from all its visible shares and incidents (the reference the stored counters must match). */
export function senderFigures(shares: readonly FactShare[], incidents: readonly FactIncident[], knownSector: Sector | null): SenderFigures {
  return figuresOfShares(shares, shareReportFacts(incidents), knownSector);
}
