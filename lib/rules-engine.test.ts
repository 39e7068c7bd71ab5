import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { countryPack } from "./countries";
import type { Channel, Consent } from "./domain";
import { evaluateRules, type IncidentFact, type RuleInput } from "./rules-engine";

let n = 0;
function incident(local: string, zone: string, more: Partial<IncidentFact> = {}): IncidentFact {
  return {
    id: `i${n++}`,
    channel: "sms" as Channel,
    occurredAt: DateTime.fromISO(local, { zone }).toJSDate(),
    timeZone: zone,
    consent: "agreed" as Consent,
    companyNamed: null,
    sourceGiven: null,
    ...more,
  };
}
const at = (local: string, zone: string) => DateTime.fromISO(local, { zone }).toJSDate();

function violated(input: Partial<RuleInput> & Pick<RuleInput, "incidents">, country = "ID"): Record<string, string[]> {
  const report = evaluateRules({ pack: countryPack(country), optOutAt: null, financial: true, ...input });
  return Object.fromEntries(report.violations.map((v) => [v.ruleId, v.incidentIds]));
}
const flags = (ruleId: string, input: Partial<RuleInput> & Pick<RuleInput, "incidents">, country = "ID") => (violated(input, country)[ruleId] ?? []).length > 0;

const JKT = "Asia/Jakarta";

describe("ID-OJK-HOURS: Monday–Saturday 08:00–18:00 local, not on holidays (POJK 22/2023 Art 39(4)(a))", () => {
  it.each([
    ["2026-11-23T07:59", JKT, true, "Monday 07:59"],
    ["2026-11-23T08:00", JKT, false, "Monday 08:00"],
    ["2026-11-23T17:59", JKT, false, "Monday 17:59"],
    ["2026-11-23T18:00", JKT, true, "Monday 18:00"],
    ["2026-11-28T10:00", JKT, false, "Saturday 10:00"],
    ["2026-11-29T10:00", JKT, true, "Sunday 10:00"],
    ["2026-08-17T10:00", JKT, true, "Independence Day"],
    ["2026-03-20T10:00", JKT, true, "Idul Fitri"],
    ["2026-11-23T17:30", "Asia/Jayapura", false, "17:30 WIT"],
    ["2026-11-23T18:30", "Asia/Jayapura", true, "18:30 WIT (16:30 WIB)"],
  ])("%s in %s → %s (%s)", (local, zone, expected) => {
    expect(flags("ID-OJK-HOURS", { incidents: [incident(local, zone)] })).toBe(expected);
  });

  it("binds financial firms only", () => {
    const sunday = [incident("2026-11-29T20:00", JKT, { consent: "never" })];
    const report = evaluateRules({ pack: countryPack("ID"), incidents: sunday, optOutAt: null, financial: false });
    expect(report.violations.map((v) => v.ruleId)).toEqual([]);
    expect(report.notFinancial).toEqual(expect.arrayContaining(["ID-OJK-CONSENT", "ID-OJK-HOURS"]));
    expect(report.gaps.map((g) => g.id)).toContain("ID-KOMINFO-HOURS");
    const financial = evaluateRules({ pack: countryPack("ID"), incidents: sunday, optOutAt: null, financial: true });
    expect(financial.gaps.map((g) => g.id)).not.toContain("ID-KOMINFO-HOURS");
  });
});

