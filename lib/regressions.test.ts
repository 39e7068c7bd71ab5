import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { complaintDeadlines, type CaseFacts, type DeadlineAnswers, type ExchangeFact } from "./cases/progress";
import { COUNTRY_PACKS, countryPack } from "./countries";
import { broke, evaluate, expectClaim, incident, JAKARTA, MADRID, mayHave, NEW_YORK, PARIS, ruleIds, utc, violationOf } from "@/lib/testing/rules";
import type { Rule } from "./countries/types";
import { calendarFor, dayOffOn, daysOff } from "./holidays";
import { recommendRoutes, type RouteInput } from "./cases/recommendations";
import type { Violation } from "./rules-engine";

/**
 * The December 2026 audit's findings (docs/decisions/0007) that live in the engine, the packs and the deadlines,
 * one named test each. Findings 11 and 12 (letters) are tested with the letters.
 */
const ID = countryPack("ID");
const wib = (iso: string) => DateTime.fromISO(iso, { zone: JAKARTA }).toJSDate();
const exchange = (iso: string, more: Partial<ExchangeFact> = {}): ExchangeFact => ({
  occurredAt: wib(iso),
  direction: "outgoing",
  channel: "email",
  isComplaint: false,
  tags: [],
  ...more,
});
const caseFacts = (exchanges: ExchangeFact[], answers: DeadlineAnswers): CaseFacts => ({
  status: "new",
  categories: ["loan"],
  timeZone: JAKARTA,
  exchanges,
  answers,
});
const fullProfile = { legalName: true, idNumber: true, postalAddress: true };
function routesFor(more: Partial<RouteInput> & Pick<RouteInput, "answers">) {
  return recommendRoutes({ pack: ID, financial: true, categories: ["loan"], violations: [], state: "new", deadlines: [], profile: fullProfile, ...more });
}
const routeIds = (routes: ReturnType<typeof recommendRoutes>) => routes.map((r) => r.regulator.id);

