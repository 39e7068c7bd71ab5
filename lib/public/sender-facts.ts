import { DateTime } from "luxon";
import type { SenderFacts } from "@/db/schema";
import type { Category, Sector } from "../domain";

export type FactShare = { userId: string; country: string; ruleIds: string[]; complained: boolean; firstReplyMinutes: number | null; redirected: boolean; resolved: boolean; hasExchanges: boolean };
export type FactIncident = { occurredAt: Date; weekday: number; hour: number; channel: string; category: Category; ruleIds: string[] };

export type SenderFigures = {
  publicCases: number;
  publicReports: number;
  reporters: number;
  violations: number;
  firstSeen: Date | null;
  lastSeen: Date | null;
  sector: Sector | null;
  country: string | null;
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

const count = <T extends string>(values: readonly T[]) => values.reduce<Record<string, number>>((acc, value) => ((acc[value] = (acc[value] ?? 0) + 1), acc), {});
const mostCommon = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/**
 * A sender's public figures, from its visible shared cases and incidents: every count has its
 * denominator (cases, reports, reporters), the hour × weekday grid is in the recipients' zones,
 * and support figures only count cases where the reporter wrote to the sender.
 */
export function senderFigures(shares: readonly FactShare[], incidents: readonly FactIncident[], knownSector: Sector | null): SenderFigures {
  let firstSeen: number | null = null;
  let lastSeen: number | null = null;
  for (const { occurredAt } of incidents) {
    const time = occurredAt.getTime();
    if (firstSeen === null || time < firstSeen) firstSeen = time;
    if (lastSeen === null || time > lastSeen) lastSeen = time;
  }
  const heatmap = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const incident of incidents) heatmap[incident.weekday - 1]![incident.hour]! += 1;
  const rules: Record<string, { cases: number; reports: number }> = {};
  for (const share of shares) for (const ruleId of share.ruleIds) (rules[ruleId] ??= { cases: 0, reports: 0 }).cases += 1;
  for (const incident of incidents) for (const ruleId of incident.ruleIds) (rules[ruleId] ??= { cases: 0, reports: 0 }).reports += 1;
  const categories = count(incidents.map((incident) => incident.category)) as Partial<Record<Category, number>>;
  const withExchanges = shares.filter((share) => share.hasExchanges);
  const replyTimes = shares.flatMap((share) => (share.complained && share.firstReplyMinutes !== null ? [share.firstReplyMinutes] : []));
  const topCategory = mostCommon(categories) as Category | null;
  return {
    publicCases: shares.length,
    publicReports: incidents.length,
    reporters: new Set(shares.map((share) => share.userId)).size,
    violations: Object.values(rules).reduce((sum, rule) => sum + rule.cases, 0),
    firstSeen: firstSeen === null ? null : new Date(firstSeen),
    lastSeen: lastSeen === null ? null : new Date(lastSeen),
    sector: knownSector ?? (topCategory ? SECTOR_OF[topCategory] : null),
    country: mostCommon(count(shares.map((share) => share.country))),
    categories,
    facts: {
      categories,
      channels: count(incidents.map((incident) => incident.channel)),
      rules,
      heatmap,
      weeks: count(incidents.map((incident) => DateTime.fromJSDate(incident.occurredAt, { zone: "UTC" }).startOf("week").toISODate()!)),
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
