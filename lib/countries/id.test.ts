import { describe, expect, it } from "vitest";
import type { Channel } from "../domain";
import { calendarFor, dayOffOn, daysOff } from "../holidays";
import type { IncidentFact } from "../rules-engine";
import { indonesia as ID } from "./id";
import {
  broke,
  evaluate,
  expectClaim,
  incident,
  JAKARTA,
  JAYAPURA,
  local,
  MAKASSAR,
  mayHave,
  ruleIds,
  utc,
  violationOf,
  type CaseInput,
  type Claim,
} from "@/lib/testing/rules";

/**
 * Indonesia, rule by rule. Unless a row says otherwise: a loan offer by
 * SMS to a Jakarta number, the sender an OJK-licensed firm (answered "yes"), the user's other
 * answers not given. November 2026 has no holiday near the dates used: Monday 23 November is a
 * plain working day, Saturday 28 and Sunday 29 November a weekend.
 */
type Row = { name: string; when: string | Date; zone?: string; more?: Partial<IncidentFact>; input?: Partial<CaseInput>; expected: Claim };

function runRow(ruleId: string, row: Row, defaults: Partial<IncidentFact> = {}) {
  const contact = incident("c", row.when, row.zone ?? JAKARTA, { ...defaults, ...row.more });
  const report = evaluate(ID, { financial: true, answers: { licensed: "yes" }, ...row.input, incidents: [contact] });
  expectClaim(report, ruleId, row.expected, ["c"]);
  return report;
}

const uncertain = { uncertainIds: ["c"] };

