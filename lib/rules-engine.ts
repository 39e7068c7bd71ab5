import { DateTime } from "luxon";
import type { Channel, Consent } from "./domain";
import type { Bilingual, Confidence, CountryPack, LegalSource, Rule, RuleCheck, RuleGap, Window } from "./countries/types";
import { addWorkingDays, publicHolidays } from "./working-days";

/** One incident as the rules see it, in the recipient's zone. */
export type IncidentFact = {
  id: string;
  channel: Channel;
  occurredAt: Date;
  timeZone: string;
  consent: Consent;
  companyNamed: "yes" | "no" | null;
  sourceGiven: "yes" | "no" | null;
};

export type RuleInput = {
  pack: CountryPack;
  incidents: readonly IncidentFact[];
  /** The earliest time the user asked the sender to stop. */
  optOutAt: Date | null;
  financial: boolean;
};

export type Violation = {
  ruleId: string;
  title: Bilingual;
  explanation: Bilingual;
  inLaw?: Rule["inLaw"];
  /** In time order. */
  incidentIds: string[];
  source: LegalSource;
  confidence: Confidence;
  /** Graded below H: shown as "may apply". */
  mayApply: boolean;
};

/** A rule that applies here but lacks a fact to be checked, with what the user could add. */
export type Unchecked = { ruleId: string; title: Bilingual; missing: "optOutTime" | "consentAnswer" | "companyNamed" | "sourceGiven" };

export type RuleReport = {
  violations: Violation[];
  unchecked: Unchecked[];
  /** Rules left out because the sender is not a financial firm (OJK rules). */
  notFinancial: string[];
  gaps: RuleGap[];
};

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Whether a local moment falls inside a window: start included, end excluded. */
function inWindow(local: DateTime, window: Window): boolean {
  const minute = local.hour * 60 + local.minute;
  return window.days.includes(local.weekday) && minute >= minutesOf(window.from) && minute < minutesOf(window.to);
}

function isHoliday(local: DateTime, pack: CountryPack): boolean {
  return publicHolidays(pack.holidayCalendar, local.year).has(local.toISODate() ?? "");
}

function fill(text: Bilingual, values: Record<string, string | number>): Bilingual {
  const apply = (template: string) => template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
  return { id: apply(text.id), en: apply(text.en) };
}

type CheckResult = { offending: IncidentFact[]; missing?: Unchecked["missing"]; values?: Record<string, string | number> };

function runCheck(check: RuleCheck, incidents: IncidentFact[], input: RuleInput): CheckResult {
  switch (check.kind) {
    case "hours":
      return {
        offending: incidents.filter((incident) => {
          if (check.unlessConsented && incident.consent === "agreed") return false;
          const local = DateTime.fromJSDate(incident.occurredAt, { zone: incident.timeZone });
          if (check.holidaysExcluded && isHoliday(local, input.pack)) return true;
          return !check.windows.some((window) => inWindow(local, window));
        }),
      };
    case "consent":
      return {
        offending: incidents.filter((incident) => incident.consent === "never"),
        missing: incidents.some((incident) => incident.consent === "unsure") ? "consentAnswer" : undefined,
      };
    case "afterOptOut": {
      if (!input.optOutAt) return { offending: [], missing: "optOutTime" };
      const optOut = input.optOutAt;
      const until =
        "hours" in check.grace
          ? new Date(optOut.getTime() + check.grace.hours * 3_600_000)
          : addWorkingDays(optOut, check.grace.workingDays, incidents[0]?.timeZone ?? "UTC", input.pack.holidayCalendar).dueEnd;
      return { offending: incidents.filter((incident) => incident.occurredAt > until) };
    }
    case "frequency": {
      const windowMs = check.windowDays * 24 * 3_600_000;
      // Each contact that is beyond the limit within the window ending at it (incidents are in
      // time order, so a sliding start keeps this linear).
      const offending: IncidentFact[] = [];
      let start = 0;
      incidents.forEach((incident, i) => {
        while (incident.occurredAt.getTime() - incidents[start]!.occurredAt.getTime() >= windowMs) start++;
        if (i - start + 1 > check.max) offending.push(incident);
      });
      return { offending, values: { max: check.max, days: check.windowDays } };
    }
    case "question": {
      const answers = incidents.map((incident) => incident[check.question]);
      return {
        offending: incidents.filter((incident) => incident[check.question] === "no"),
        missing: answers.some((answer) => answer === null) ? check.question : undefined,
      };
    }
  }
}

/**
 * Which rules of the recipient's country the sender broke, with the incidents that show it.
 * Pure and deterministic: no clock, no database; the zone of each incident is the recipient's.
 */
export function evaluateRules(input: RuleInput): RuleReport {
  const sorted = [...input.incidents].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
  const gaps = input.pack.gaps.filter((gap) => gap.onlyWhen !== "notFinancial" || !input.financial);
  const report: RuleReport = { violations: [], unchecked: [], notFinancial: [], gaps };
  for (const rule of input.pack.rules) {
    const incidents = sorted.filter((incident) => rule.channels.includes(incident.channel));
    if (incidents.length === 0) continue;
    if (rule.sectors === "financial" && !input.financial) {
      report.notFinancial.push(rule.id);
      continue;
    }
    const result = runCheck(rule.check, incidents, input);
    if (result.offending.length > 0) report.violations.push(toViolation(rule, result));
    else if (result.missing) report.unchecked.push({ ruleId: rule.id, title: rule.title, missing: result.missing });
  }
  return report;
}

function toViolation(rule: Rule, result: CheckResult): Violation {
  return {
    ruleId: rule.id,
    title: rule.title,
    inLaw: rule.inLaw,
    explanation: fill(rule.explanation, { count: result.offending.length, ...result.values }),
    incidentIds: result.offending.map((incident) => incident.id),
    source: rule.source,
    confidence: rule.confidence,
    mayApply: rule.confidence !== "H",
  };
}
