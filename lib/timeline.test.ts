import { describe, expect, it } from "vitest";
import type { Exchange, Incident } from "@/db/schema";
import { mergeTimeline } from "./timeline";

const incident = (id: string, at: string, logged = at) => ({ id, occurredAt: new Date(at), createdAt: new Date(logged) }) as Incident;
const exchange = (id: string, at: string, logged = at) => ({ id, occurredAt: new Date(at), createdAt: new Date(logged) }) as Exchange;

describe("mergeTimeline", () => {
  it("puts incidents and exchanges in time order; at the same minute the incident first, then as logged", () => {
    const entries = mergeTimeline(
      [incident("sms-2", "2026-11-20T10:00Z"), incident("sms-1", "2026-11-19T10:00Z")],
      [exchange("reply", "2026-11-20T10:00Z", "2026-11-22T00:00Z"), exchange("complaint", "2026-11-19T12:00Z"), exchange("first", "2026-11-20T10:00Z", "2026-11-21T00:00Z")],
    );
    expect(entries.map((e) => (e.kind === "incident" ? e.incident.id : e.exchange.id))).toEqual(["sms-1", "complaint", "sms-2", "first", "reply"]);
  });
});
