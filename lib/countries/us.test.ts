import { describe, expect, it } from "vitest";
import type { IncidentFact } from "../rules-engine";
import { unitedStates as US } from "./us";
import { evaluate, expectClaim, incident, local, LOS_ANGELES, mayHave, NEW_YORK, utc, type CaseInput, type Claim } from "@/lib/testing/rules";

/**
 * United States, rule by rule. Both rules are graded M: "may have
 * broken" at most. Daylight saving time 2026: from Sunday 8 March (02:00 EST → 03:00 EDT) to
 * Sunday 1 November (02:00 EDT → 01:00 EST). Federal holidays in November 2026: Veterans Day
 * (Wednesday 11) and Thanksgiving (Thursday 26).
 */
type Row = { name: string; when: string | Date; zone?: string; more?: Partial<IncidentFact>; input?: Partial<CaseInput>; expected: Claim };

function runRow(ruleId: string, row: Row, defaults: Partial<IncidentFact>) {
  const contact = incident("c", row.when, row.zone ?? NEW_YORK, { category: "shop_promo", ...defaults, ...row.more });
  const report = evaluate(US, { ...row.input, incidents: [contact] });
  expectClaim(report, ruleId, row.expected, ["c"]);
  return report;
}
const uncertain = { uncertainIds: ["c"] };

describe("US-HOURS: solicitations 08:00–21:00 at the called party's location (47 CFR 64.1200(c)(1))", () => {
  const rows: Row[] = [
    { name: "Monday 07:59: may have (graded M)", when: "2026-11-23T07:59", expected: mayHave(["grade"]) },
    { name: "Monday 08:00, the first allowed minute", when: "2026-11-23T08:00", expected: null },
    { name: "Monday 21:00, the closing minute is allowed", when: "2026-11-23T21:00", expected: null },
    { name: "Monday 21:01: may have", when: "2026-11-23T21:01", expected: mayHave(["grade"]) },
    { name: "Sunday 10:00: every day of the week is a window day", when: "2026-11-22T10:00", expected: null },
    { name: "Thanksgiving 12:00: holidays are not excluded", when: "2026-11-26T12:00", expected: null },
    { name: "a text at 21:01", when: "2026-11-23T21:01", more: { channel: "sms" }, expected: mayHave(["grade"]) },
    { name: "a WhatsApp message is not covered", when: "2026-11-23T23:00", more: { channel: "whatsapp" }, expected: null },
    // DST: the called party's wall clock.
    { name: "Saturday 7 March 12:30 UTC is 07:30 EST: may have", when: utc("2026-03-07T12:30Z"), expected: mayHave(["grade"]) },
    { name: "Sunday 8 March (DST starts) 12:30 UTC is 08:30 EDT: allowed only in summer time", when: utc("2026-03-08T12:30Z"), expected: null },
    { name: "Monday 9 March 12:30 UTC is 08:30 EDT: allowed", when: utc("2026-03-09T12:30Z"), expected: null },
    { name: "Sunday 8 March 07:59 EDT", when: utc("2026-03-08T11:59Z"), expected: mayHave(["grade"]) },
    { name: "Sunday 8 March 21:00 EDT", when: utc("2026-03-09T01:00Z"), expected: null },
    { name: "Saturday 31 October 01:30 UTC is 21:30 EDT: may have", when: utc("2026-11-01T01:30Z"), expected: mayHave(["grade"]) },
    { name: "Sunday 1 November (DST ends) 01:30 UTC next day is 20:30 EST: allowed", when: utc("2026-11-02T01:30Z"), expected: null },
    { name: "21:30 in Los Angeles (00:30 in New York): may have", when: "2026-11-23T21:30", zone: LOS_ANGELES, expected: mayHave(["grade"]) },
    {
      name: "07:30 in Los Angeles is 10:30 in New York: the called party's time counts",
      when: "2026-11-23T07:30",
      zone: LOS_ANGELES,
      expected: mayHave(["grade"]),
    },
    // Consent: calls with prior permission are no telephone solicitations (64.1200(f)).
    { name: "agreed, 22:00: not claimed", when: "2026-11-23T22:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure, 22:00: may have, uncertain", when: "2026-11-23T22:00", more: { consent: "unsure" }, expected: mayHave(["grade", "consent"], uncertain) },
    { name: "never agreed, 22:00: may have", when: "2026-11-23T22:00", more: { consent: "never" }, expected: mayHave(["grade"]) },
  ];
  it.each(rows)("$name", (row) => void runRow("US-HOURS", row, { channel: "call" }));
});

