import { describe, expect, it } from "vitest";
import { countryPack } from "./countries";
import { indonesia } from "./countries/id";
import { broke, doubtKinds, evaluate, expectClaim, incident, JAKARTA, local, mayHave, PARIS, ruleIds, violationOf } from "@/lib/testing/rules";
import type { Confidence, CountryPack } from "./countries/types";
import { calendarFor } from "./holidays";
import { confirmedIncidentIds } from "./rules-engine";

/**
 * The engine's own mechanics, across packs. Each country's rules are tabled in
 * lib/countries/<country>.test.ts; the findings in lib/regressions.test.ts.
 */

/** Indonesia's rules on a holiday list of our own: Nyepi 2026 national, 20 March 2026 collective leave, graded as asked. */
function packWithList(confidence: Confidence): CountryPack {
  return {
    ...indonesia,
    holidays: {
      dateHolidays: "ID",
      official: [
        {
          year: 2026,
          source: { instrument: "Test list", article: "—" },
          confidence,
          national: [["2026-03-19", "Nyepi"]],
          collectiveLeave: [["2026-03-20", "Cuti bersama"]],
        },
      ],
    },
  };
}

describe("holidays in an hours rule", () => {
  const agreed = (id: string, wallClock: string) => incident(id, wallClock, JAKARTA, { consent: "agreed" });
  const run = (pack: CountryPack, ...contacts: ReturnType<typeof agreed>[]) =>
    evaluate(pack, { financial: true, answers: { licensed: "yes" }, incidents: contacts });

  it("a holiday from a list graded H is a certain fact: broke", () => {
    expectClaim(run(packWithList("H"), agreed("c", "2026-03-19T10:00")), "ID-OJK-HOURS", broke(), ["c"]);
  });

  it.each(["M", "L", "U"] as const)("a holiday from a list graded %s is a doubt that names the list: may have", (grade) => {
    const report = run(packWithList(grade), agreed("c", "2026-03-19T10:00"));
    expectClaim(report, "ID-OJK-HOURS", mayHave(["holidayList"], { uncertainIds: ["c"] }), ["c"]);
    expect(violationOf(report, "ID-OJK-HOURS")!.doubts).toEqual([
      { kind: "holidayList", source: { instrument: "Test list", article: "—" }, confidence: grade },
    ]);
  });

  it("a collective-leave day is never a national holiday, whatever the list's grade", () => {
    expect(violationOf(run(packWithList("H"), agreed("c", "2026-03-20T10:00")), "ID-OJK-HOURS")).toBeUndefined();
  });

  it("years the pack holds no list for come from date-holidays and are unconfirmed, years merged in one doubt", () => {
    // 17 August 2027 and 2028 are Independence Day in date-holidays; 2027 is a Tuesday, 2028 a Thursday.
    const report = run(indonesia, agreed("a", "2027-08-17T10:00"), agreed("b", "2028-08-17T10:00"), agreed("z", "2027-08-18T07:00"));
    const hours = violationOf(report, "ID-OJK-HOURS")!;
    expect(hours).toMatchObject({ strength: "broke", incidentIds: ["a", "z", "b"], uncertainIds: ["a", "b"] });
    expect(hours.doubts).toEqual([{ kind: "holidayUnconfirmed", years: [2027, 2028] }]);
  });

  it("keeps the real pack's list apart from a test pack that shares its date-holidays code", () => {
    run(packWithList("H"), agreed("c", "2026-03-19T10:00"));
    // The real SKB list (graded M) still applies to the real pack, and has 21 March, which the test list does not.
    expectClaim(run(indonesia, agreed("c", "2026-03-21T10:00")), "ID-OJK-HOURS", mayHave(["holidayList"], { uncertainIds: ["c"] }), ["c"]);
    expect(violationOf(run(packWithList("H"), agreed("c", "2026-03-21T10:00")), "ID-OJK-HOURS")).toBeUndefined();
  });
});

