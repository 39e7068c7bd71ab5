import { describe, expect, it } from "vitest";
import type { IncidentFact } from "../rules-engine";
import { france as FR } from "./fr";
import { broke, evaluate, expectClaim, incident, local, mayHave, PARIS, ruleIds, utc, violationOf, type CaseInput, type Claim } from "@/lib/testing/rules";

/**
 * France, rule by rule. Calls are to a Paris number from a shop, the
 * user never agreed, unless a row says otherwise. Monday 23 November 2026 is a plain weekday.
 * Summer time in 2026: from Sunday 29 March (02:00 CET → 03:00 CEST) to Sunday 25 October.
 */
type Row = { name: string; when: string | Date; zone?: string; more?: Partial<IncidentFact>; input?: Partial<CaseInput>; expected: Claim };

function runRow(ruleId: string, row: Row, defaults: Partial<IncidentFact>) {
  const contact = incident("c", row.when, row.zone ?? PARIS, { category: "shop_promo", ...defaults, ...row.more });
  const report = evaluate(FR, { ...row.input, incidents: [contact] });
  expectClaim(report, ruleId, row.expected, ["c"]);
  return report;
}
const uncertain = { uncertainIds: ["c"] };

describe("FR-CALL-HOURS: weekdays 10:00–13:00 and 14:00–20:00 in the consumer's zone, not on public holidays (D223-9)", () => {
  const rows: Row[] = [
    { name: "Monday 09:59: broke", when: "2026-11-23T09:59", expected: broke() },
    { name: "Monday 10:00, first allowed minute", when: "2026-11-23T10:00", expected: null },
    { name: "Monday 13:00, closing minute of the morning", when: "2026-11-23T13:00", expected: null },
    { name: "Monday 13:01: broke", when: "2026-11-23T13:01", expected: broke() },
    { name: "Monday 13:59: broke", when: "2026-11-23T13:59", expected: broke() },
    { name: "Monday 14:00, first minute of the afternoon", when: "2026-11-23T14:00", expected: null },
    { name: "Monday 20:00, the closing minute is allowed", when: "2026-11-23T20:00", expected: null },
    { name: "Monday 20:01: broke", when: "2026-11-23T20:01", expected: broke() },
    { name: "Friday 20:00", when: "2026-11-27T20:00", expected: null },
    { name: "Saturday 11:00: broke", when: "2026-11-28T11:00", expected: broke() },
    { name: "Sunday 11:00: broke", when: "2026-11-29T11:00", expected: broke() },
    // Public holidays (L3133-1) come from date-holidays, a source Spamtrail treats as complete for France.
    { name: "14 July 2026 (Tuesday) 11:00: broke", when: "2026-07-14T11:00", expected: broke() },
    { name: "Armistice, Wednesday 11 November 2026 15:00: broke", when: "2026-11-11T15:00", expected: broke() },
    { name: "Easter Monday 6 April 2026 10:00: broke", when: "2026-04-06T10:00", expected: broke() },
    { name: "the day after a holiday (Thursday 12 November) 15:00", when: "2026-11-12T15:00", expected: null },
    // DST: the rule is about the consumer's wall clock.
    { name: "Sunday 29 March 2026, DST starts: 11:00 CEST is a Sunday anyway", when: utc("2026-03-29T09:00Z"), expected: broke() },
    { name: "Monday 30 March 08:30 UTC is 10:30 CEST: allowed", when: utc("2026-03-30T08:30Z"), expected: null },
    { name: "Monday 23 March 08:30 UTC is 09:30 CET: broke (allowed only in summer time)", when: utc("2026-03-23T08:30Z"), expected: broke() },
    { name: "Monday 30 March 07:59 UTC is 09:59 CEST: broke", when: utc("2026-03-30T07:59Z"), expected: broke() },
    { name: "Monday 30 March 18:00 UTC is 20:00 CEST: allowed", when: utc("2026-03-30T18:00Z"), expected: null },
    { name: "Friday 23 October 18:30 UTC is 20:30 CEST: broke", when: utc("2026-10-23T18:30Z"), expected: broke() },
    { name: "Monday 26 October 18:30 UTC is 19:30 CET, after DST ended: allowed", when: utc("2026-10-26T18:30Z"), expected: null },
    // Express prior consent takes the call out of the window rule.
    { name: "agreed, Saturday 11:00: not claimed", when: "2026-11-28T11:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure, Saturday 11:00: may have", when: "2026-11-28T11:00", more: { consent: "unsure" }, expected: mayHave(["consent"], uncertain) },
    { name: "not sure, Monday 11:00: inside the window", when: "2026-11-23T11:00", more: { consent: "unsure" }, expected: null },
    { name: "an SMS is not a call", when: "2026-11-28T11:00", more: { channel: "sms" }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("FR-CALL-HOURS", row, { channel: "call", consent: "never" }));

  it("counts in the consumer's zone: 21:00 in Paris is 23:00 in Réunion", () => {
    runRow("FR-CALL-HOURS", { name: "", when: utc("2026-11-23T19:00Z"), zone: "Indian/Reunion", expected: broke() }, { channel: "call" });
    runRow("FR-CALL-HOURS", { name: "", when: utc("2026-11-23T07:00Z"), zone: "Indian/Reunion", expected: null }, { channel: "call" });
  });
});

describe("FR-CALL-FREQ: more than 4 calls or attempts within 30 calendar days of the consumer's zone (D223-9)", () => {
  const calls = (times: (string | Date)[]) => times.map((t, i) => incident(`k${i + 1}`, t, PARIS, { channel: "call", category: "shop_promo" }));
  const run = (times: (string | Date)[], more: Partial<IncidentFact> = {}) => evaluate(FR, { incidents: calls(times).map((c) => ({ ...c, ...more })) });

  it.each([
    { name: "4 calls in 30 days: allowed", times: ["2026-11-02T11:00", "2026-11-09T11:00", "2026-11-16T11:00", "2026-11-23T11:00"], expected: null },
    {
      name: "a 5th on the 30th date (1–4 and 30 November): broke",
      times: ["2026-11-01T11:00", "2026-11-02T11:00", "2026-11-03T11:00", "2026-11-04T11:00", "2026-11-30T11:00"],
      expected: broke({ incidentIds: ["k5"] }),
    },
    {
      name: "a 5th on the 31st date (1–4 November and 1 December): allowed",
      times: ["2026-11-01T11:00", "2026-11-02T11:00", "2026-11-03T11:00", "2026-11-04T11:00", "2026-12-01T11:00"],
      expected: null,
    },
    // 1 March 10:00 CET to 31 March 00:30 CEST is 29 days 13.5 hours (less than 720 hours) but 31 dates in Paris.
    {
      name: "calendar dates, not 720 hours: 1 March 10:00 and 31 March 00:30 are 31 dates apart",
      times: ["2026-03-01T10:00", "2026-03-02T10:00", "2026-03-03T10:00", "2026-03-04T10:00", utc("2026-03-30T22:30Z")],
      expected: null,
    },
    {
      name: "the same 5th call one hour earlier is on 30 March in Paris: broke",
      times: ["2026-03-01T10:00", "2026-03-02T10:00", "2026-03-03T10:00", "2026-03-04T10:00", utc("2026-03-30T21:30Z")],
      expected: broke({ incidentIds: ["k5"] }),
    },
    {
      name: "ten calls in one day: every call past the fourth",
      times: Array.from({ length: 10 }, (_, h) => `2026-11-23T${String(10 + h).padStart(2, "0")}:30`),
      expected: broke({ incidentIds: ["k5", "k6", "k7", "k8", "k9", "k10"] }),
    },
    {
      name: "a rolling window: 1, 10, 20, 29 November and 8, 9 December",
      // 8 Dec: window 9 Nov–8 Dec holds 10, 20, 29 Nov, 8 Dec (4). 9 Dec: 10 Nov–9 Dec holds 10, 20, 29 Nov, 8, 9 Dec (5).
      times: ["2026-11-01T11:00", "2026-11-10T11:00", "2026-11-20T11:00", "2026-11-29T11:00", "2026-12-08T11:00", "2026-12-09T11:00"],
      expected: broke({ incidentIds: ["k6"] }),
    },
  ])("$name", ({ times, expected }) => {
    expectClaim(run(times), "FR-CALL-FREQ", expected, []);
  });

  it("counts calls whatever their order in the input", () => {
    const shuffled = calls(["2026-11-01T11:00", "2026-11-02T11:00", "2026-11-03T11:00", "2026-11-04T11:00", "2026-11-30T11:00"]).reverse();
    expectClaim(evaluate(FR, { incidents: shuffled }), "FR-CALL-FREQ", broke({ incidentIds: ["k5"] }), []);
  });

  it("counts calls the user agreed to as well: D223-9's consent exception covers days and hours only", () => {
    const five = ["2026-11-01T11:00", "2026-11-02T11:00", "2026-11-03T11:00", "2026-11-04T11:00", "2026-11-05T11:00"];
    expectClaim(run(five, { consent: "agreed" }), "FR-CALL-FREQ", broke({ incidentIds: ["k5"] }), []);
  });

  it("does not count SMS", () => {
    const texts = ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"].map((d, i) =>
      incident(`s${i}`, `${d}T11:00`, PARIS, { category: "shop_promo" }),
    );
    expect(violationOf(evaluate(FR, { incidents: texts }), "FR-CALL-FREQ")).toBeUndefined();
  });
});

