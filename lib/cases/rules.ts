import type { Case, Exchange, Incident } from "@/db/schema";
import { isFinancialCase } from "./progress";
import { countryPack } from "../countries";
import { calendarFor } from "../holidays";
import { evaluateRules, type IncidentFact, type RuleInput, type RuleReport } from "../rules-engine";

export function toIncidentFact(incident: Incident): IncidentFact {
  return {
    id: incident.id,
    channel: incident.channel,
    category: incident.category,
    occurredAt: incident.occurredAt,
    timeZone: incident.timeZone,
    consent: incident.consent,
    companyNamed: incident.companyNamed,
    sourceGiven: incident.sourceGiven,
    collectionTarget: incident.collectionTarget,
    threatened: incident.threatened,
  };
}

type RuleCase = Pick<Case, "country" | "optOutAt"> & Partial<Pick<Case, "licensed" | "customer" | "numberSource">>;
type RuleContext = {
  /** The case's exchanges: a stop said on a phone call is a refusal during a call. */
  exchanges?: readonly Pick<Exchange, "channel" | "direction" | "isStopRequest" | "occurredAt">[];
  /** The user's region, for its own holidays where the country has them. */
  region?: string | null;
};

/** The answers the rules read; what the case does not say is null. */
export function caseAnswers(userCase: RuleCase): RuleInput["answers"] {
  return { licensed: userCase.licensed ?? null, customer: userCase.customer ?? null, numberSource: userCase.numberSource ?? null };
}

/** When the user refused during a call: a call logged with "told them on the phone", or a stop they said in a phone exchange. */
export function phoneRefusals(incidents: readonly Incident[], exchanges: NonNullable<RuleContext["exchanges"]>): Date[] {
  return [
    ...incidents.flatMap((i) => (i.channel === "call" && i.stopRequest === "told_on_phone" && i.stopRequestedAt ? [i.stopRequestedAt] : [])),
    ...exchanges.flatMap((e) => (e.channel === "phone_call" && e.direction === "outgoing" && e.isStopRequest ? [e.occurredAt] : [])),
  ];
}

/** The rules of the case's country, checked against everything logged on it and what the user said about the case. */
export function rulesForCase(userCase: RuleCase, incidents: readonly Incident[], context: RuleContext = {}): RuleReport {
  const pack = countryPack(userCase.country);
  return evaluateRules({
    pack,
    calendar: calendarFor(pack.holidays, context.region),
    incidents: incidents.map(toIncidentFact),
    optOutAt: userCase.optOutAt,
    phoneRefusals: phoneRefusals(incidents, context.exchanges ?? []),
    financial: isFinancialCase(incidents.map((incident) => incident.category)),
    answers: caseAnswers(userCase),
  });
}

/** For the timeline's marks: which rules each incident breaks. */
export function violationsByIncident(report: RuleReport): Map<string, { ruleId: string; title: RuleReport["violations"][number]["title"] }[]> {
  const byIncident = new Map<string, { ruleId: string; title: RuleReport["violations"][number]["title"] }[]>();
  for (const violation of report.violations) {
    for (const id of violation.incidentIds) {
      const list = byIncident.get(id);
      const mark = { ruleId: violation.ruleId, title: violation.title };
      if (list) list.push(mark);
      else byIncident.set(id, [mark]);
    }
  }
  return byIncident;
}