describe("what a conclusion rests on", () => {
  it("lists contacts in time order, whatever order they come in", () => {
    const report = evaluate(indonesia, {
      financial: true,
      answers: { licensed: "yes" },
      incidents: [
        incident("late", "2026-11-25T10:00", JAKARTA),
        incident("early", "2026-11-23T10:00", JAKARTA),
        incident("mid", "2026-11-24T10:00", JAKARTA, { consent: "unsure" }),
      ],
    });
    expect(violationOf(report, "ID-OJK-CONSENT")).toMatchObject({ incidentIds: ["early", "mid", "late"], uncertainIds: ["mid"], strength: "broke" });
  });

  it("confirmedIncidentIds: the contacts without doubt about the reporter's facts (the licence is the sender's, said on its page)", () => {
    const contacts = [incident("a", "2026-11-23T10:00", JAKARTA), incident("b", "2026-11-24T10:00", JAKARTA, { consent: "unsure" })];
    const known = violationOf(evaluate(indonesia, { financial: true, answers: { licensed: "yes" }, incidents: contacts }), "ID-OJK-CONSENT")!;
    expect(confirmedIncidentIds(known)).toEqual(["a"]);
    const unknown = violationOf(evaluate(indonesia, { financial: true, answers: { licensed: null }, incidents: contacts }), "ID-OJK-CONSENT")!;
    expect(doubtKinds(unknown.doubts)).toEqual(["consent", "licence"]);
    expect(confirmedIncidentIds(unknown)).toEqual(["a"]);
  });

  it("a rule graded below H is 'may have' even on complete facts, and says so", () => {
    const report = evaluate(countryPack("GB"), { incidents: [incident("c", "2026-11-23T10:00", "Europe/London")] });
    expect(violationOf(report, "UK-SMS-CONSENT")).toMatchObject({ strength: "mayHave", doubts: [{ kind: "grade" }], uncertainIds: [] });
  });
});

describe("seed stories", () => {
  it("001/000: near-daily promo SMS from a shop, STOP ignored (not a financial firm)", () => {
    const days = [16, 17, 18, 19, 20, 21, 22].map((d) => incident(`d${d}`, `2026-11-${d}T19:30`, JAKARTA, { category: "shop_promo" }));
    const report = evaluate(indonesia, { incidents: days, optOutAt: local("2026-11-18T20:00", JAKARTA), financial: false });
    // Changed on purpose: the Kominfo opt-out is no longer a rule (Permenkominfo 1/2009 was replaced), only a gap.
    // 3×24 hours after 18 November 20:00 is 21 November 20:00: only the SMS of 22 November is later.
    expect(report.violations.map((v) => [v.ruleId, v.incidentIds, v.strength])).toEqual([["ID-PDP-WITHDRAW", ["d22"], "mayHave"]]);
    expect(report.notFinancial).toContain("ID-OJK-HOURS");
    expect(report.gaps.map((g) => g.id).sort()).toEqual(["ID-FREQUENCY", "ID-KOMINFO-HOURS", "ID-KOMINFO-OPTOUT"]);
  });

  it("a loan-offer SMS on a Sunday evening in Jakarta, never agreed to", () => {
    const report = evaluate(indonesia, { incidents: [incident("sms", "2026-11-22T19:45", JAKARTA)], financial: true, answers: { licensed: "yes" } });
    // Changed on purpose: the hours of Art 39(4)(a) govern offers after consent; here they aggravate Art 39(1).
    expect(ruleIds(report)).toEqual(["ID-OJK-CONSENT"]);
    const consent = violationOf(report, "ID-OJK-CONSENT")!;
    expect(consent).toMatchObject({ confidence: "H", strength: "broke", source: { instrument: "POJK 22/2023", article: "Pasal 39 ayat (1)" } });
    expect(consent.aggravating).toEqual([
      expect.objectContaining({
        ruleId: "ID-OJK-HOURS",
        incidentIds: ["sms"],
        source: { instrument: "POJK 22/2023", article: "Pasal 39 ayat (4) huruf a", url: expect.any(String) },
      }),
    ]);
    expect(consent.aggravating[0]!.title.en).toBe("Outside the allowed days and hours");
  });

  it("002: five credit-card telemarketing calls in two days", () => {
    const times = ["2026-11-23T09:00", "2026-11-23T12:30", "2026-11-23T18:10", "2026-11-24T08:30", "2026-11-24T19:00"];
    const calls = times.map((t, i) => incident(`c${i}`, t, JAKARTA, { channel: "call", category: "credit_card" }));
    const inIndonesia = evaluate(indonesia, { incidents: calls, financial: true, answers: { licensed: "yes" } });
    expect(violationOf(inIndonesia, "ID-OJK-CONSENT")?.incidentIds).toHaveLength(5);
    expect(violationOf(inIndonesia, "ID-OJK-CONSENT")?.aggravating.find((a) => a.ruleId === "ID-OJK-HOURS")?.incidentIds).toEqual(["c2", "c4"]);
    // Indonesia has no legal call limit; France has one.
    const paris = calls.map((c) => ({ ...c, timeZone: PARIS }));
    expect(violationOf(evaluate(countryPack("FR"), { incidents: paris }), "FR-CALL-FREQ")?.incidentIds).toEqual(["c4"]);
  });

  it("003: a French SMS on a Sunday after STOP", () => {
    const report = evaluate(countryPack("FR"), {
      incidents: [incident("sms", "2026-11-22T11:00", PARIS, { category: "shop_promo" })],
      optOutAt: local("2026-11-15T09:00", PARIS),
    });
    expect(report.violations.map((v) => [v.ruleId, v.strength])).toEqual([
      ["FR-SMS-CONSENT", "broke"],
      ["FR-SMS-ID-OPTOUT", "mayHave"],
    ]);
    // Changed on purpose: the AF2M charter is information, not a rule broken.
    expect(report.information.map((v) => v.ruleId)).toEqual(["FR-SMS-HOURS"]);
  });
});

