import { DateTime } from "luxon";
import type { CaseAnswers, Category, Channel, CollectionTarget, Consent } from "./domain";
import { COLLECTION_CATEGORY } from "./domain";
import type { Bilingual, Confidence, CountryPack, LegalSource, Rule, RuleCheck, RuleGap, Window } from "./countries/types";
import { dayOffOn, type Calendar } from "./holidays";
import { addWorkingDays, dayNumber, localDate } from "./cases/working-days";

/** One incident as the rules see it, in the recipient's zone. */
export type IncidentFact = {
  id: string;
  channel: Channel;
  category: Category;
  occurredAt: Date;
  timeZone: string;
  consent: Consent;
  companyNamed: "yes" | "no" | null;
  sourceGiven: "yes" | "no" | null;
  collectionTarget: CollectionTarget | null;
  threatened: "yes" | "no" | null;
};

export type RuleInput = {
  pack: CountryPack;
  /** The recipient's days off: the pack's, with their region's where they set one. */
  calendar: Calendar;
  incidents: readonly IncidentFact[];
  /** The earliest time the user asked the sender to stop. */
  optOutAt: Date | null;
  /** When the user refused during a call (a call logged with "told them on the phone", or a stop said in a phone exchange). */
  phoneRefusals: readonly Date[];
  financial: boolean;
  /** What the user said about the case; null when not asked or not answered yet. */
  answers: Pick<CaseAnswers, "licensed" | "customer" | "numberSource">;
};

/** Why a conclusion is "may have broken" rather than "broke": each says what would make it stronger. */
export type Doubt =
  /** The rule's source is graded below H. */
  | { kind: "grade" }
  /** The user was not sure whether they agreed to some of the contacts. */
  | { kind: "consent" }
  /** It is not known whether the sender is an OJK-licensed firm. */
  | { kind: "licence" }
  /** It is not known whether the firm got the number from someone else. */
  | { kind: "numberSource" }
  /** A contact was on a holiday from an official list graded below H. */
  | { kind: "holidayList"; source: LegalSource; confidence: Confidence }
  /** A contact was on a holiday of a year whose official list Spamtrail does not hold (date-holidays' dates). */
  | { kind: "holidayUnconfirmed"; years: number[] };

/**
 * A rule a never-consented contact would also have broken had there been consent: said beside the
 * consent breach. `uncertainIds`: those resting on an unsure fact (number source unknown, a holiday
 * from a list graded below H), to be said as "may", as in a violation.
 */
export type AggravatingFact = { ruleId: string; title: Bilingual; inLaw: Rule["inLaw"]; source: LegalSource; incidentIds: string[]; uncertainIds: string[] };

export type Violation = {
  ruleId: string;
  title: Bilingual;
  explanation: Bilingual;
  inLaw: Rule["inLaw"];
  enforcedBy: readonly string[];
  /** In time order: every contact concerned. */
  incidentIds: string[];
  /** Those among them that rest on a fact the user was unsure of, or on an unconfirmed holiday. */
  uncertainIds: string[];
  source: LegalSource;
  confidence: Confidence;
  /** "broke": a primary text (H) and complete facts for at least one contact; otherwise "may have broken". */
  strength: "broke" | "mayHave";
  doubts: Doubt[];
  aggravating: AggravatingFact[];
};

/** A rule that applies here but lacks a fact to be checked, with what the user could add. */
export type Unchecked = { ruleId: string; title: Bilingual; missing: "optOutTime" | "companyNamed" | "sourceGiven" | "collectionTarget" | "threatened" };

export type RuleReport = {
  violations: Violation[];
  /** What an operators' charter (not law) says of the contacts: information only. */
  information: Violation[];
  unchecked: Unchecked[];
  /** Rules left out because the sender is not a financial firm (OJK rules). */
  notFinancial: string[];
  /** Rules left out because the user said the sender is not an OJK-licensed firm. */
  notLicensed: string[];
  gaps: RuleGap[];
};

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a local moment falls inside a window: both ends included, to the minute. */
function inWindow(local: DateTime, window: Window): boolean {
  const minute = local.hour * 60 + local.minute;
  return window.days.includes(local.weekday) && minute >= minutesOf(window.from) && minute <= minutesOf(window.to);
}

/** An incident the check found, with the doubts it rests on (none: the user's facts are complete). */
type Hit = { incident: IncidentFact; doubts: Doubt[] };
type CheckResult = { hits: Hit[]; missing?: Unchecked["missing"] };

const certain = (incident: IncidentFact): Hit => ({ incident, doubts: [] });
const CONSENT_DOUBT: Doubt = { kind: "consent" };

/** Whether the user's agreement takes a contact out of a rule: agreed → out; not sure → in, in doubt. */
function consentHit(incident: IncidentFact): Hit | null {
  if (incident.consent === "agreed") return null;
  return incident.consent === "unsure" ? { incident, doubts: [CONSENT_DOUBT] } : certain(incident);
}

