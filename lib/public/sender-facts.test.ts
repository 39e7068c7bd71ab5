import { describe, expect, it } from "vitest";
import { senderFigures, type FactIncident, type FactShare } from "./sender-facts";

const share = (userId: string, overrides: Partial<FactShare> = {}): FactShare => ({
  userId,
  country: "ID",
  ruleIds: [],
  complained: false,
  firstReplyMinutes: null,
  redirected: false,
  resolved: false,
  hasExchanges: false,
  ...overrides,
});
const incident = (iso: string, overrides: Partial<FactIncident> = {}): FactIncident => ({
  occurredAt: new Date(iso),
  weekday: 1,
  hour: 9,
  channel: "sms",
  category: "loan",
  ruleIds: [],
  ...overrides,
});

describe("senderFigures", () => {
  it("counts reports, cases and distinct reporters, with first and last seen", () => {
    const figures = senderFigures(
      [share("a"), share("b"), share("a")],
      [incident("2026-11-02T01:00Z"), incident("2026-10-01T01:00Z"), incident("2026-11-20T01:00Z")],
      null,
    );
    expect(figures).toMatchObject({
      publicCases: 3,
      publicReports: 3,
      reporters: 2,
      firstSeen: new Date("2026-10-01T01:00Z"),
      lastSeen: new Date("2026-11-20T01:00Z"),
    });
    expect(figures.facts.weeks).toEqual({ "2026-09-28": 1, "2026-11-02": 1, "2026-11-16": 1 });
  });

  it("counts each rule by cases and by reports, and the violations as case-rule pairs", () => {
    const figures = senderFigures(
      [share("a", { ruleIds: ["R1", "R2"] }), share("b", { ruleIds: ["R1"] })],
      [
        incident("2026-11-01T00:00Z", { ruleIds: ["R1"] }),
        incident("2026-11-02T00:00Z", { ruleIds: ["R1", "R2"] }),
        incident("2026-11-03T00:00Z", { ruleIds: ["R1"] }),
      ],
      null,
    );
    expect(figures.facts.rules).toEqual({ R1: { cases: 2, reports: 3 }, R2: { cases: 1, reports: 1 } });
    expect(figures.violations).toBe(3);
  });

  it("gives support figures over the cases with a conversation, and the median first reply over answered complaints", () => {
    const figures = senderFigures(
      [
        share("a", { hasExchanges: true, complained: true, firstReplyMinutes: 30, redirected: true }),
        share("b", { hasExchanges: true, complained: true, firstReplyMinutes: 90 }),
        share("c", { hasExchanges: true, complained: true, firstReplyMinutes: null, resolved: true }),
        share("d"),
      ],
      [],
      null,
    );
    expect(figures.facts.support).toEqual({ cases: 3, complained: 3, replied: 2, medianFirstReplyMinutes: 60, redirected: 1, resolved: 1 });
  });

  it("takes the sector an admin set, or the one most reports point to, and the country of most reporters", () => {
    const incidents = [
      incident("2026-11-01T00:00Z", { category: "shop_promo" }),
      incident("2026-11-02T00:00Z", { category: "shop_promo" }),
      incident("2026-11-03T00:00Z"),
    ];
    expect(senderFigures([share("a"), share("b", { country: "FR" }), share("c", { country: "FR" })], incidents, null)).toMatchObject({
      sector: "retail",
      country: "FR",
    });
    expect(senderFigures([share("a")], incidents, "telecom").sector).toBe("telecom");
  });

  it("puts each report in its weekday and hour cell", () => {
    const figures = senderFigures([share("a")], [incident("2026-11-22T12:45Z", { weekday: 7, hour: 19 })], null);
    expect(figures.facts.heatmap[6]![19]).toBe(1);
    expect(figures.facts.heatmap.flat().reduce((a, b) => a + b, 0)).toBe(1);
  });
});