describe("ID-OJK-HOURS: offers made after consent, Monday–Saturday 08:00–18:00 local, not on national holidays (Art 39(4)(a))", () => {
  const rows: Row[] = [
    { name: "Monday 07:59, the minute before: broke", when: "2026-11-23T07:59", expected: broke() },
    { name: "Monday 08:00, the first allowed minute", when: "2026-11-23T08:00", expected: null },
    { name: "Monday 17:59", when: "2026-11-23T17:59", expected: null },
    { name: "Monday 18:00, the closing minute is allowed", when: "2026-11-23T18:00", expected: null },
    { name: "Monday 18:00:59 is still the 18:00 minute", when: utc("2026-11-23T11:00:59Z"), expected: null },
    { name: "Monday 18:01, the minute after: broke", when: "2026-11-23T18:01", expected: broke() },
    { name: "Saturday 08:00 is a window day", when: "2026-11-28T08:00", expected: null },
    { name: "Saturday 18:00", when: "2026-11-28T18:00", expected: null },
    { name: "Saturday 07:59", when: "2026-11-28T07:59", expected: broke() },
    { name: "Saturday 18:01", when: "2026-11-28T18:01", expected: broke() },
    { name: "Sunday 10:00: no window on Sundays", when: "2026-11-29T10:00", expected: broke() },
    { name: "Sunday 00:00", when: "2026-11-29T00:00", expected: broke() },
    // National holidays from the SKB 2026 (graded M): flagged only because of the holiday, so "may have".
    {
      name: "Independence Day, Monday 17 August 2026 10:00: may have (SKB list graded M)",
      when: "2026-08-17T10:00",
      expected: mayHave(["holidayList"], uncertain),
    },
    { name: "Nyepi, Thursday 19 March 2026 10:00", when: "2026-03-19T10:00", expected: mayHave(["holidayList"], uncertain) },
    {
      name: "Idul Fitri, Saturday 21 March 2026 10:00 (SKB; not in date-holidays' place)",
      when: "2026-03-21T10:00",
      expected: mayHave(["holidayList"], uncertain),
    },
    { name: "Wafat Yesus Kristus, Friday 3 April 2026 at the closing minute 18:00", when: "2026-04-03T18:00", expected: mayHave(["holidayList"], uncertain) },
    { name: "a national holiday outside the hours anyway (17 August 18:01): broke, no holiday doubt", when: "2026-08-17T18:01", expected: broke() },
    { name: "Paskah, Sunday 5 April 2026 10:00: a Sunday, so broke", when: "2026-04-05T10:00", expected: broke() },
    // Cuti bersama are not hari libur nasional.
    { name: "cuti bersama Friday 20 March 2026 10:00 is a normal day", when: "2026-03-20T10:00", expected: null },
    { name: "cuti bersama Wednesday 18 March 2026 10:00", when: "2026-03-18T10:00", expected: null },
    { name: "cuti bersama Monday 23 March 2026 18:00", when: "2026-03-23T18:00", expected: null },
    { name: "cuti bersama Tuesday 24 March 2026 07:59: broke by the hour only", when: "2026-03-24T07:59", expected: broke() },
    { name: "cuti bersama Thursday 24 December 2026 12:00", when: "2026-12-24T12:00", expected: null },
    // 2027 has no SKB in the pack: date-holidays' 17 August 2027 (Tuesday) is unconfirmed.
    { name: "17 August 2027 (date-holidays' year): may have, unconfirmed", when: "2027-08-17T10:00", expected: mayHave(["holidayUnconfirmed"], uncertain) },
    { name: "an ordinary day of 2027", when: "2027-08-18T10:00", expected: null },
    // Local time: WITA and WIT.
    { name: "18:00 WIT in Jayapura (16:00 WIB)", when: "2026-11-23T18:00", zone: JAYAPURA, expected: null },
    { name: "18:01 WIT in Jayapura (16:01 WIB): broke", when: "2026-11-23T18:01", zone: JAYAPURA, expected: broke() },
    { name: "07:59 WITA in Makassar (06:59 WIB): broke", when: "2026-11-23T07:59", zone: MAKASSAR, expected: broke() },
    { name: "17:30 WIB is 19:30 WIT: broke for a Jayapura number", when: utc("2026-11-23T10:30Z"), zone: JAYAPURA, expected: broke() },
    { name: "the same instant is fine for a Jakarta number", when: utc("2026-11-23T10:30Z"), zone: JAKARTA, expected: null },
    // Consent (the rule governs offers after consent) and the licence.
    { name: "consent 'not sure', 07:59: may have", when: "2026-11-23T07:59", more: { consent: "unsure" }, expected: mayHave(["consent"], uncertain) },
    {
      name: "consent 'not sure' on a national holiday: both doubts",
      when: "2026-08-17T10:00",
      more: { consent: "unsure" },
      expected: mayHave(["consent", "holidayList"], uncertain),
    },
    { name: "never consented, 07:59: not this rule (Art 39(1) instead)", when: "2026-11-23T07:59", more: { consent: "never" }, expected: null },
    { name: "licence unknown, 07:59: may have", when: "2026-11-23T07:59", input: { answers: { licensed: null } }, expected: mayHave(["licence"]) },
    { name: "licence 'not sure', 07:59: may have", when: "2026-11-23T07:59", input: { answers: { licensed: "unsure" } }, expected: mayHave(["licence"]) },
    { name: "licence 'no', 07:59: not claimed", when: "2026-11-23T07:59", input: { answers: { licensed: "no" } }, expected: null },
    { name: "not a financial sender: not claimed", when: "2026-11-23T07:59", input: { financial: false }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("ID-OJK-HOURS", row, { consent: "agreed" }));

  it.each(["sms", "call", "whatsapp", "other_app"] as Channel[])("covers the personal channel %s", (channel) => {
    runRow("ID-OJK-HOURS", { name: channel, when: "2026-11-29T10:00", more: { channel }, expected: broke() }, { consent: "agreed" });
  });

  it("a never-consented offer outside the hours is an aggravating fact of Art 39(1)", () => {
    const report = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      incidents: [incident("sun", "2026-11-29T10:00", JAKARTA), incident("mon", "2026-11-23T10:00", JAKARTA)],
    });
    expect(ruleIds(report)).toEqual(["ID-OJK-CONSENT"]);
    expect(violationOf(report, "ID-OJK-CONSENT")?.aggravating).toEqual([
      expect.objectContaining({ ruleId: "ID-OJK-HOURS", incidentIds: ["sun"], uncertainIds: [] }),
    ]);
  });

  it("a never-consented offer on a national holiday is aggravating only as 'may' (holiday list graded M)", () => {
    const report = evaluate(ID, { financial: true, answers: { licensed: "yes" }, incidents: [incident("nyepi", "2026-03-19T10:00", JAKARTA)] });
    expect(violationOf(report, "ID-OJK-CONSENT")?.aggravating).toEqual([
      expect.objectContaining({ ruleId: "ID-OJK-HOURS", incidentIds: ["nyepi"], uncertainIds: ["nyepi"] }),
    ]);
  });

  it("licensed 'no': every OJK rule is listed as not licensed, none claimed", () => {
    const report = evaluate(ID, {
      financial: true,
      answers: { licensed: "no" },
      incidents: [incident("c", "2026-11-29T10:00", JAKARTA, { consent: "agreed" })],
    });
    expect(report.violations).toEqual([]);
    expect(report.notLicensed).toEqual(expect.arrayContaining(["ID-OJK-CONSENT", "ID-OJK-HOURS", "ID-OJK-IDENTIFY", "ID-OJK-SOURCE", "ID-OJK-WITHDRAW"]));
  });
});