function holidayDoubts(local: DateTime, calendar: Calendar): Doubt[] | null {
  const off = dayOffOn(calendar, local.toISODate() ?? "");
  if (off?.kind !== "national") return null;
  if (!off.year.confirmed) return [{ kind: "holidayUnconfirmed", years: [off.year.year] }];
  const official = off.year.official;
  return official && official.confidence !== "H" ? [{ kind: "holidayList", source: official.source, confidence: official.confidence }] : [];
}

function runCheck(check: RuleCheck, incidents: IncidentFact[], input: RuleInput): CheckResult {
  switch (check.kind) {
    case "hours":
      return {
        hits: incidents.flatMap((incident) => {
          const hit = check.unlessConsented ? consentHit(incident) : certain(incident);
          if (!hit) return [];
          const local = DateTime.fromJSDate(incident.occurredAt, { zone: incident.timeZone });
          if (!check.windows.some((window) => inWindow(local, window))) return [hit];
          const holiday = check.holidaysExcluded ? holidayDoubts(local, input.calendar) : null;
          return holiday ? [{ incident, doubts: [...hit.doubts, ...holiday] }] : [];
        }),
      };
    case "consent":
      return { hits: incidents.flatMap((incident) => consentHit(incident) ?? []) };
    case "afterOptOut": {
      if (!input.optOutAt) return { hits: [], missing: "optOutTime" };
      const optOut = input.optOutAt;
      const until =
        "hours" in check.grace
          ? new Date(optOut.getTime() + check.grace.hours * 3_600_000)
          : addWorkingDays(optOut, check.grace.workingDays, incidents[0]?.timeZone ?? "UTC", input.calendar).dueEnd;
      return { hits: incidents.filter((incident) => incident.occurredAt > until).map(certain) };
    }
    case "frequency": {
      // Each contact beyond the limit within the `calendarDays` local dates ending on its own
      // (incidents are in time order, so a sliding start keeps this linear).
      const days = incidents.map((incident) => dayNumber(localDate(incident.occurredAt, incident.timeZone)));
      const hits: Hit[] = [];
      let start = 0;
      incidents.forEach((incident, i) => {
        while (days[i]! - days[start]! >= check.calendarDays) start++;
        if (i - start + 1 > check.max) hits.push(certain(incident));
      });
      return { hits };
    }
    case "afterPhoneRefusal":
      return {
        hits: incidents
          .filter((incident) => {
            const day = dayNumber(localDate(incident.occurredAt, incident.timeZone));
            return input.phoneRefusals.some(
              (refusal) => refusal < incident.occurredAt && day - dayNumber(localDate(refusal, incident.timeZone)) < check.calendarDays,
            );
          })
          .map(certain),
      };
    case "question":
      return {
        hits: incidents.filter((incident) => incident[check.question] === "no").map(certain),
        missing: incidents.some((incident) => incident[check.question] === null) ? check.question : undefined,
      };
    case "sourceNotGiven": {
      const source = input.answers.numberSource;
      return {
        hits:
          source === "me"
            ? []
            : incidents
                .filter((i) => i.sourceGiven === "no")
                .map((incident) => ({ incident, doubts: source === "third_party" ? [] : [{ kind: "numberSource" }] })),
        // The user gave the number themselves: the duty never arises, so nothing is missing.
        missing: source !== "me" && incidents.some((incident) => incident.sourceGiven === null) ? "sourceGiven" : undefined,
      };
    }
    case "collectionThirdParty":
      return {
        hits: incidents.filter((i) => i.collectionTarget === "me_not_debtor" || i.collectionTarget === "my_contacts").map(certain),
        missing: incidents.some((incident) => incident.collectionTarget === null) ? "collectionTarget" : undefined,
      };
    case "collectionThreat":
      return {
        hits: incidents.filter((incident) => incident.threatened === "yes").map(certain),
        missing: incidents.some((incident) => incident.threatened === null) ? "threatened" : undefined,
      };
  }
}

/** Doubts merged by kind (holiday years joined), in a stable order. */
function mergeDoubts(doubts: readonly Doubt[]): Doubt[] {
  const merged: Doubt[] = [];
  for (const doubt of doubts) {
    const same = merged.findIndex((d) => d.kind === doubt.kind);
    if (same < 0) merged.push(doubt.kind === "holidayUnconfirmed" ? { ...doubt, years: [...doubt.years] } : doubt);
    else if (doubt.kind === "holidayUnconfirmed") {
      const years = (merged[same] as Extract<Doubt, { kind: "holidayUnconfirmed" }>).years;
      for (const year of doubt.years) if (!years.includes(year)) years.push(year);
    }
  }
  return merged;
}

