import type { Exchange, Incident } from "@/db/schema";

export type TimelineEntry = { kind: "incident"; at: Date; incident: Incident } | { kind: "exchange"; at: Date; exchange: Exchange };

/**
 * One time line of what the sender sent and what the user and the sender's support said, in
 * the order it happened. At the same minute an incident comes first (it is what was complained
 * about), then entries in the order they were logged.
 */
export function mergeTimeline(incidents: readonly Incident[], exchanges: readonly Exchange[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...incidents.map((incident) => ({ kind: "incident" as const, at: incident.occurredAt, incident })),
    ...exchanges.map((exchange) => ({ kind: "exchange" as const, at: exchange.occurredAt, exchange })),
  ];
  const logged = (entry: TimelineEntry) => (entry.kind === "incident" ? entry.incident.createdAt : entry.exchange.createdAt).getTime();
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.kind === b.kind ? 0 : a.kind === "incident" ? -1 : 1) || logged(a) - logged(b));
}