describe("ID-OJK-CONSENT: no offer through a personal channel without prior consent (Art 39(1))", () => {
  const rows: Row[] = [
    { name: "never consented: broke", when: "2026-11-23T10:00", expected: broke() },
    { name: "agreed: not claimed", when: "2026-11-23T10:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure: may have", when: "2026-11-23T10:00", more: { consent: "unsure" }, expected: mayHave(["consent"], uncertain) },
    { name: "never consented, within the hours on a cuti bersama day: broke, no holiday involved", when: "2026-03-20T10:00", expected: broke() },
    { name: "never consented, licence unknown: may have", when: "2026-11-23T10:00", input: { answers: { licensed: null } }, expected: mayHave(["licence"]) },
    {
      name: "never consented, licence 'not sure': may have",
      when: "2026-11-23T10:00",
      input: { answers: { licensed: "unsure" } },
      expected: mayHave(["licence"]),
    },
    { name: "never consented, licence 'no': not claimed", when: "2026-11-23T10:00", input: { answers: { licensed: "no" } }, expected: null },
    { name: "never consented, not a financial sender: not claimed", when: "2026-11-23T10:00", input: { financial: false }, expected: null },
    { name: "a debt collector's contact is not an offer", when: "2026-11-23T10:00", more: { category: "debt_collection" }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("ID-OJK-CONSENT", row));

  it.each(["sms", "call", "whatsapp", "other_app"] as Channel[])("covers the personal channel %s", (channel) => {
    runRow("ID-OJK-CONSENT", { name: channel, when: "2026-11-23T10:00", more: { channel }, expected: broke() });
  });

  it("broke when at least one contact rests on complete facts; the unsure ones are listed", () => {
    const report = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      incidents: [
        incident("b", "2026-11-24T10:00", JAKARTA, { consent: "unsure" }),
        incident("a", "2026-11-23T10:00", JAKARTA),
        incident("c", "2026-11-25T10:00", JAKARTA, { consent: "agreed" }),
      ],
    });
    // In time order: "a" (certain) then "b" (unsure); "c" was agreed to.
    expectClaim(report, "ID-OJK-CONSENT", broke({ doubts: ["consent"], incidentIds: ["a", "b"], uncertainIds: ["b"] }), []);
  });

  it("is not a case-level doubt: unsure contacts alone only 'may have'", () => {
    const report = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      incidents: [incident("x", "2026-11-23T10:00", JAKARTA, { consent: "unsure" }), incident("y", "2026-11-24T10:00", JAKARTA, { consent: "unsure" })],
    });
    expectClaim(report, "ID-OJK-CONSENT", mayHave(["consent"], { uncertainIds: ["x", "y"] }), ["x", "y"]);
  });
});

