import { describe, expect, it } from "vitest";
import type { IncidentFact } from "../rules-engine";
import { israel as IL } from "./il";
import { evaluate, expectClaim, incident, JERUSALEM, local, mayHave, utc, type CaseInput, type Claim } from "@/lib/testing/rules";

/**
 * Israel, rule by rule (s. 30A). Both rules are graded M. No statutory
 * hours: the DST rows check that times are compared as instants. Israeli summer time 2026: from
 * Friday 27 March (02:00 IST → 03:00 IDT) to Sunday 25 October (02:00 IDT → 01:00 IST).
 */
type Row = { name: string; when: string | Date; more?: Partial<IncidentFact>; input?: Partial<CaseInput>; expected: Claim };

function runRow(ruleId: string, row: Row, defaults: Partial<IncidentFact> = {}) {
  const contact = incident("c", row.when, JERUSALEM, { category: "shop_promo", ...defaults, ...row.more });
  const report = evaluate(IL, { ...row.input, incidents: [contact] });
  expectClaim(report, ruleId, row.expected, ["c"]);
  return report;
}
const uncertain = { uncertainIds: ["c"] };

describe("IL-SPAM-CONSENT: advertising by SMS or messaging needs prior explicit consent (s. 30A)", () => {
  const rows: Row[] = [
    { name: "SMS, never agreed: may have (graded M)", when: "2026-11-23T11:00", expected: mayHave(["grade"]) },
    { name: "WhatsApp, never agreed", when: "2026-11-23T11:00", more: { channel: "whatsapp" }, expected: mayHave(["grade"]) },
    { name: "another messaging app, never agreed", when: "2026-11-23T11:00", more: { channel: "other_app" }, expected: mayHave(["grade"]) },
    { name: "agreed: not claimed", when: "2026-11-23T11:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure: may have, uncertain", when: "2026-11-23T11:00", more: { consent: "unsure" }, expected: mayHave(["grade", "consent"], uncertain) },
    { name: "a call is not in this rule (automated calls are a gap)", when: "2026-11-23T11:00", more: { channel: "call" }, expected: null },
    { name: "on Yom Kippur (21 September 2026): no hours rule, same conclusion", when: "2026-09-21T11:00", expected: mayHave(["grade"]) },
    { name: "on the Friday summer time starts, 03:10 IDT", when: utc("2026-03-27T00:10Z"), expected: mayHave(["grade"]) },
  ];
  it.each(rows)("$name", (row) => void runRow("IL-SPAM-CONSENT", row));
});

describe("IL-SPAM-WITHDRAW: advertising after consent was withdrawn (s. 30A), no grace", () => {
  const stop = local("2026-11-20T10:00", JERUSALEM);
  const rows: Row[] = [
    { name: "one minute after: may have", when: "2026-11-20T10:01", input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    { name: "at the refusal's minute", when: "2026-11-20T10:00", input: { optOutAt: stop }, expected: null },
    { name: "one minute before", when: "2026-11-20T09:59", input: { optOutAt: stop }, expected: null },
    { name: "agreed before, refused since", when: "2026-11-21T10:00", more: { consent: "agreed" }, input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    // 01:30 IST (23:30 UTC) then the clock jumps; 03:10 IDT is 00:10 UTC.
    {
      name: "summer time starts: 03:10 IDT after a refusal at 01:30 IST",
      when: utc("2026-03-27T00:10Z"),
      input: { optOutAt: utc("2026-03-26T23:30Z") },
      expected: mayHave(["grade"]),
    },
    // 01:40 IDT (22:40 UTC), then 01:20 IST (23:20 UTC) reads earlier on the clock but is later.
    {
      name: "summer time ends: 01:20 IST after a refusal at 01:40 IDT",
      when: utc("2026-10-24T23:20Z"),
      input: { optOutAt: utc("2026-10-24T22:40Z") },
      expected: mayHave(["grade"]),
    },
    {
      name: "a WhatsApp message after the refusal",
      when: "2026-11-21T10:00",
      more: { channel: "whatsapp" },
      input: { optOutAt: stop },
      expected: mayHave(["grade"]),
    },
    { name: "a call after the refusal is not this rule", when: "2026-11-21T10:00", more: { channel: "call" }, input: { optOutAt: stop }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("IL-SPAM-WITHDRAW", row));

  it("asks for the refusal's time when unknown", () => {
    const report = runRow("IL-SPAM-WITHDRAW", { name: "", when: "2026-11-21T10:00", expected: null });
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "IL-SPAM-WITHDRAW", missing: "optOutTime" }));
  });
});

describe("Israel's pack", () => {
  it("has a table above for every rule", () => {
    expect(IL.rules.map((r) => r.id).sort()).toEqual(["IL-SPAM-CONSENT", "IL-SPAM-WITHDRAW"]);
    expect(IL.charters).toEqual([]);
  });

  it("enforces both by the recipient's own small claim", () => {
    for (const rule of IL.rules) expect(rule.enforcedBy, rule.id).toEqual(["IL-SMALL-CLAIMS"]);
  });

  it.each([
    {
      name: "a call shows automated calls and the Do Not Call Me registry as not checked",
      channel: "call",
      gaps: ["IL-30A-EXCEPTION", "IL-AUTO", "IL-DNC", "IL-HOURS", "IL-SMALL-CLAIMS-CEILING"],
    },
    {
      name: "an SMS shows the 30A(c) exception, the small-claims ceiling and hours",
      channel: "sms",
      gaps: ["IL-30A-EXCEPTION", "IL-HOURS", "IL-SMALL-CLAIMS-CEILING"],
    },
  ] as const)("$name", ({ channel, gaps }) => {
    expect(
      evaluate(IL, { incidents: [incident("c", "2026-11-23T11:00", JERUSALEM, { channel })] })
        .gaps.map((g) => g.id)
        .sort(),
    ).toEqual(gaps);
  });
});