function toViolation(rule: Rule, hits: readonly Hit[], caseDoubts: readonly Doubt[]): Violation {
  const uncertainIds = hits.filter((hit) => hit.doubts.length > 0).map((hit) => hit.incident.id);
  const doubts = mergeDoubts([...caseDoubts, ...hits.flatMap((hit) => hit.doubts)]);
  return {
    ruleId: rule.id,
    title: rule.title,
    explanation: rule.explanation,
    inLaw: rule.inLaw,
    enforcedBy: rule.enforcedBy,
    incidentIds: hits.map((hit) => hit.incident.id),
    uncertainIds,
    source: rule.source,
    confidence: rule.confidence,
    strength: caseDoubts.length === 0 && uncertainIds.length < hits.length ? "broke" : "mayHave",
    doubts,
    aggravating: [],
  };
}

const about = (rule: Rule, incident: IncidentFact) =>
  rule.channels.includes(incident.channel) && (rule.purpose === "collection") === (incident.category === COLLECTION_CATEGORY);

/**
 * Which rules of the recipient's country the sender broke, with the incidents that show it and
 * how strong each conclusion is. Pure and deterministic: no clock, no database; the zone of each
 * incident is the recipient's.
 */
export function evaluateRules(input: RuleInput): RuleReport {
  const sorted = [...input.incidents].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const report: RuleReport = { violations: [], information: [], unchecked: [], notFinancial: [], notLicensed: [], gaps: gapsFor(input, sorted) };
  const aggravating = new Map<string, AggravatingFact[]>();
  for (const rule of input.pack.rules) {
    let incidents = sorted.filter((incident) => about(rule, incident));
    if (incidents.length === 0) continue;
    if (rule.sectors === "financial" && !input.financial) {
      report.notFinancial.push(rule.id);
      continue;
    }
    if (rule.sectors === "financial" && input.answers.licensed === "no") {
      report.notLicensed.push(rule.id);
      continue;
    }
    const caseDoubts: Doubt[] = [];
    if (rule.confidence !== "H") caseDoubts.push({ kind: "grade" });
    if (rule.sectors === "financial" && input.answers.licensed !== "yes") caseDoubts.push({ kind: "licence" });
    let hits: Hit[];
    let missing: Unchecked["missing"] | undefined;
    if (rule.afterConsentOf) {
      // Art 39(4): the duties of an offer made after consent. A never-consented offer breaks
      // the consent rule; what this rule would add is said there.
      const never = runCheck(
        rule.check,
        incidents.filter((incident) => incident.consent === "never"),
        input,
      ).hits;
      if (never.length > 0) {
        const list = aggravating.get(rule.afterConsentOf) ?? [];
        list.push({
          ruleId: rule.id,
          title: rule.title,
          inLaw: rule.inLaw,
          source: rule.source,
          incidentIds: never.map((hit) => hit.incident.id),
          uncertainIds: never.filter((hit) => hit.doubts.length > 0).map((hit) => hit.incident.id),
        });
        aggravating.set(rule.afterConsentOf, list);
      }
      incidents = incidents.filter((incident) => incident.consent !== "never");
      // Only never-consented contacts: the rule governs none of them, so no fact is missing for it.
      if (incidents.length === 0) continue;
      ({ hits, missing } = runCheck(rule.check, incidents, input));
      hits = hits.map((hit) => (hit.incident.consent === "unsure" ? { ...hit, doubts: [CONSENT_DOUBT, ...hit.doubts] } : hit));
    } else {
      ({ hits, missing } = runCheck(rule.check, incidents, input));
    }
    if (hits.length > 0) report.violations.push(toViolation(rule, hits, caseDoubts));
    else if (missing) report.unchecked.push({ ruleId: rule.id, title: rule.title, missing });
  }
  for (const violation of report.violations) violation.aggravating = aggravating.get(violation.ruleId) ?? [];
  for (const charter of input.pack.charters) {
    const incidents = sorted.filter((incident) => about(charter, incident));
    const { hits } = incidents.length > 0 ? runCheck(charter.check, incidents, input) : { hits: [] };
    if (hits.length > 0) report.information.push(toViolation(charter, hits, [{ kind: "grade" }]));
  }
  return report;
}

function gapsFor(input: RuleInput, incidents: readonly IncidentFact[]): RuleGap[] {
  return input.pack.gaps.filter(
    (gap) =>
      // An unlicensed sender is outside OJK's rules just as a shop is.
      (gap.onlyWhen !== "notFinancial" || !input.financial || input.answers.licensed === "no") &&
      (gap.onlyWhen !== "regionUnset" || input.calendar.region === null) &&
      (!gap.channels || incidents.some((incident) => gap.channels!.includes(incident.channel))),
  );
}

/**
 * The contacts a violation shows without doubt about the reporter's facts: what a public page may
 * count. Whether the sender is licensed is a fact about the sender, said on its public page with
 * every OJK rule; the grade is said there too.
 */
export function confirmedIncidentIds(violation: Violation): string[] {
  return violation.incidentIds.filter((id) => !violation.uncertainIds.includes(id));
}