describe("regressions from the audit", () => {
  it("finding 1: Indonesian holidays follow the SKB 2026: 20 March is cuti bersama, 16 March's complaint is due 31 March / 7 April, Paskah is a holiday", () => {
    // 20 March 2026 10:00 is no holiday breach, for offers or for debt collection.
    const offer = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      incidents: [incident("c", "2026-03-20T10:00", JAKARTA, { consent: "agreed" })],
    });
    expect(violationOf(offer, "ID-OJK-HOURS")).toBeUndefined();
    const collection = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      incidents: [incident("d", "2026-03-20T10:00", JAKARTA, { category: "debt_collection" })],
    });
    expect(violationOf(collection, "ID-OJK-COLLECT-HOURS")).toBeUndefined();
    // Idul Fitri is 21–22 March: a Saturday offer on the 21st is one.
    expect(
      violationOf(
        evaluate(ID, { financial: true, answers: { licensed: "yes" }, incidents: [incident("s", "2026-03-21T10:00", JAKARTA, { consent: "agreed" })] }),
        "ID-OJK-HOURS",
      )?.incidentIds,
    ).toEqual(["s"]);

    const complaint = exchange("2026-03-16T10:00", { isComplaint: true });
    const [written] = complaintDeadlines(caseFacts([complaint], { licensed: "yes", customer: "yes", lossRupiah: null }), ID, wib("2026-03-17T00:00"));
    expect(written).toMatchObject({ rule: { id: "ID-OJK-COMPLAINT-WRITTEN" }, dueDate: "2026-04-07", otherReading: { dueDate: "2026-03-31" } });

    // Paskah, Sunday 5 April 2026: a national holiday by date (date-holidays lacked it).
    const calendar = calendarFor(ID.holidays, null);
    expect(dayOffOn(calendar, "2026-04-05")?.kind).toBe("national");
    expect(daysOff(calendar, 2026).national.has("2026-04-05")).toBe(true);
    expect(dayOffOn(calendar, "2026-03-20")?.kind).toBe("collectiveLeave");
  });

  it("finding 2: a never-consented offer breaks Art 39(1) only, 39(4) is aggravating, and 39(4)(c) needs data from a third party", () => {
    const offer = incident("o", "2026-11-22T20:00", JAKARTA, { channel: "call", companyNamed: "no", sourceGiven: "no" });
    const report = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes", numberSource: "third_party" },
      optOutAt: wib("2026-11-20T10:00"),
      incidents: [offer],
    });
    expect(ruleIds(report).filter((id) => id.startsWith("ID-OJK"))).toEqual(["ID-OJK-CONSENT"]);
    expect(
      violationOf(report, "ID-OJK-CONSENT")
        ?.aggravating.map((a) => a.ruleId)
        .sort(),
    ).toEqual(["ID-OJK-HOURS", "ID-OJK-IDENTIFY", "ID-OJK-SOURCE", "ID-OJK-WITHDRAW"]);

    const consented = (numberSource: "me" | "third_party" | "unknown" | null) =>
      evaluate(ID, {
        financial: true,
        answers: { licensed: "yes", numberSource },
        incidents: [incident("c", "2026-11-23T10:00", JAKARTA, { consent: "agreed", sourceGiven: "no" })],
      });
    expectClaim(consented("third_party"), "ID-OJK-SOURCE", broke(), ["c"]);
    expectClaim(consented("me"), "ID-OJK-SOURCE", null, ["c"]);
    expectClaim(consented("unknown"), "ID-OJK-SOURCE", mayHave(["numberSource"], { uncertainIds: ["c"] }), ["c"]);
    expectClaim(consented(null), "ID-OJK-SOURCE", mayHave(["numberSource"], { uncertainIds: ["c"] }), ["c"]);
  });

  it("finding 3: an unlicensed sender gets no OJK rule and the Satgas PASTI route; 'not sure' gives 'may have' and both routes with conditions", () => {
    const sms = [incident("s", "2026-11-23T10:00", JAKARTA)];
    const unlicensed = evaluate(ID, { financial: true, answers: { licensed: "no" }, incidents: sms });
    expect(unlicensed.violations.filter((v) => v.ruleId.startsWith("ID-OJK"))).toEqual([]);
    expect(unlicensed.notLicensed).toContain("ID-OJK-CONSENT");
    const noRoutes = routesFor({ violations: unlicensed.violations, answers: { licensed: "no", customer: null, lossRupiah: null } });
    expect(routeIds(noRoutes)).toContain("ID-SATGAS-PASTI");
    expect(routeIds(noRoutes)).not.toContain("ID-OJK-VIOLATION");
    expect(routeIds(noRoutes)).not.toContain("ID-OJK-DISPUTE");
    expect(noRoutes.find((r) => r.regulator.id === "ID-SATGAS-PASTI")?.conditions).toEqual([]);

    const unsure = evaluate(ID, { financial: true, answers: { licensed: "unsure" }, incidents: sms });
    expectClaim(unsure, "ID-OJK-CONSENT", mayHave(["licence"]), ["s"]);
    const both = routesFor({ violations: unsure.violations, answers: { licensed: "unsure", customer: null, lossRupiah: null } });
    expect(both.find((r) => r.regulator.id === "ID-OJK-VIOLATION")).toMatchObject({
      conditions: ["licensed"],
      reasons: ["possibleViolations", "noPriorComplaintNeeded"],
    });
    expect(both.find((r) => r.regulator.id === "ID-SATGAS-PASTI")).toMatchObject({ conditions: ["unlicensed"] });
  });

  it("finding 4: Art 74/75 deadlines and the dispute route are for customers; the extension counts only if notified by day 10; the portal-response window", () => {
    const complaint = exchange("2026-11-02T09:00", { isComplaint: true });
    const now = wib("2026-12-01T00:00");
    // Not a customer: no firm deadline, no dispute route.
    const notCustomer: DeadlineAnswers = { licensed: "yes", customer: "no", lossRupiah: 1_000_000 };
    expect(complaintDeadlines(caseFacts([complaint], notCustomer), ID, now)).toEqual([]);
    expect(routeIds(routesFor({ state: "replied", answers: notCustomer }))).not.toContain("ID-OJK-DISPUTE");
    // Not sure: shown as "if…", never overdue; the route may apply.
    const unsure: DeadlineAnswers = { licensed: "yes", customer: "unsure", lossRupiah: 1_000_000 };
    expect(complaintDeadlines(caseFacts([complaint], unsure), ID, now)).toMatchObject([{ unconfirmed: ["customer"], passed: true, overdue: false }]);
    expect(routesFor({ state: "replied", answers: unsure }).find((r) => r.regulator.id === "ID-OJK-DISPUTE")?.conditions).toEqual(["customer"]);
    // Day 10 of a complaint of Monday 2 November is Monday 16 November (no holiday or cuti bersama then).
    const customer: DeadlineAnswers = { licensed: "yes", customer: "yes", lossRupiah: 1_000_000 };
    const notified = (iso: string) =>
      complaintDeadlines(caseFacts([complaint, exchange(iso, { direction: "incoming", tags: ["notified_extension"] })], customer), ID, now)[0];
    expect(notified("2026-11-16T23:59")).toMatchObject({ extended: true, dueDate: "2026-11-30" });
    expect(notified("2026-11-17T00:00")).toMatchObject({ extended: false, dueDate: "2026-11-16", overdue: true });
    // The firm answered in OJK's portal on Monday 2 November: the user has until 16 November.
    const portal = complaintDeadlines(
      caseFacts([exchange("2026-11-02T09:00", { direction: "incoming", tags: ["portal_response"] })], customer),
      ID,
      wib("2026-11-17T00:00"),
    );
    expect(portal).toMatchObject([{ rule: { id: "ID-OJK-PORTAL-RESPONSE", owner: "user" }, dueDate: "2026-11-16", passed: true, overdue: false }]);
  });

  it("finding 5: the closing minute is allowed everywhere, and France counts 30 calendar days", () => {
    const closing: [country: string, ruleId: string, wallClock: string, zone: string, more: Parameters<typeof incident>[3]][] = [
      ["ID", "ID-OJK-HOURS", "2026-11-23T18:00", JAKARTA, { consent: "agreed" }],
      ["ID", "ID-OJK-COLLECT-HOURS", "2026-11-23T20:00", JAKARTA, { category: "debt_collection" }],
      ["FR", "FR-CALL-HOURS", "2026-11-23T13:00", PARIS, { channel: "call" }],
      ["FR", "FR-CALL-HOURS", "2026-11-23T20:00", PARIS, { channel: "call" }],
      ["ES", "ES-CALL-HOURS", "2026-11-23T21:00", MADRID, { channel: "call" }],
      ["US", "US-HOURS", "2026-11-23T21:00", NEW_YORK, { channel: "call" }],
    ];
    for (const [country, ruleId, wallClock, zone, more] of closing) {
      const at = (time: string) =>
        evaluate(countryPack(country), { financial: true, answers: { licensed: "yes" }, incidents: [incident("c", time, zone, more)] });
      expect(violationOf(at(wallClock), ruleId), `${ruleId} ${wallClock}`).toBeUndefined();
      const minuteAfter = wallClock.replace(/:00$/, ":01");
      expect(violationOf(at(minuteAfter), ruleId)?.incidentIds, `${ruleId} ${minuteAfter}`).toEqual(["c"]);
    }
    // A fifth call on day 31 after calls on days 1–4 is not flagged; on day 30 it is.
    const calls = (fifth: string) =>
      ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", fifth].map((day, i) =>
        incident(`k${i + 1}`, `${day}T11:00`, PARIS, { channel: "call", category: "shop_promo" }),
      );
    expect(violationOf(evaluate(countryPack("FR"), { incidents: calls("2026-12-01") }), "FR-CALL-FREQ")).toBeUndefined();
    expect(violationOf(evaluate(countryPack("FR"), { incidents: calls("2026-11-30") }), "FR-CALL-FREQ")?.incidentIds).toEqual(["k5"]);
  });

  it("finding 6: US calling hours do not apply to contacts the user agreed to", () => {
    const call = (consent: "never" | "agreed" | "unsure") =>
      evaluate(countryPack("US"), { incidents: [incident("c", "2026-11-23T22:30", NEW_YORK, { channel: "call", category: "shop_promo", consent })] });
    expect(violationOf(call("agreed"), "US-HOURS")).toBeUndefined();
    expectClaim(call("never"), "US-HOURS", mayHave(["grade"]), ["c"]);
    expectClaim(call("unsure"), "US-HOURS", mayHave(["grade", "consent"], { uncertainIds: ["c"] }), ["c"]);
  });

  it("finding 7: the AF2M charter is information only; French STOP cites L34-5 and GDPR art 21; no rule cites Permenkominfo 1/2009", () => {
    const sunday = evaluate(countryPack("FR"), { incidents: [incident("s", "2026-11-22T11:00", PARIS, { category: "shop_promo", consent: "agreed" })] });
    expect(sunday.violations).toEqual([]);
    expect(sunday.information.map((i) => i.ruleId)).toEqual(["FR-SMS-HOURS"]);

    const stop = countryPack("FR").rules.find((r) => r.id === "FR-SMS-ID-OPTOUT")!;
    const cited = `${stop.source.instrument} ${stop.source.article}`;
    expect(cited).toContain("L34-5");
    expect(cited).toMatch(/RGPD|GDPR/);
    expect(cited).toMatch(/art\. 21/);
    expect(cited).not.toMatch(/CNIL|DGCCRF/);

    const everyRule: Rule[] = Object.values(COUNTRY_PACKS).flatMap((pack) => [...pack.rules, ...pack.charters]);
    for (const rule of everyRule) expect(JSON.stringify([rule.source, rule.inLaw]), rule.id).not.toMatch(/1\/PER\/M\.KOMINFO|1\/2009/);
    expect(ID.gaps.find((g) => g.id === "ID-KOMINFO-OPTOUT")).toMatchObject({ confidence: "U", channels: ["sms"] });
  });

  it("finding 8: each rule goes to the body that enforces it, and each route counts only those", () => {
    const enforcedBy = Object.fromEntries(Object.values(COUNTRY_PACKS).flatMap((pack) => pack.rules.map((r) => [r.id, r.enforcedBy])));
    for (const rule of ID.rules) expect(enforcedBy[rule.id], rule.id).toEqual(rule.id.startsWith("ID-OJK-") ? ["ID-OJK-VIOLATION"] : []);
    expect(enforcedBy["ID-PDP-WITHDRAW"]).not.toContain("ID-OJK-VIOLATION");
    expect(enforcedBy["FR-CALL-HOURS"]).toEqual(["FR-SIGNALCONSO"]);
    expect(enforcedBy["FR-SMS-CONSENT"]).toEqual(["FR-CNIL"]);
    expect(enforcedBy["ES-CALL-HOURS"]).toEqual(["ES-IGCC"]);
    expect(enforcedBy["ES-CALL-CONSENT"]).toEqual(["ES-AEPD"]);
    expect(enforcedBy["ES-SMS-CONSENT"]).toEqual(["ES-AEPD"]);

    // Indonesia: Art 39(1) and UU PDP broken; OJK counts one.
    const id = evaluate(ID, {
      financial: true,
      answers: { licensed: "yes" },
      optOutAt: wib("2026-11-01T10:00"),
      incidents: [incident("s", "2026-11-23T10:00", JAKARTA)],
    });
    expect(ruleIds(id).sort()).toEqual(["ID-OJK-CONSENT", "ID-PDP-WITHDRAW"]);
    const idCounts = (violations: Violation[]) =>
      Object.fromEntries(
        routesFor({ violations, answers: { licensed: "yes", customer: null, lossRupiah: null } }).map((r) => [r.regulator.id, r.violationCount]),
      );
    expect(idCounts(id.violations)).toMatchObject({ "ID-OJK-VIOLATION": 1, "ID-KOMDIGI-ADUANNOMOR": 0, "ID-YLKI": 0 });

    // France: a Saturday call (D223-9) and an SMS without consent (L34-5).
    const fr = evaluate(countryPack("FR"), {
      incidents: [incident("c", "2026-11-28T11:00", PARIS, { channel: "call" }), incident("s", "2026-11-23T11:00", PARIS)],
    });
    const frCounts = Object.fromEntries(
      recommendRoutes({
        pack: countryPack("FR"),
        financial: false,
        categories: ["shop_promo"],
        violations: fr.violations,
        state: "new",
        deadlines: [],
        answers: { licensed: null, customer: null, lossRupiah: null },
        profile: fullProfile,
      }).map((r) => [r.regulator.id, r.violationCount]),
    );
    expect(frCounts).toEqual({ "FR-33700": 0, "FR-BLOCTEL": 0, "FR-CNIL": 1, "FR-SIGNALCONSO": 1 });

    // Spain: a Saturday call without consent: 96.2 to IGCC, LGTel to the AEPD.
    const es = evaluate(countryPack("ES"), { incidents: [incident("c", "2026-11-28T11:00", MADRID, { channel: "call" })] });
    const esCounts = Object.fromEntries(
      recommendRoutes({
        pack: countryPack("ES"),
        financial: false,
        categories: ["shop_promo"],
        violations: es.violations,
        state: "new",
        deadlines: [],
        answers: { licensed: null, customer: null, lossRupiah: null },
        profile: fullProfile,
      }).map((r) => [r.regulator.id, r.violationCount]),
    );
    expect(esCounts).toEqual({ "ES-AEPD": 1, "ES-IGCC": 1 });
  });

  it("finding 9: debt collection has its own rules: Mon–Sat 08:00–20:00 with 20:00 allowed, no Sundays or national holidays, no third parties, no threats; an unlicensed collector goes to Satgas PASTI", () => {
    const debt = (id: string, wallClock: string, more: Parameters<typeof incident>[3] = {}) =>
      incident(id, wallClock, JAKARTA, { category: "debt_collection", channel: "call", ...more });
    const contacts = [
      debt("mon-2000", "2026-11-23T20:00", { collectionTarget: "me_debtor", threatened: "no" }),
      debt("mon-2001", "2026-11-23T20:01", { collectionTarget: "me_debtor", threatened: "no" }),
      debt("sat-1900", "2026-11-28T19:00", { collectionTarget: "me_debtor", threatened: "no" }),
      debt("sun-1000", "2026-11-29T10:00", { collectionTarget: "my_contacts", threatened: "no" }),
      debt("holiday", "2026-08-17T10:00", { collectionTarget: "me_debtor", threatened: "yes" }),
    ];
    const licensed = evaluate(ID, { financial: true, answers: { licensed: "yes" }, incidents: contacts });
    expectClaim(
      licensed,
      "ID-OJK-COLLECT-HOURS",
      broke({ doubts: ["holidayList"], incidentIds: ["holiday", "mon-2001", "sun-1000"], uncertainIds: ["holiday"] }),
      [],
    );
    expectClaim(licensed, "ID-OJK-COLLECT-THIRD-PARTY", broke({ incidentIds: ["sun-1000"] }), []);
    expectClaim(licensed, "ID-OJK-COLLECT-THREAT", broke({ incidentIds: ["holiday"] }), []);
    // Marketing rules never see a collector's contacts.
    expect(ruleIds(licensed).sort()).toEqual(["ID-OJK-COLLECT-HOURS", "ID-OJK-COLLECT-THIRD-PARTY", "ID-OJK-COLLECT-THREAT"]);

    const unlicensed = evaluate(ID, { financial: true, answers: { licensed: "no" }, incidents: contacts });
    expect(unlicensed.violations).toEqual([]);
    expect(unlicensed.notLicensed.sort()).toEqual(["ID-OJK-COLLECT-HOURS", "ID-OJK-COLLECT-THIRD-PARTY", "ID-OJK-COLLECT-THREAT"]);
    const routes = routesFor({
      categories: ["debt_collection"],
      violations: unlicensed.violations,
      answers: { licensed: "no", customer: null, lossRupiah: null },
    });
    expect(routes[0]?.regulator.id).toBe("ID-SATGAS-PASTI");
    expect(routeIds(routes)).not.toContain("ID-OJK-VIOLATION");
  });

  it("finding 10: what is not checked is said, per country", () => {
    const gapsOf = (country: string, channel: "sms" | "call", more: { financial?: boolean; region?: string | null } = {}) =>
      evaluate(countryPack(country), { ...more, incidents: [incident("c", utc("2026-11-23T10:00Z"), "UTC", { channel })] }).gaps.map((g) => g.id);
    // France: Bloctel and the 2026 opt-in are gaps; the 60-day rule after a refusal is a rule.
    expect(gapsOf("FR", "call")).toEqual(expect.arrayContaining(["FR-BLOCTEL", "FR-OPTIN-2026"]));
    expect(countryPack("FR").rules.map((r) => r.id)).toContain("FR-CALL-REFUSAL");
    // UK: reg 21(1)(a) is a rule, reg 19 a gap.
    expect(countryPack("GB").rules.find((r) => r.id === "UK-CALL-OBJECTION")?.source.article).toBe("reg. 21(1)(a)");
    expect(gapsOf("GB", "call")).toContain("UK-CALL-AUTO");
    // US: 227(b).
    expect(gapsOf("US", "sms")).toContain("US-ROBO");
    // Spain: opt-out and Robinson always; regional holidays only while the region is unset.
    expect(gapsOf("ES", "call")).toEqual(expect.arrayContaining(["ES-OPTOUT-ROBINSON", "ES-REGIONAL-HOLIDAYS"]));
    expect(gapsOf("ES", "call", { region: "GA" })).not.toContain("ES-REGIONAL-HOLIDAYS");
    // Israel: automated calls, the registry, the 30A(c) exception, the small-claims ceiling.
    expect(gapsOf("IL", "call")).toEqual(expect.arrayContaining(["IL-AUTO", "IL-DNC", "IL-30A-EXCEPTION", "IL-SMALL-CLAIMS-CEILING"]));
  });
});