describe("ID-OJK-WITHDRAW: offers after consent was withdrawn (Art 39(3)), no grace", () => {
  const stop = local("2026-11-20T10:00", JAKARTA);
  const rows: Row[] = [
    { name: "agreed, one minute after the stop: broke", when: "2026-11-20T10:01", input: { optOutAt: stop }, expected: broke() },
    { name: "agreed, at the stop's own minute: not after it", when: "2026-11-20T10:00", input: { optOutAt: stop }, expected: null },
    { name: "agreed, one minute before the stop", when: "2026-11-20T09:59", input: { optOutAt: stop }, expected: null },
    { name: "agreed, days later: broke", when: "2026-11-23T10:00", input: { optOutAt: stop }, expected: broke() },
    {
      name: "not sure, after the stop: may have",
      when: "2026-11-20T10:01",
      more: { consent: "unsure" },
      input: { optOutAt: stop },
      expected: mayHave(["consent"], uncertain),
    },
    { name: "never consented, after the stop: not this rule", when: "2026-11-20T10:01", more: { consent: "never" }, input: { optOutAt: stop }, expected: null },
    { name: "licence unknown: may have", when: "2026-11-20T10:01", input: { optOutAt: stop, answers: { licensed: null } }, expected: mayHave(["licence"]) },
    { name: "licence 'no': not claimed", when: "2026-11-20T10:01", input: { optOutAt: stop, answers: { licensed: "no" } }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("ID-OJK-WITHDRAW", row, { consent: "agreed" }));

  it("a never-consented offer after the stop is aggravating on Art 39(1)", () => {
    const report = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      optOutAt: stop,
      incidents: [incident("before", "2026-11-19T10:00", JAKARTA), incident("after", "2026-11-21T10:00", JAKARTA)],
    });
    expect(ruleIds(report)).toEqual(["ID-OJK-CONSENT"]);
    expect(violationOf(report, "ID-OJK-CONSENT")?.aggravating).toContainEqual(expect.objectContaining({ ruleId: "ID-OJK-WITHDRAW", incidentIds: ["after"] }));
  });

  it("without an opt-out time it asks for one, but only where a consented offer exists", () => {
    const consented = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      incidents: [incident("c", "2026-11-23T10:00", JAKARTA, { consent: "agreed" })],
    });
    expect(consented.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-OJK-WITHDRAW", missing: "optOutTime" }));
    const neverConsented = evaluate(ID, { financial: true, answers: { licensed: "yes" }, incidents: [incident("c", "2026-11-23T10:00", JAKARTA)] });
    expect(neverConsented.unchecked.map((u) => u.ruleId)).not.toContain("ID-OJK-WITHDRAW");
  });
});

describe("ID-OJK-IDENTIFY: name and purpose before offering (Art 39(4)(b))", () => {
  const rows: Row[] = [
    { name: "agreed, company not named: broke", when: "2026-11-23T10:00", more: { companyNamed: "no" }, expected: broke() },
    { name: "agreed, company named", when: "2026-11-23T10:00", more: { companyNamed: "yes" }, expected: null },
    {
      name: "not sure about consent, company not named: may have",
      when: "2026-11-23T10:00",
      more: { consent: "unsure", companyNamed: "no" },
      expected: mayHave(["consent"], uncertain),
    },
    { name: "never consented, company not named: aggravating only", when: "2026-11-23T10:00", more: { consent: "never", companyNamed: "no" }, expected: null },
    {
      name: "licence unknown: may have",
      when: "2026-11-23T10:00",
      more: { companyNamed: "no" },
      input: { answers: { licensed: null } },
      expected: mayHave(["licence"]),
    },
  ];
  it.each(rows)("$name", (row) => void runRow("ID-OJK-IDENTIFY", row, { consent: "agreed", channel: "call" }));

  it("asks whether the company was named when unanswered", () => {
    const report = runRow("ID-OJK-IDENTIFY", { name: "", when: "2026-11-23T10:00", expected: null }, { consent: "agreed", channel: "call" });
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-OJK-IDENTIFY", missing: "companyNamed" }));
  });

  it("never consented and not named: aggravating fact of Art 39(1)", () => {
    const report = runRow("ID-OJK-IDENTIFY", { name: "", when: "2026-11-23T10:00", more: { companyNamed: "no" }, expected: null }, { channel: "call" });
    expect(violationOf(report, "ID-OJK-CONSENT")?.aggravating).toEqual([
      expect.objectContaining({ ruleId: "ID-OJK-IDENTIFY", incidentIds: ["c"], uncertainIds: [] }),
    ]);
  });
});