describe("FR-CALL-REFUSAL: no call for 60 calendar days after a refusal during a call, the refusal's date being day 1 (D223-9)", () => {
  const refusal = local("2026-03-02T11:00", PARIS);
  const rows: Row[] = [
    { name: "the same day, after the refusal: broke", when: "2026-03-02T15:00", input: { phoneRefusals: [refusal] }, expected: broke() },
    { name: "the same call, before the refusal: not after it", when: "2026-03-02T10:59", input: { phoneRefusals: [refusal] }, expected: null },
    { name: "refusal + 59 days (30 April, day 60): broke", when: "2026-04-30T11:00", input: { phoneRefusals: [refusal] }, expected: broke() },
    { name: "refusal + 59 days at 23:59: broke", when: "2026-04-30T23:59", input: { phoneRefusals: [refusal] }, expected: broke() },
    { name: "refusal + 60 days (1 May, day 61) at 00:00: allowed", when: "2026-05-01T00:00", input: { phoneRefusals: [refusal] }, expected: null },
    // Across the DST change: 30 April 23:30 CEST is 21:30 UTC; 1 May 00:30 CEST is still 30 April 22:30 UTC.
    { name: "1 May 00:30 in Paris (30 April in UTC): day 61, allowed", when: utc("2026-04-30T22:30Z"), input: { phoneRefusals: [refusal] }, expected: null },
    { name: "agreed calls are covered too", when: "2026-03-10T11:00", more: { consent: "agreed" }, input: { phoneRefusals: [refusal] }, expected: broke() },
    { name: "no refusal during a call: nothing", when: "2026-03-10T11:00", expected: null },
    { name: "an opt-out by SMS is not a refusal during a call", when: "2026-03-10T11:00", input: { optOutAt: refusal }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("FR-CALL-REFUSAL", row, { channel: "call" }));

  it("a later refusal starts its own 60 days", () => {
    const second = local("2026-04-20T11:00", PARIS);
    runRow("FR-CALL-REFUSAL", { name: "", when: "2026-06-01T11:00", input: { phoneRefusals: [refusal, second] }, expected: broke() }, { channel: "call" });
  });
});

describe("FR-SMS-CONSENT: marketing SMS need prior consent (CPCE L34-5)", () => {
  const rows: Row[] = [
    { name: "never agreed: broke", when: "2026-11-23T11:00", expected: broke() },
    { name: "agreed: not claimed", when: "2026-11-23T11:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure: may have", when: "2026-11-23T11:00", more: { consent: "unsure" }, expected: mayHave(["consent"], uncertain) },
    { name: "a call is not an SMS", when: "2026-11-23T11:00", more: { channel: "call" }, expected: null },
    { name: "on the DST change day, 03:30 CEST", when: utc("2026-03-29T01:30Z"), expected: broke() },
  ];
  it.each(rows)("$name", (row) => void runRow("FR-SMS-CONSENT", row, { channel: "sms" }));
});

describe("FR-SMS-ID-OPTOUT: SMS after STOP (CPCE L34-5, GDPR art 21; graded M)", () => {
  const stop = local("2026-11-20T10:00", PARIS);
  const rows: Row[] = [
    { name: "one minute after STOP: may have (graded M)", when: "2026-11-20T10:01", input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    { name: "at the STOP's minute", when: "2026-11-20T10:00", input: { optOutAt: stop }, expected: null },
    { name: "before STOP", when: "2026-11-20T09:59", input: { optOutAt: stop }, expected: null },
    { name: "after STOP, even if once agreed", when: "2026-11-21T10:00", more: { consent: "agreed" }, input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    // 25 October 2026: 02:30 CEST (00:30 UTC) then, an hour later, 02:10 CET (01:10 UTC).
    {
      name: "DST ends: an SMS at 02:10 CET after a STOP at 02:30 CEST is later, not earlier",
      when: utc("2026-10-25T01:10Z"),
      input: { optOutAt: utc("2026-10-25T00:30Z") },
      expected: mayHave(["grade"]),
    },
  ];
  it.each(rows)("$name", (row) => void runRow("FR-SMS-ID-OPTOUT", row, { channel: "sms" }));

  it("asks for the STOP's time when unknown", () => {
    const report = runRow("FR-SMS-ID-OPTOUT", { name: "", when: "2026-11-20T10:01", expected: null }, { channel: "sms" });
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "FR-SMS-ID-OPTOUT", missing: "optOutTime" }));
  });
});

