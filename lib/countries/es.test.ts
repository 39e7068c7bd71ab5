import { describe, expect, it } from "vitest";
import { calendarFor } from "../holidays";
import type { IncidentFact } from "../rules-engine";
import { spain as ES } from "./es";
import { CANARY, evaluate, expectClaim, incident, MADRID, mayHave, utc, type CaseInput, type Claim } from "@/lib/testing/rules";

/**
 * Spain, rule by rule. Every rule is graded M. Summer time 2026: from
 * Sunday 29 March (02:00 CET → 03:00 CEST) to Sunday 25 October. Galicia's own weekday holidays
 * in 2026 per date-holidays ES-GA: San José (Thursday 19 March) and Jueves Santo (Thursday 2
 * April); neither is a national one.
 */
type Row = { name: string; when: string | Date; zone?: string; more?: Partial<IncidentFact>; input?: Partial<CaseInput>; expected: Claim };

function runRow(ruleId: string, row: Row, defaults: Partial<IncidentFact>) {
  const contact = incident("c", row.when, row.zone ?? MADRID, { category: "shop_promo", ...defaults, ...row.more });
  const report = evaluate(ES, { ...row.input, incidents: [contact] });
  expectClaim(report, ruleId, row.expected, ["c"]);
  return report;
}
const uncertain = { uncertainIds: ["c"] };

