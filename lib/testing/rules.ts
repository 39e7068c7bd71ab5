/**
 * Builders shared by the per-country rule tables (lib/countries/*.test.ts) and the regression
 * tests. Expected values are always written out in the tests; nothing here computes one.
 */
import { DateTime } from "luxon";
import { expect } from "vitest";
import { NO_CASE_ANSWERS, type CaseAnswers, type Category, type Channel, type Consent } from "@/lib/domain";
import { calendarFor, type Calendar } from "@/lib/holidays";
import { evaluateRules, type Doubt, type IncidentFact, type RuleReport, type Violation } from "@/lib/rules-engine";
import type { CountryPack } from "@/lib/countries/types";

export const JAKARTA = "Asia/Jakarta";
export const MAKASSAR = "Asia/Makassar";
export const JAYAPURA = "Asia/Jayapura";
export const PARIS = "Europe/Paris";
export const LONDON = "Europe/London";
export const NEW_YORK = "America/New_York";
export const LOS_ANGELES = "America/Los_Angeles";
export const JERUSALEM = "Asia/Jerusalem";
export const MADRID = "Europe/Madrid";
export const CANARY = "Atlantic/Canary";

/** An instant given as a wall-clock time in a zone ("2026-11-23T10:00"). Avoid for DST gaps and overlaps: use `utc`. */
export const local = (wallClock: string, zone: string): Date => {
  const time = DateTime.fromISO(wallClock, { zone });
  if (!time.isValid) throw new Error(`Invalid time ${wallClock} in ${zone}`);
  return time.toJSDate();
};

/** An exact instant, written with its offset ("2026-03-30T08:30Z", "2026-10-25T01:30+01:00"). */
export const utc = (instant: string): Date => {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid instant ${instant}`);
  return date;
};

export type IncidentDefaults = { channel?: Channel; category?: Category; consent?: Consent };

/**
 * One contact. `when` is either a Date or a wall-clock time in `zone`. The defaults (an SMS, a
 * loan offer, the user never agreed, no answers to the optional questions) are overridden per row.
 */
export function incident(id: string, when: string | Date, zone: string, more: Partial<IncidentFact> = {}): IncidentFact {
  return {
    id,
    channel: "sms",
    category: "loan",
    occurredAt: typeof when === "string" ? local(when, zone) : when,
    timeZone: zone,
    consent: "never",
    companyNamed: null,
    sourceGiven: null,
    collectionTarget: null,
    threatened: null,
    ...more,
  };
}

/** What a case brings to the engine besides its country's pack. */
export type CaseInput = {
  incidents: readonly IncidentFact[];
  optOutAt?: Date | null;
  phoneRefusals?: readonly Date[];
  financial?: boolean;
  answers?: Partial<CaseAnswers>;
  /** The user's region (date-holidays code), for countries with regional holidays. */
  region?: string | null;
  /** A calendar of its own (a test pack's holidays); otherwise the pack's, with `region`. */
  calendar?: Calendar;
};

export function evaluate(pack: CountryPack, input: CaseInput): RuleReport {
  return evaluateRules({
    pack,
    calendar: input.calendar ?? calendarFor(pack.holidays, input.region ?? null),
    incidents: input.incidents,
    optOutAt: input.optOutAt ?? null,
    phoneRefusals: input.phoneRefusals ?? [],
    financial: input.financial ?? false,
    answers: { ...NO_CASE_ANSWERS, ...input.answers },
  });
}

export const violationOf = (report: RuleReport, ruleId: string): Violation | undefined => report.violations.find((v) => v.ruleId === ruleId);
export const ruleIds = (report: RuleReport) => report.violations.map((v) => v.ruleId);
export const doubtKinds = (doubts: readonly Doubt[]) => doubts.map((d) => d.kind).sort();

/** What a row expects of one rule: not claimed (null), or claimed with this strength and these doubts. */
export type Claim = null | {
  strength: Violation["strength"];
  /** Doubt kinds, in any order. */
  doubts?: Doubt["kind"][];
  /** The contacts it is about (default: every contact of the row). */
  incidentIds?: string[];
  /** Those resting on an unsure fact (default: none). */
  uncertainIds?: string[];
};

/** Asserts one rule's conclusion on a report: absent, or present with exactly these contacts, strength and doubts. */
export function expectClaim(report: RuleReport, ruleId: string, claim: Claim, allIds: readonly string[]): void {
  const violation = violationOf(report, ruleId);
  if (claim === null) {
    expect(violation, `${ruleId} should not be claimed`).toBeUndefined();
    return;
  }
  expect(violation, `${ruleId} should be claimed`).toBeDefined();
  expect({
    strength: violation!.strength,
    incidentIds: violation!.incidentIds,
    uncertainIds: violation!.uncertainIds,
    doubts: doubtKinds(violation!.doubts),
  }).toEqual({
    strength: claim.strength,
    incidentIds: claim.incidentIds ?? [...allIds],
    uncertainIds: claim.uncertainIds ?? [],
    doubts: [...(claim.doubts ?? [])].sort(),
  });
}

export const broke = (more: Omit<NonNullable<Claim>, "strength"> = {}): Claim => ({ strength: "broke", ...more });
export const mayHave = (doubts: Doubt["kind"][], more: Omit<NonNullable<Claim>, "strength" | "doubts"> = {}): Claim => ({
  strength: "mayHave",
  doubts,
  ...more,
});
