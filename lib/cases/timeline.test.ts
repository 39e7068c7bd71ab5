import { describe, expect, it } from "vitest";
import type { Exchange, Incident } from "@/db/schema";
import { entryId, entryLinks, mergeTimeline, TIMELINE_PAGE_SIZE, TIMELINE_PREVIEW, timelinePage, timelinePages } from "./timeline";

const incident = (id: string, at: string, logged = at) => ({ id, occurredAt: new Date(at), createdAt: new Date(logged) }) as Incident;
const exchange = (id: string, at: string, logged = at) => ({ id, occurredAt: new Date(at), createdAt: new Date(logged) }) as Exchange;

describe("mergeTimeline", () => {
  it("puts incidents and exchanges in time order; at the same minute the incident first, then as logged", () => {
    const entries = mergeTimeline(
      [incident("sms-2", "2026-11-20T10:00Z"), incident("sms-1", "2026-11-19T10:00Z")],
      [
        exchange("reply", "2026-11-20T10:00Z", "2026-11-22T00:00Z"),
        exchange("complaint", "2026-11-19T12:00Z"),
        exchange("first", "2026-11-20T10:00Z", "2026-11-21T00:00Z"),
      ],
    );
    expect(entries.map((e) => (e.kind === "incident" ? e.incident.id : e.exchange.id))).toEqual(["sms-1", "complaint", "sms-2", "first", "reply"]);
  });
});

describe("the case page's newest entries and the whole timeline's pages", () => {
  const entries = mergeTimeline(
    Array.from({ length: 30 }, (_, i) => incident(`sms-${i}`, new Date(Date.UTC(2026, 9, 1, i)).toISOString())),
    Array.from({ length: 10 }, (_, i) => exchange(`x-${i}`, new Date(Date.UTC(2026, 9, 3, i)).toISOString())),
  );

  it("shows the newest entries on the case page and links the others to the timeline page that holds them", () => {
    const { preview, incidentHref } = entryLinks("c1", entries);
    expect(preview).toHaveLength(TIMELINE_PREVIEW);
    expect(preview.map(entryId)).toEqual(entries.slice(-TIMELINE_PREVIEW).map(entryId));
    expect(incidentHref(entryId(preview[0]!))).toBe(`#incident-${entryId(preview[0]!)}`);
    expect(incidentHref("sms-0")).toBe("/cases/c1/timeline?page=1#incident-sms-0");
    const index = entries.findIndex((entry) => entryId(entry) === "sms-25");
    expect(index).toBeGreaterThanOrEqual(TIMELINE_PAGE_SIZE);
    expect(incidentHref("sms-25")).toBe(`/cases/c1/timeline?page=${Math.floor(index / TIMELINE_PAGE_SIZE) + 1}#incident-sms-25`);
    expect(Math.floor(index / TIMELINE_PAGE_SIZE) + 1).toBeGreaterThan(1);
  });

  it("cuts the whole timeline into pages, oldest first, and answers a page out of range with the nearest", () => {
    expect(timelinePages(0)).toBe(1);
    const pages = Math.ceil(40 / TIMELINE_PAGE_SIZE);
    expect(timelinePages(40)).toBe(pages);
    expect(timelinePage(entries, 2).entries.map(entryId)).toEqual(entries.slice(TIMELINE_PAGE_SIZE, 2 * TIMELINE_PAGE_SIZE).map(entryId));
    expect(timelinePage(entries, 99)).toMatchObject({ page: pages, pages });
    expect(timelinePage(entries, pages).entries.map(entryId)).toEqual(entries.slice((pages - 1) * TIMELINE_PAGE_SIZE).map(entryId));
    expect(timelinePage(entries, Number("x")).page).toBe(1);
    expect(timelinePage([], 1)).toMatchObject({ entries: [], page: 1, pages: 1 });
  });
});