describe("consent rules", () => {
  it("flags only what the user never agreed to, and asks about 'not sure'", () => {
    const incidents = [incident("2026-11-23T10:00", JKT, { consent: "never" }), incident("2026-11-24T10:00", JKT, { consent: "agreed" }), incident("2026-11-25T10:00", JKT, { consent: "unsure" })];
    expect(violated({ incidents })["ID-OJK-CONSENT"]).toEqual([incidents[0]!.id]);
    const onlyUnsure = evaluateRules({ pack: countryPack("ID"), incidents: [incidents[2]!], optOutAt: null, financial: true });
    expect(onlyUnsure.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-OJK-CONSENT", missing: "consentAnswer" }));
  });
});

describe("after opt-out, with each rule's grace", () => {
  const stop = at("2026-11-20T10:00", JKT);
  it.each([
    ["ID-OJK-WITHDRAW", "2026-11-20T10:01", true],
    ["ID-OJK-WITHDRAW", "2026-11-20T09:59", false],
    ["ID-PDP-WITHDRAW", "2026-11-23T09:59", false],
    ["ID-PDP-WITHDRAW", "2026-11-23T10:01", true],
  ])("%s: contact at %s → %s", (rule, local, expected) => {
    expect(flags(rule, { incidents: [incident(local, JKT)], optOutAt: stop })).toBe(expected);
  });

  it("US-REVOKE allows 10 business days (Veterans Day, 11 November, is not one)", () => {
    const ny = "America/New_York";
    const revoked = at("2026-11-02T12:00", ny);
    expect(flags("US-REVOKE", { incidents: [incident("2026-11-17T20:00", ny)], optOutAt: revoked }, "US")).toBe(false);
    expect(flags("US-REVOKE", { incidents: [incident("2026-11-18T10:00", ny)], optOutAt: revoked }, "US")).toBe(true);
  });

  it("cannot check without an opt-out time, and says what to add", () => {
    const report = evaluateRules({ pack: countryPack("ID"), incidents: [incident("2026-11-23T10:00", JKT)], optOutAt: null, financial: false });
    expect(report.unchecked).toContainEqual(expect.objectContaining({ ruleId: "ID-PDP-WITHDRAW", missing: "optOutTime" }));
  });
});

describe("questions on the incident (Art 39(4)(b)–(c))", () => {
  it("flags a caller who did not name the company or the source of the number", () => {
    const call = incident("2026-11-23T10:00", JKT, { channel: "call", companyNamed: "no", sourceGiven: "yes" });
    expect(violated({ incidents: [call] })).toMatchObject({ "ID-OJK-IDENTIFY": [call.id] });
    expect(violated({ incidents: [call] })["ID-OJK-SOURCE"]).toBeUndefined();
  });
});

describe("FR-CALL-HOURS: weekdays 10–13 and 14–20, Paris time, DST included (D223-9)", () => {
  const PARIS = "Europe/Paris";
  it.each([
    ["2026-11-23T09:59", true],
    ["2026-11-23T10:00", false],
    ["2026-11-23T12:59", false],
    ["2026-11-23T13:00", true],
    ["2026-11-23T14:00", false],
    ["2026-11-23T19:59", false],
    ["2026-11-23T20:00", true],
    ["2026-11-28T11:00", true],
    ["2026-07-14T11:00", true],
    // DST starts on Sunday 29 March 2026; Monday 30 March at 10:30 is summer time and allowed.
    ["2026-03-30T10:30", false],
    ["2026-03-30T09:30", true],
  ])("call at %s → %s", (local, expected) => {
    expect(flags("FR-CALL-HOURS", { incidents: [incident(local, PARIS, { channel: "call", consent: "never" })] }, "FR")).toBe(expected);
  });

  it("does not apply when the user had agreed to calls", () => {
    expect(flags("FR-CALL-HOURS", { incidents: [incident("2026-11-28T11:00", PARIS, { channel: "call", consent: "agreed" })] }, "FR")).toBe(false);
  });
});

describe("FR-CALL-FREQ: more than 4 calls in 30 days", () => {
  const PARIS = "Europe/Paris";
  const calls = (days: number[]) => days.map((d) => incident(`2026-11-${String(d).padStart(2, "0")}T11:00`, PARIS, { channel: "call" }));
  it("allows exactly 4 and flags the 5th", () => {
    expect(flags("FR-CALL-FREQ", { incidents: calls([2, 9, 16, 23]) }, "FR")).toBe(false);
    const five = calls([2, 9, 16, 23, 27]);
    expect(violated({ incidents: five }, "FR")["FR-CALL-FREQ"]).toEqual([five[4]!.id]);
  });
  it("flags every call past the fourth in a burst", () => {
    const burst = Array.from({ length: 10 }, (_, h) => incident(`2026-11-23T${String(10 + h).padStart(2, "0")}:30`, PARIS, { channel: "call" }));
    expect(violated({ incidents: burst }, "FR")["FR-CALL-FREQ"]).toEqual(burst.slice(4).map((c) => c.id));
  });

  it("counts a rolling window: calls 30 days apart do not add up", () => {
    const spread = [...calls([1, 2, 3, 4]), incident("2026-12-01T11:00", PARIS, { channel: "call" })];
    expect(flags("FR-CALL-FREQ", { incidents: spread }, "FR")).toBe(false);
  });
});

describe("US-HOURS across a DST change (8 March 2026)", () => {
  const NY = "America/New_York";
  it.each([
    ["2026-03-08T07:59", true],
    ["2026-03-08T08:00", false],
    ["2026-03-08T20:59", false],
    ["2026-03-08T21:00", true],
  ])("%s → %s", (local, expected) => {
    expect(flags("US-HOURS", { incidents: [incident(local, NY, { channel: "call" })] }, "US")).toBe(expected);
  });
});

describe("ES-CALL-HOURS: weekdays 09:00–21:00", () => {
  it.each([
    ["2026-11-23T08:59", true],
    ["2026-11-23T09:00", false],
    ["2026-11-23T20:59", false],
    ["2026-11-22T12:00", true],
    ["2026-12-08T12:00", true],
  ])("%s → %s", (local, expected) => {
    expect(flags("ES-CALL-HOURS", { incidents: [incident(local, "Europe/Madrid", { channel: "call" })] }, "ES")).toBe(expected);
  });
});

describe("seed stories", () => {
  it("001/000: near-daily promo SMS from a shop, STOP ignored (not a financial firm)", () => {
    const days = [16, 17, 18, 19, 20, 21, 22].map((d) => incident(`2026-11-${d}T19:30`, JKT, { consent: "never" }));
    const report = evaluateRules({ pack: countryPack("ID"), incidents: days, optOutAt: at("2026-11-18T20:00", JKT), financial: false });
    expect(report.violations.map((v) => [v.ruleId, v.incidentIds.length, v.mayApply])).toEqual([
      ["ID-KOMINFO-OPTOUT", 4, true],
      ["ID-PDP-WITHDRAW", 1, true],
    ]);
    expect(report.notFinancial).toContain("ID-OJK-HOURS");
  });

  it("a loan-offer SMS on a Sunday evening in Jakarta", () => {
    const sms = incident("2026-11-22T19:45", JKT, { consent: "never" });
    const report = evaluateRules({ pack: countryPack("ID"), incidents: [sms], optOutAt: null, financial: true });
    const hours = report.violations.find((v) => v.ruleId === "ID-OJK-HOURS");
    expect(report.violations.map((v) => v.ruleId)).toEqual(["ID-OJK-CONSENT", "ID-OJK-HOURS"]);
    expect(hours).toMatchObject({ confidence: "H", mayApply: false, source: { instrument: "POJK 22/2023", article: "Pasal 39 ayat (4) huruf a" } });
    expect(hours?.explanation.en).toContain("1 contacts");
    expect(hours?.explanation.id).toContain("Senin–Sabtu pukul 08.00–18.00");
  });

  it("002: five credit-card telemarketing calls in two days", () => {
    const calls = ["2026-11-23T09:00", "2026-11-23T12:30", "2026-11-23T18:10", "2026-11-24T08:30", "2026-11-24T19:00"].map((t) => incident(t, JKT, { channel: "call", consent: "never" }));
    const inIndonesia = violated({ incidents: calls });
    expect(inIndonesia["ID-OJK-CONSENT"]).toHaveLength(5);
    expect(inIndonesia["ID-OJK-HOURS"]).toEqual([calls[2]!.id, calls[4]!.id]);
    // Indonesia has no legal call limit; France has one.
    const paris = calls.map((c) => ({ ...c, timeZone: "Europe/Paris" }));
    expect(violated({ incidents: paris }, "FR")["FR-CALL-FREQ"]).toEqual([paris[4]!.id]);
  });

  it("003: a French SMS on a Sunday after STOP", () => {
    const sms = incident("2026-11-22T11:00", "Europe/Paris", { consent: "never" });
    const report = evaluateRules({ pack: countryPack("FR"), incidents: [sms], optOutAt: at("2026-11-15T09:00", "Europe/Paris"), financial: false });
    expect(report.violations.map((v) => [v.ruleId, v.mayApply])).toEqual([
      ["FR-SMS-CONSENT", false],
      ["FR-SMS-ID-OPTOUT", true],
      ["FR-SMS-HOURS", true],
    ]);
  });
});

describe("every pack", () => {
  it.each(["ID", "FR", "GB", "US", "IL", "ES"])("%s: ids are unique, every rule cites its source and has text in both languages", (country) => {
    const pack = countryPack(country);
    expect(pack.country).toBe(country);
    const ids = [...pack.rules.map((r) => r.id), ...pack.gaps.map((g) => g.id), ...pack.complaintDeadlines.map((d) => d.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of pack.rules) {
      expect(rule.source.instrument, rule.id).not.toBe("");
      expect(rule.source.article, rule.id).not.toBe("");
      expect(rule.title.id && rule.title.en && rule.explanation.id && rule.explanation.en, rule.id).toBeTruthy();
      expect(rule.id.startsWith(country === "GB" ? "UK-" : `${country}-`), rule.id).toBe(true);
    }
    expect(pack.regulators.length).toBeGreaterThan(0);
    for (const regulator of pack.regulators) {
      expect(regulator.url, regulator.id).toMatch(/^https:\/\//);
      expect(regulator.requiredFields.length, regulator.id).toBeGreaterThan(0);
      expect(regulator.takes.id && regulator.takes.en, regulator.id).toBeTruthy();
    }
  });

  it("Indonesia: a violation report to OJK needs no prior complaint to the firm; a dispute does", () => {
    const ojk = Object.fromEntries(countryPack("ID").regulators.map((r) => [r.id, r]));
    expect(ojk["ID-OJK-VIOLATION"]).toMatchObject({ companyFirst: false, sectors: "financial", confidence: "H" });
    expect(ojk["ID-OJK-DISPUTE"]).toMatchObject({ companyFirst: true, sectors: "financial" });
    expect(ojk["ID-OJK-VIOLATION"]?.requiredFields).toEqual(expect.arrayContaining(["identity", "contact", "chronology"]));
  });
});