describe("ID-OJK-SOURCE: say where the data came from, when from a third party (Art 39(4)(c))", () => {
  const rows: Row[] = [
    {
      name: "agreed, not said, number from a third party: broke",
      when: "2026-11-23T10:00",
      more: { sourceGiven: "no" },
      input: { answers: { licensed: "yes", numberSource: "third_party" } },
      expected: broke(),
    },
    {
      name: "agreed, not said, the user gave the number themselves: never",
      when: "2026-11-23T10:00",
      more: { sourceGiven: "no" },
      input: { answers: { licensed: "yes", numberSource: "me" } },
      expected: null,
    },
    {
      name: "agreed, not said, source unknown: may have",
      when: "2026-11-23T10:00",
      more: { sourceGiven: "no" },
      input: { answers: { licensed: "yes", numberSource: "unknown" } },
      expected: mayHave(["numberSource"], uncertain),
    },
    {
      name: "agreed, not said, source not answered: may have",
      when: "2026-11-23T10:00",
      more: { sourceGiven: "no" },
      input: { answers: { licensed: "yes", numberSource: null } },
      expected: mayHave(["numberSource"], uncertain),
    },
    {
      name: "agreed, source said: not claimed",
      when: "2026-11-23T10:00",
      more: { sourceGiven: "yes" },
      input: { answers: { licensed: "yes", numberSource: "third_party" } },
      expected: null,
    },
    {
      name: "not sure about consent, third party: may have",
      when: "2026-11-23T10:00",
      more: { consent: "unsure", sourceGiven: "no" },
      input: { answers: { licensed: "yes", numberSource: "third_party" } },
      expected: mayHave(["consent"], uncertain),
    },
    {
      name: "never consented: aggravating only",
      when: "2026-11-23T10:00",
      more: { consent: "never", sourceGiven: "no" },
      input: { answers: { licensed: "yes", numberSource: "third_party" } },
      expected: null,
    },
  ];
  it.each(rows)("$name", (row) => void runRow("ID-OJK-SOURCE", row, { consent: "agreed" }));

  it("asks whether the source was given, unless the user gave the number themselves", () => {
    const ask = runRow(
      "ID-OJK-SOURCE",
      { name: "", when: "2026-11-23T10:00", input: { answers: { licensed: "yes", numberSource: "third_party" } }, expected: null },
      { consent: "agreed" },
    );
    expect(ask.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-OJK-SOURCE", missing: "sourceGiven" }));
    const mine = runRow(
      "ID-OJK-SOURCE",
      { name: "", when: "2026-11-23T10:00", input: { answers: { licensed: "yes", numberSource: "me" } }, expected: null },
      { consent: "agreed" },
    );
    expect(mine.unchecked.map((u) => u.ruleId)).not.toContain("ID-OJK-SOURCE");
  });

  it.each([
    ["third_party", ["c"], []],
    ["unknown", ["c"], ["c"]],
    ["me", null, null],
  ] as const)("never consented, number source %s: aggravating %j (uncertain %j)", (numberSource, incidentIds, uncertainIds) => {
    const report = runRow("ID-OJK-SOURCE", {
      name: "",
      when: "2026-11-23T10:00",
      more: { sourceGiven: "no" },
      input: { answers: { licensed: "yes", numberSource } },
      expected: null,
    });
    const fact = violationOf(report, "ID-OJK-CONSENT")?.aggravating.find((a) => a.ruleId === "ID-OJK-SOURCE");
    expect(fact ? { incidentIds: fact.incidentIds, uncertainIds: fact.uncertainIds } : null).toEqual(incidentIds ? { incidentIds, uncertainIds } : null);
  });
});

describe("ID-OJK-COLLECT-HOURS: debt collection Monday–Saturday 08:00–20:00 local, not on national holidays (Art 62(2)(f))", () => {
  const rows: Row[] = [
    { name: "Monday 07:59: broke", when: "2026-11-23T07:59", expected: broke() },
    { name: "Monday 08:00, first allowed minute", when: "2026-11-23T08:00", expected: null },
    { name: "Monday 18:01 is allowed for collection", when: "2026-11-23T18:01", expected: null },
    { name: "Monday 20:00, the closing minute is allowed", when: "2026-11-23T20:00", expected: null },
    { name: "Monday 20:01: broke", when: "2026-11-23T20:01", expected: broke() },
    { name: "Saturday 20:00", when: "2026-11-28T20:00", expected: null },
    { name: "Saturday 20:01: broke", when: "2026-11-28T20:01", expected: broke() },
    { name: "Sunday 12:00: broke", when: "2026-11-29T12:00", expected: broke() },
    { name: "national holiday 17 August 2026 12:00: may have (list graded M)", when: "2026-08-17T12:00", expected: mayHave(["holidayList"], uncertain) },
    { name: "Idul Fitri, Saturday 21 March 2026 12:00: may have", when: "2026-03-21T12:00", expected: mayHave(["holidayList"], uncertain) },
    { name: "cuti bersama Friday 20 March 2026 12:00 is a normal day", when: "2026-03-20T12:00", expected: null },
    { name: "cuti bersama 20 March 2026 at 20:01: broke by the hour", when: "2026-03-20T20:01", expected: broke() },
    { name: "20:00 WIT in Jayapura", when: "2026-11-23T20:00", zone: JAYAPURA, expected: null },
    { name: "20:01 WITA in Makassar: broke", when: "2026-11-23T20:01", zone: MAKASSAR, expected: broke() },
    { name: "agreed beforehand to another time (Art 62(3)): not claimed", when: "2026-11-23T21:00", more: { consent: "agreed" }, expected: null },
    { name: "not sure whether agreed: may have", when: "2026-11-23T21:00", more: { consent: "unsure" }, expected: mayHave(["consent"], uncertain) },
    { name: "collector's licence unknown: may have", when: "2026-11-23T21:00", input: { answers: { licensed: null } }, expected: mayHave(["licence"]) },
    { name: "unlicensed collector: no OJK rule claimed", when: "2026-11-23T21:00", input: { answers: { licensed: "no" } }, expected: null },
    { name: "a loan offer at 21:00 is not debt collection", when: "2026-11-23T21:00", more: { category: "loan", consent: "agreed" }, expected: null },
  ];
  it.each(rows)("$name", (row) => void runRow("ID-OJK-COLLECT-HOURS", row, { category: "debt_collection", consent: "never" }));
});

describe("ID-OJK-COLLECT-THIRD-PARTY and ID-OJK-COLLECT-THREAT (Art 62(2)(a)–(c))", () => {
  const debt = { category: "debt_collection" as const, consent: "never" as const, channel: "call" as Channel };
  it.each([
    { name: "the user about someone else's debt: broke", target: "me_not_debtor", expected: broke() },
    { name: "the user's family or colleagues: broke", target: "my_contacts", expected: broke() },
    { name: "the debtor themselves: not claimed", target: "me_debtor", expected: null },
  ] as const)("third party — $name", ({ target, expected }) => {
    runRow("ID-OJK-COLLECT-THIRD-PARTY", { name: "", when: "2026-11-23T10:00", more: { collectionTarget: target }, expected }, debt);
  });

  it("third party — asks who was contacted when unanswered", () => {
    const report = runRow("ID-OJK-COLLECT-THIRD-PARTY", { name: "", when: "2026-11-23T10:00", expected: null }, debt);
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-OJK-COLLECT-THIRD-PARTY", missing: "collectionTarget" }));
  });

  it.each([
    { name: "threatened: broke", threatened: "yes", input: {}, expected: broke() },
    { name: "not threatened", threatened: "no", input: {}, expected: null },
    { name: "threatened, licence 'not sure': may have", threatened: "yes", input: { answers: { licensed: "unsure" } }, expected: mayHave(["licence"]) },
    { name: "threatened, unlicensed collector: no OJK rule", threatened: "yes", input: { answers: { licensed: "no" } }, expected: null },
  ] as const)("threat — $name", ({ threatened, input, expected }) => {
    runRow("ID-OJK-COLLECT-THREAT", { name: "", when: "2026-11-23T10:00", more: { threatened }, input, expected }, debt);
  });

  it("threat — asks when unanswered", () => {
    const report = runRow("ID-OJK-COLLECT-THREAT", { name: "", when: "2026-11-23T10:00", expected: null }, debt);
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-OJK-COLLECT-THREAT", missing: "threatened" }));
  });

  it("a debt collector's contacts are checked only by the collection rules", () => {
    const report = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      optOutAt: local("2026-11-01T10:00", JAKARTA),
      incidents: [
        incident("c", "2026-11-29T22:00", JAKARTA, { ...debt, collectionTarget: "my_contacts", threatened: "yes", companyNamed: "no", sourceGiven: "no" }),
      ],
    });
    expect(ruleIds(report).sort()).toEqual(["ID-OJK-COLLECT-HOURS", "ID-OJK-COLLECT-THIRD-PARTY", "ID-OJK-COLLECT-THREAT"]);
  });
});