describe("ES-CALL-HOURS: weekdays 09:00–21:00, not on holidays (TRLGDCU art 96.2)", () => {
  const rows: Row[] = [
    { name: "Monday 08:59: may have (graded M)", when: "2026-11-23T08:59", expected: mayHave(["grade"]) },
    { name: "Monday 09:00, the first allowed minute", when: "2026-11-23T09:00", expected: null },
    { name: "Monday 21:00, the closing minute is allowed", when: "2026-11-23T21:00", expected: null },
    { name: "Monday 21:01: may have", when: "2026-11-23T21:01", expected: mayHave(["grade"]) },
    { name: "Saturday 12:00", when: "2026-11-28T12:00", expected: mayHave(["grade"]) },
    { name: "Sunday 12:00", when: "2026-11-22T12:00", expected: mayHave(["grade"]) },
    { name: "national holiday, Tuesday 8 December 2026 12:00", when: "2026-12-08T12:00", expected: mayHave(["grade"]) },
    { name: "national holiday, Good Friday 3 April 2026 12:00", when: "2026-04-03T12:00", expected: mayHave(["grade"]) },
    // DST.
    { name: "Sunday 29 March (DST starts) 12:00: a Sunday", when: utc("2026-03-29T10:00Z"), expected: mayHave(["grade"]) },
    { name: "Monday 30 March 07:30 UTC is 09:30 CEST: allowed", when: utc("2026-03-30T07:30Z"), expected: null },
    { name: "Monday 23 March 07:30 UTC is 08:30 CET: may have (allowed only in summer time)", when: utc("2026-03-23T07:30Z"), expected: mayHave(["grade"]) },
    { name: "Monday 30 March 06:59 UTC is 08:59 CEST", when: utc("2026-03-30T06:59Z"), expected: mayHave(["grade"]) },
    { name: "Monday 26 October 20:00 UTC is 21:00 CET, after DST ended: allowed", when: utc("2026-10-26T20:00Z"), expected: null },
    { name: "Friday 23 October 19:30 UTC is 21:30 CEST", when: utc("2026-10-23T19:30Z"), expected: mayHave(["grade"]) },
    // The recipient's zone: the Canary Islands are an hour behind Madrid.
    { name: "20:30 in the Canaries (21:30 in Madrid): allowed", when: utc("2026-11-23T20:30Z"), zone: CANARY, expected: null },
    { name: "the same instant for a Madrid number", when: utc("2026-11-23T20:30Z"), zone: MADRID, expected: mayHave(["grade"]) },
    // No consent exception in 96.2.
    { name: "agreed to calls, Saturday: still outside the allowed days", when: "2026-11-28T12:00", more: { consent: "agreed" }, expected: mayHave(["grade"]) },
    {
      name: "not sure, Saturday: the consent answer does not matter here",
      when: "2026-11-28T12:00",
      more: { consent: "unsure" },
      expected: mayHave(["grade"]),
    },
    { name: "an SMS is not a call", when: "2026-11-28T12:00", more: { channel: "sms" }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("ES-CALL-HOURS", row, { channel: "call" }));

  describe("regional holidays count only once the user's region is set", () => {
    it.each([
      { name: "San José, Thursday 19 March 2026 12:00, region unset: not a holiday", when: "2026-03-19T12:00", region: null, expected: null },
      { name: "San José, Thursday 19 March 2026 12:00, region Galicia: may have", when: "2026-03-19T12:00", region: "GA", expected: mayHave(["grade"]) },
      { name: "Jueves Santo, Thursday 2 April 2026 12:00, region unset", when: "2026-04-02T12:00", region: null, expected: null },
      { name: "Jueves Santo, Thursday 2 April 2026 12:00, region Galicia", when: "2026-04-02T12:00", region: "GA", expected: mayHave(["grade"]) },
      { name: "an ordinary Wednesday, region Galicia", when: "2026-03-18T12:00", region: "GA", expected: null },
      { name: "a region Spain does not know is ignored", when: "2026-03-19T12:00", region: "XX", expected: null },
    ])("$name", ({ when, region, expected }) => {
      runRow("ES-CALL-HOURS", { name: "", when, input: { region }, expected }, { channel: "call" });
    });

    it("calendarFor keeps Galicia's code", () => {
      expect(calendarFor(ES.holidays, "GA").region).toBe("GA");
      expect(calendarFor(ES.holidays, "XX").region).toBeNull();
    });
  });
});

describe("ES-CALL-CONSENT: unwanted commercial calls need consent (LGTel art 66.1.b)", () => {
  const rows: Row[] = [
    { name: "never agreed: may have", when: "2026-11-23T12:00", expected: mayHave(["grade"]) },
    { name: "agreed: not claimed", when: "2026-11-23T12:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure: may have, uncertain", when: "2026-11-23T12:00", more: { consent: "unsure" }, expected: mayHave(["grade", "consent"], uncertain) },
    { name: "on the Sunday DST starts", when: utc("2026-03-29T10:00Z"), expected: mayHave(["grade"]) },
    { name: "an SMS is the LSSI's rule", when: "2026-11-23T12:00", more: { channel: "sms" }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("ES-CALL-CONSENT", row, { channel: "call" }));
});

describe("ES-SMS-CONSENT: commercial SMS need request or express authorisation (LSSI art 21)", () => {
  const rows: Row[] = [
    { name: "never agreed: may have", when: "2026-11-23T12:00", expected: mayHave(["grade"]) },
    { name: "agreed: not claimed", when: "2026-11-23T12:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure: may have, uncertain", when: "2026-11-23T12:00", more: { consent: "unsure" }, expected: mayHave(["grade", "consent"], uncertain) },
    { name: "on the Monday after DST starts, 03:00", when: "2026-03-30T03:00", expected: mayHave(["grade"]) },
    { name: "a WhatsApp message is not covered", when: "2026-11-23T12:00", more: { channel: "whatsapp" }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("ES-SMS-CONSENT", row, { channel: "sms" }));

  it("does not check texts after an opt-out: a gap, not a rule", () => {
    const report = runRow(
      "ES-SMS-CONSENT",
      { name: "", when: "2026-11-23T12:00", more: { consent: "agreed" }, input: { optOutAt: utc("2026-11-01T10:00Z") }, expected: null },
      { channel: "sms" },
    );
    expect(report.violations).toEqual([]);
    expect(report.gaps.map((g) => g.id)).toContain("ES-OPTOUT-ROBINSON");
  });
});

describe("Spain's pack", () => {
  it("has a table above for every rule", () => {
    expect(ES.rules.map((r) => r.id).sort()).toEqual(["ES-CALL-CONSENT", "ES-CALL-HOURS", "ES-SMS-CONSENT"]);
    expect(ES.charters).toEqual([]);
  });

  it("sends 96.2 to the consumer authority (IGCC) and LSSI / LGTel to the AEPD", () => {
    expect(Object.fromEntries(ES.rules.map((r) => [r.id, r.enforcedBy]))).toEqual({
      "ES-CALL-HOURS": ["ES-IGCC"],
      "ES-CALL-CONSENT": ["ES-AEPD"],
      "ES-SMS-CONSENT": ["ES-AEPD"],
    });
  });

  it.each([
    {
      name: "a call, region unset: opt-out/Robinson and regional holidays not checked",
      channel: "call",
      region: null,
      gaps: ["ES-OPTOUT-ROBINSON", "ES-REGIONAL-HOLIDAYS"],
    },
    { name: "a call, region Galicia: regional holidays are checked", channel: "call", region: "GA", gaps: ["ES-OPTOUT-ROBINSON"] },
    { name: "an SMS, region unset: no hours rule, so no regional-holiday gap", channel: "sms", region: null, gaps: ["ES-OPTOUT-ROBINSON"] },
  ] as const)("$name", ({ channel, region, gaps }) => {
    expect(
      evaluate(ES, { region, incidents: [incident("c", "2026-11-23T12:00", MADRID, { channel })] })
        .gaps.map((g) => g.id)
        .sort(),
    ).toEqual(gaps);
  });
});