describe("the AF2M charter (SMS 08:00–22:00 on jours ouvrables): information, never a rule broken", () => {
  it.each([
    { name: "Sunday 11:00", when: "2026-11-22T11:00", shown: true },
    { name: "Saturday 11:00 (a jour ouvrable)", when: "2026-11-21T11:00", shown: false },
    { name: "Monday 22:00, the closing minute", when: "2026-11-23T22:00", shown: false },
    { name: "Monday 22:01", when: "2026-11-23T22:01", shown: true },
    { name: "Monday 07:59", when: "2026-11-23T07:59", shown: true },
    { name: "14 July 11:00", when: "2026-07-14T11:00", shown: true },
  ])("$name → shown as information: $shown", ({ when, shown }) => {
    const report = evaluate(FR, { incidents: [incident("c", when, PARIS, { category: "shop_promo", consent: "agreed" })] });
    expect(report.information.map((i) => [i.ruleId, i.strength, i.doubts.map((d) => d.kind)])).toEqual(shown ? [["FR-SMS-HOURS", "mayHave", ["grade"]]] : []);
    expect(ruleIds(report)).not.toContain("FR-SMS-HOURS");
  });

  it("is in the pack's charters, not its rules", () => {
    expect(FR.rules.map((r) => r.id)).not.toContain("FR-SMS-HOURS");
    expect(FR.charters.map((r) => r.id)).toEqual(["FR-SMS-HOURS"]);
    expect(FR.charters[0]!.enforcedBy).toEqual([]);
  });
});