describe("US-REVOKE: a revocation is honoured within 10 business days (64.1200(a)(10), (d)(3))", () => {
  const rows: Row[] = [
    // Revoked Monday 2 November: 3, 4, 5, 6, 9, 10, (11 Veterans Day), 12, 13, 16, 17 → day 10 is Tuesday 17 November.
    {
      name: "revoked 2 November: 17 November 23:59 is still within the 10 business days",
      when: "2026-11-17T23:59",
      input: { optOutAt: local("2026-11-02T12:00", NEW_YORK) },
      expected: null,
    },
    {
      name: "revoked 2 November: 18 November 00:00 is past them",
      when: "2026-11-18T00:00",
      input: { optOutAt: local("2026-11-02T12:00", NEW_YORK) },
      expected: mayHave(["grade"]),
    },
    // Revoked Monday 16 November: 17, 18, 19, 20, 23, 24, 25, (26 Thanksgiving), 27, 30, 1 December → day 10 is 1 December.
    {
      name: "revoked 16 November: 1 December 23:59 allowed (Thanksgiving skipped)",
      when: "2026-12-01T23:59",
      input: { optOutAt: local("2026-11-16T09:00", NEW_YORK) },
      expected: null,
    },
    {
      name: "revoked 16 November: 2 December 00:00 past",
      when: "2026-12-02T00:00",
      input: { optOutAt: local("2026-11-16T09:00", NEW_YORK) },
      expected: mayHave(["grade"]),
    },
    // Revoked Friday 30 October 20:00 EDT: 2, 3, 4, 5, 6, 9, 10, (11), 12, 13, 16 → day 10 is Monday 16 November, in EST.
    {
      name: "revoked across the end of DST: 16 November 23:59 EST allowed",
      when: "2026-11-16T23:59",
      input: { optOutAt: local("2026-10-30T20:00", NEW_YORK) },
      expected: null,
    },
    {
      name: "revoked across the end of DST: 17 November 00:00 EST past",
      when: "2026-11-17T00:00",
      input: { optOutAt: local("2026-10-30T20:00", NEW_YORK) },
      expected: mayHave(["grade"]),
    },
    {
      name: "once agreed, then revoked: still past",
      when: "2026-11-18T10:00",
      more: { consent: "agreed" },
      input: { optOutAt: local("2026-11-02T12:00", NEW_YORK) },
      expected: mayHave(["grade"]),
    },
    {
      name: "a text past the 10 business days",
      when: "2026-11-18T10:00",
      more: { channel: "sms" },
      input: { optOutAt: local("2026-11-02T12:00", NEW_YORK) },
      expected: mayHave(["grade"]),
    },
  ];
  it.each(rows)("$name", (row) => void runRow("US-REVOKE", row, { channel: "call" }));

  it("asks for the revocation time when unknown", () => {
    const report = runRow("US-REVOKE", { name: "", when: "2026-11-18T10:00", expected: null }, { channel: "sms" });
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "US-REVOKE", missing: "optOutTime" }));
  });
});

describe("the United States' pack", () => {
  it("has a table above for every rule", () => {
    expect(US.rules.map((r) => r.id).sort()).toEqual(["US-HOURS", "US-REVOKE"]);
    expect(US.charters).toEqual([]);
  });

  it("names the consent carve-out of the hours rule", () => {
    const hours = US.rules.find((r) => r.id === "US-HOURS")!;
    expect(hours.check).toMatchObject({ kind: "hours", unlessConsented: true, holidaysExcluded: false });
    expect(hours.source.article).toContain("(f)");
  });

  it.each([
    { name: "a call shows the DNC registry and 227(b) as not checked", channel: "call", gaps: ["US-DNC", "US-ROBO"] },
    { name: "a WhatsApp message shows the DNC registry only", channel: "whatsapp", gaps: ["US-DNC"] },
  ] as const)("$name", ({ channel, gaps }) => {
    expect(
      evaluate(US, { incidents: [incident("c", "2026-11-23T11:00", NEW_YORK, { channel })] })
        .gaps.map((g) => g.id)
        .sort(),
    ).toEqual(gaps);
  });

  it("describes 47 USC 227(b) in its gap", () => {
    expect(US.gaps.find((g) => g.id === "US-ROBO")?.text.en).toContain("227(b)");
  });
});