describe("every pack", () => {
  it.each(["ID", "FR", "GB", "US", "IL", "ES"])(
    "%s: ids are unique, every rule cites its source, has text in both languages, and names bodies of its pack",
    (country) => {
      const pack = countryPack(country);
      expect(pack.country).toBe(country);
      const ids = [
        ...pack.rules.map((r) => r.id),
        ...pack.charters.map((r) => r.id),
        ...pack.gaps.map((g) => g.id),
        ...pack.complaintDeadlines.map((d) => d.id),
      ];
      expect(new Set(ids).size).toBe(ids.length);
      const regulatorIds = pack.regulators.map((r) => r.id);
      for (const rule of [...pack.rules, ...pack.charters]) {
        expect(rule.source.instrument, rule.id).not.toBe("");
        expect(rule.source.article, rule.id).not.toBe("");
        expect(rule.title.id && rule.title.en && rule.explanation.id && rule.explanation.en && rule.inLaw.title, rule.id).toBeTruthy();
        expect(rule.id.startsWith(country === "GB" ? "UK-" : `${country}-`), rule.id).toBe(true);
        for (const body of rule.enforcedBy) expect(regulatorIds, rule.id).toContain(body);
        if (rule.afterConsentOf) expect(pack.rules.find((r) => r.id === rule.afterConsentOf)?.check.kind, rule.id).toBe("consent");
      }
      for (const charter of pack.charters) expect(charter.enforcedBy, charter.id).toEqual([]);
      expect(pack.regulators.length).toBeGreaterThan(0);
      for (const regulator of pack.regulators) {
        expect(regulator.url, regulator.id).toMatch(/^https:\/\//);
        expect(regulator.requiredFields.length, regulator.id).toBeGreaterThan(0);
        expect(regulator.takes.id && regulator.takes.en, regulator.id).toBeTruthy();
      }
      for (const region of pack.holidays.regions ?? []) expect(calendarFor(pack.holidays, region).region).toBe(region);
    },
  );

  it("Indonesia: a violation report to OJK needs no prior complaint to the firm; a dispute does", () => {
    const ojk = Object.fromEntries(countryPack("ID").regulators.map((r) => [r.id, r]));
    expect(ojk["ID-OJK-VIOLATION"]).toMatchObject({ companyFirst: false, sectors: "financial", confidence: "H" });
    expect(ojk["ID-OJK-DISPUTE"]).toMatchObject({ companyFirst: true, sectors: "financial" });
    expect(ojk["ID-OJK-VIOLATION"]?.requiredFields).toEqual(expect.arrayContaining(["identity", "contact", "chronology"]));
  });
});
