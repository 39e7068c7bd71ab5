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

/** How many of the newest entries the case page shows; the rest are on the timeline's own pages. */
export const TIMELINE_PREVIEW = 4;
export const TIMELINE_PAGE_SIZE = 15;

export const entryId = (entry: TimelineEntry) => (entry.kind === "incident" ? entry.incident.id : entry.exchange.id);

/** The number of pages of the whole timeline (at least one). */
export const timelinePages = (count: number) => Math.max(1, Math.ceil(count / TIMELINE_PAGE_SIZE));

/** Page `page` (from 1) of the whole timeline, oldest first; out-of-range pages give the nearest one. */
export function timelinePage(entries: readonly TimelineEntry[], page: number): { entries: TimelineEntry[]; page: number; pages: number } {
  const pages = timelinePages(entries.length);
  const current = Math.min(pages, Math.max(1, Math.trunc(page) || 1));
  return { entries: entries.slice((current - 1) * TIMELINE_PAGE_SIZE, current * TIMELINE_PAGE_SIZE), page: current, pages };
}

/**
 * Where an entry is shown: on the case page when it is among the newest, else on the page of the
 * whole timeline that holds it.
 */
export function entryLinks(caseId: string, entries: readonly TimelineEntry[]): { preview: TimelineEntry[]; incidentHref: (id: string) => string } {
  const preview = entries.slice(-TIMELINE_PREVIEW);
  const previewIds = new Set(preview.map(entryId));
  const index = new Map(entries.map((entry, i) => [entryId(entry), i]));
  return {
    preview,
    incidentHref: (id) =>
      previewIds.has(id) ? `#incident-${id}` : `/cases/${caseId}/timeline?page=${Math.floor((index.get(id) ?? 0) / TIMELINE_PAGE_SIZE) + 1}#incident-${id}`,
  };
}