describe("France's pack", () => {
  it("has a table above for every rule", () => {
    expect(FR.rules.map((r) => r.id).sort()).toEqual(["FR-CALL-FREQ", "FR-CALL-HOURS", "FR-CALL-REFUSAL", "FR-SMS-CONSENT", "FR-SMS-ID-OPTOUT"]);
  });

  it("sends D223-9 to the DGCCRF (SignalConso) and L34-5 / GDPR to the CNIL", () => {
    expect(Object.fromEntries(FR.rules.map((r) => [r.id, r.enforcedBy]))).toEqual({
      "FR-CALL-HOURS": ["FR-SIGNALCONSO"],
      "FR-CALL-FREQ": ["FR-SIGNALCONSO"],
      "FR-CALL-REFUSAL": ["FR-SIGNALCONSO"],
      "FR-SMS-CONSENT": ["FR-CNIL"],
      "FR-SMS-ID-OPTOUT": ["FR-CNIL"],
    });
  });

  it.each([
    { name: "a call case shows Bloctel and the 2026 opt-in as not checked", channel: "call", gaps: ["FR-BLOCTEL", "FR-OPTIN-2026"] },
    { name: "an SMS-only case shows neither", channel: "sms", gaps: [] },
  ] as const)("$name", ({ channel, gaps }) => {
    expect(
      evaluate(FR, { incidents: [incident("c", "2026-11-23T11:00", PARIS, { channel })] })
        .gaps.map((g) => g.id)
        .sort(),
    ).toEqual(gaps);
  });
});