describe("ID-PDP-WITHDRAW: processing stops within 3×24 hours of withdrawal (UU PDP Art 9, 40; graded M)", () => {
  const stop = local("2026-11-20T10:00", JAKARTA);
  const rows: Row[] = [
    { name: "72 hours after: the last allowed minute", when: "2026-11-23T10:00", input: { optOutAt: stop }, expected: null },
    { name: "one minute before the 72 hours end", when: "2026-11-23T09:59", input: { optOutAt: stop }, expected: null },
    { name: "one minute after the 72 hours: may have (graded M)", when: "2026-11-23T10:01", input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    { name: "agreed contacts count too", when: "2026-11-23T10:01", more: { consent: "agreed" }, input: { optOutAt: stop }, expected: mayHave(["grade"]) },
    { name: "any sender, not only financial firms", when: "2026-11-23T10:01", input: { optOutAt: stop, financial: false }, expected: mayHave(["grade"]) },
    { name: "the licence does not matter", when: "2026-11-23T10:01", input: { optOutAt: stop, answers: { licensed: "no" } }, expected: mayHave(["grade"]) },
    {
      name: "a debt collector's contact is not marketing",
      when: "2026-11-23T10:01",
      more: { category: "debt_collection" },
      input: { optOutAt: stop },
      expected: null,
    },
  ];
  it.each(rows)("$name", (row) => void runRow("ID-PDP-WITHDRAW", row));

  it("asks for the opt-out time when unknown", () => {
    const report = evaluate(ID, { financial: false, incidents: [incident("c", "2026-11-23T10:00", JAKARTA, { category: "shop_promo" })] });
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-PDP-WITHDRAW", missing: "optOutTime" }));
  });

  it("is enforced by no body named yet: not OJK", () => {
    expect(ID.rules.find((r) => r.id === "ID-PDP-WITHDRAW")?.enforcedBy).toEqual([]);
  });
});

describe("Indonesia's pack", () => {
  it("has a table above for every rule", () => {
    expect(ID.rules.map((r) => r.id).sort()).toEqual([
      "ID-OJK-COLLECT-HOURS",
      "ID-OJK-COLLECT-THIRD-PARTY",
      "ID-OJK-COLLECT-THREAT",
      "ID-OJK-CONSENT",
      "ID-OJK-HOURS",
      "ID-OJK-IDENTIFY",
      "ID-OJK-SOURCE",
      "ID-OJK-WITHDRAW",
      "ID-PDP-WITHDRAW",
    ]);
    expect(ID.charters).toEqual([]);
  });

  it("sends every OJK rule to OJK's violation report, and nothing else there", () => {
    for (const rule of ID.rules) expect(rule.enforcedBy, rule.id).toEqual(rule.sectors === "financial" ? ["ID-OJK-VIOLATION"] : []);
  });

  it("binds only licensed financial firms: a shop gets no OJK rule, and the Kominfo hours gap instead", () => {
    const contacts = [incident("c", "2026-11-29T20:00", JAKARTA, { category: "shop_promo" })];
    const shop = evaluate(ID, { financial: false, incidents: contacts });
    expect(ruleIds(shop)).toEqual([]);
    expect(shop.notFinancial).toEqual(expect.arrayContaining(["ID-OJK-CONSENT", "ID-OJK-HOURS"]));
    expect(shop.gaps.map((g) => g.id)).toContain("ID-KOMINFO-HOURS");
    const lender = evaluate(ID, { financial: true, incidents: contacts });
    expect(lender.gaps.map((g) => g.id)).not.toContain("ID-KOMINFO-HOURS");
    // A lender the user says is unlicensed is outside OJK's rules too: its hours are not checked either, and that is said.
    const unlicensed = evaluate(ID, { financial: true, answers: { licensed: "no" }, incidents: contacts });
    expect(ruleIds(unlicensed)).toEqual([]);
    expect(unlicensed.gaps.map((g) => g.id)).toContain("ID-KOMINFO-HOURS");
  });

  it.each([
    { name: "an SMS case shows the Kominfo opt-out and frequency gaps", channel: "sms", gaps: ["ID-FREQUENCY", "ID-KOMINFO-OPTOUT"] },
    { name: "a call-only case does not show the broadcast-SMS gap", channel: "call", gaps: ["ID-FREQUENCY"] },
  ] as const)("$name", ({ channel, gaps }) => {
    const report = evaluate(ID, { financial: true, incidents: [incident("c", "2026-11-23T10:00", JAKARTA, { channel })] });
    expect(report.gaps.map((g) => g.id).sort()).toEqual(gaps);
  });
});

describe("Indonesian days off 2026 (SKB 3 Menteri)", () => {
  const calendar = calendarFor(ID.holidays, null);
  it("lists the SKB's national holidays and cuti bersama apart, graded M", () => {
    const year = daysOff(calendar, 2026);
    expect([...year.national].sort()).toEqual([
      "2026-01-01",
      "2026-01-16",
      "2026-02-17",
      "2026-03-19",
      "2026-03-21",
      "2026-03-22",
      "2026-04-03",
      "2026-04-05",
      "2026-05-01",
      "2026-05-14",
      "2026-05-27",
      "2026-05-31",
      "2026-06-01",
      "2026-06-16",
      "2026-08-17",
      "2026-08-25",
      "2026-12-25",
    ]);
    expect([...year.collectiveLeave].sort()).toEqual([
      "2026-02-16",
      "2026-03-18",
      "2026-03-20",
      "2026-03-23",
      "2026-03-24",
      "2026-05-15",
      "2026-05-28",
      "2026-12-24",
    ]);
    expect(year).toMatchObject({ confirmed: true, official: { confidence: "M" } });
  });

  it.each([
    ["2026-04-05", "national"],
    ["2026-03-21", "national"],
    ["2026-03-22", "national"],
    ["2026-03-20", "collectiveLeave"],
    ["2026-03-18", "collectiveLeave"],
    ["2026-03-25", null],
  ] as const)("%s is %s", (date, kind) => {
    expect(dayOffOn(calendar, date)?.kind ?? null).toBe(kind);
  });

  it("falls back to date-holidays for 2027, unconfirmed", () => {
    expect(daysOff(calendar, 2027)).toMatchObject({ confirmed: false, official: null });
    expect(daysOff(calendar, 2027).national.has("2027-08-17")).toBe(true);
  });
});
