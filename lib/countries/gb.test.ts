import { describe, expect, it } from "vitest";
import type { IncidentFact } from "../rules-engine";
import { unitedKingdom as GB } from "./gb";
import { evaluate, expectClaim, incident, local, LONDON, mayHave, utc, type CaseInput, type Claim } from "@/lib/testing/rules";

/**
 * United Kingdom, rule by rule (PECR). Every rule is graded M, so the
 * strongest conclusion is "may have broken". PECR sets no hours: the DST rows check that times
 * are compared as instants. British Summer Time 2026: from Sunday 29 March (01:00 GMT → 02:00
 * BST) to Sunday 25 October (02:00 BST → 01:00 GMT).
 */
type Row = { name: string; when: string | Date; more?: Partial<IncidentFact>; input?: Partial<CaseInput>; expected: Claim };

function runRow(ruleId: string, row: Row, defaults: Partial<IncidentFact>) {
  const contact = incident("c", row.when, LONDON, { category: "shop_promo", ...defaults, ...row.more });
  const report = evaluate(GB, { ...row.input, incidents: [contact] });
  expectClaim(report, ruleId, row.expected, ["c"]);
  return report;
}
const uncertain = { uncertainIds: ["c"] };

describe("UK-SMS-CONSENT: marketing texts need consent (PECR reg 22)", () => {
  const rows: Row[] = [
    { name: "never agreed: may have (graded M)", when: "2026-11-23T11:00", expected: mayHave(["grade"]) },
    { name: "agreed: not claimed", when: "2026-11-23T11:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure: may have, and uncertain", when: "2026-11-23T11:00", more: { consent: "unsure" }, expected: mayHave(["grade", "consent"], uncertain) },
    { name: "at any hour: Sunday 03:00", when: "2026-11-22T03:00", expected: mayHave(["grade"]) },
    { name: "on a bank holiday (Christmas Day)", when: "2026-12-25T11:00", expected: mayHave(["grade"]) },
    { name: "on the day BST starts, 02:30 BST", when: utc("2026-03-29T01:30Z"), expected: mayHave(["grade"]) },
    { name: "a call is not a text", when: "2026-11-23T11:00", more: { channel: "call" }, expected: null },
    { name: "a WhatsApp message is not covered by this rule", when: "2026-11-23T11:00", more: { channel: "whatsapp" }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("UK-SMS-CONSENT", row, { channel: "sms" }));
});

describe("UK-SMS-OPTOUT: texts after an opt-out (PECR reg 22–23), no grace", () => {
  const stop = local("2026-11-20T10:00", LONDON);
  const rows: Row[] = [
    { name: "one minute after: may have", when: "2026-11-20T10:01", input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    { name: "at the opt-out's minute", when: "2026-11-20T10:00", input: { optOutAt: stop }, expected: null },
    { name: "one minute before", when: "2026-11-20T09:59", input: { optOutAt: stop }, expected: null },
    { name: "after it, though once agreed", when: "2026-11-21T10:00", more: { consent: "agreed" }, input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    // Spring: 00:59 GMT, then the clock jumps; 01:00 UTC is 02:00 BST.
    {
      name: "BST starts: 02:00 BST after an opt-out at 00:59 GMT",
      when: utc("2026-03-29T01:00Z"),
      input: { optOutAt: utc("2026-03-29T00:59Z") },
      expected: mayHave(["grade"]),
    },
    // Autumn: 01:30 BST (00:30 UTC), then 01:10 GMT (01:10 UTC) an hour later reads earlier on the clock.
    {
      name: "BST ends: a text at 01:10 GMT after an opt-out at 01:30 BST is after it",
      when: utc("2026-10-25T01:10Z"),
      input: { optOutAt: utc("2026-10-25T00:30Z") },
      expected: mayHave(["grade"]),
    },
    {
      name: "BST ends: a text at 01:20 BST before an opt-out at 01:10 GMT is before it",
      when: utc("2026-10-25T00:20Z"),
      input: { optOutAt: utc("2026-10-25T01:10Z") },
      expected: null,
    },
    {
      name: "a call after a text opt-out is the objection rule's",
      when: "2026-11-20T10:01",
      more: { channel: "call" },
      input: { optOutAt: stop },
      expected: null,
    },
  ];
  it.each(rows)("$name", (row) => void runRow("UK-SMS-OPTOUT", row, { channel: "sms" }));

  it("asks for the opt-out time when unknown", () => {
    const report = runRow("UK-SMS-OPTOUT", { name: "", when: "2026-11-20T10:01", expected: null }, { channel: "sms" });
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "UK-SMS-OPTOUT", missing: "optOutTime" }));
  });
});

describe("UK-CALL-OBJECTION: live marketing calls after the user told the caller to stop (PECR reg 21(1)(a))", () => {
  const stop = local("2026-11-20T10:00", LONDON);
  const rows: Row[] = [
    { name: "a call one minute after: may have", when: "2026-11-20T10:01", input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    { name: "at the objection's minute", when: "2026-11-20T10:00", input: { optOutAt: stop }, expected: null },
    { name: "before the objection", when: "2026-11-20T09:59", input: { optOutAt: stop }, expected: null },
    { name: "after it, though once agreed", when: "2026-11-23T10:00", more: { consent: "agreed" }, input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    {
      name: "BST ends: a call at 01:10 GMT after an objection at 01:30 BST",
      when: utc("2026-10-25T01:10Z"),
      input: { optOutAt: utc("2026-10-25T00:30Z") },
      expected: mayHave(["grade"]),
    },
    { name: "the Monday after BST starts, 08:00 BST", when: "2026-03-30T08:00", input: { optOutAt: stop }, expected: null },
    { name: "no objection given: nothing", when: "2026-11-23T10:00", expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("UK-CALL-OBJECTION", row, { channel: "call" }));
});

describe("the United Kingdom's pack", () => {
  it("has a table above for every rule; reg 21(1)(a) is a rule, reg 19 a gap", () => {
    expect(GB.rules.map((r) => r.id).sort()).toEqual(["UK-CALL-OBJECTION", "UK-SMS-CONSENT", "UK-SMS-OPTOUT"]);
    expect(GB.rules.find((r) => r.id === "UK-CALL-OBJECTION")?.source.article).toBe("reg. 21(1)(a)");
    expect(GB.gaps.map((g) => g.id)).toContain("UK-CALL-AUTO");
    expect(GB.gaps.find((g) => g.id === "UK-CALL-AUTO")?.text.en).toContain("reg. 19");
    expect(GB.charters).toEqual([]);
  });

  it("sends every rule to the ICO", () => {
    for (const rule of GB.rules) expect(rule.enforcedBy, rule.id).toEqual(["UK-ICO"]);
  });

  it("links UK GDPR to legislation.gov.uk, not EUR-Lex", () => {
    expect(GB.dataRequest?.law.url).toMatch(/^https:\/\/www\.legislation\.gov\.uk\//);
  });

  it.each([
    { name: "a call case shows the hours, TPS and automated-call gaps", channel: "call", gaps: ["UK-CALL-AUTO", "UK-CALL-TPS", "UK-HOURS"] },
    { name: "a text-only case shows the hours gap only", channel: "sms", gaps: ["UK-HOURS"] },
  ] as const)("$name", ({ channel, gaps }) => {
    expect(
      evaluate(GB, { incidents: [incident("c", "2026-11-23T11:00", LONDON, { channel })] })
        .gaps.map((g) => g.id)
        .sort(),
    ).toEqual(gaps);
  });
});
