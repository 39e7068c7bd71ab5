import type { Case, Incident } from "@/db/schema";
import { isFinancialCase } from "./case-progress";
import { countryPack } from "./countries";
import { evaluateRules, type IncidentFact, type RuleReport } from "./rules-engine";

export function toIncidentFact(incident: Incident): IncidentFact {
  return {
    id: incident.id,
    channel: incident.channel,
    occurredAt: incident.occurredAt,
    timeZone: incident.timeZone,
    consent: incident.consent,
    companyNamed: incident.companyNamed,
    sourceGiven: incident.sourceGiven,
  };
}

/** The rules of the case's country, checked against everything logged on it. */
export function rulesForCase(userCase: Pick<Case, "country" | "optOutAt">, incidents: readonly Incident[]): RuleReport {
  return evaluateRules({
    pack: countryPack(userCase.country),
    incidents: incidents.map(toIncidentFact),
    optOutAt: userCase.optOutAt,
    financial: isFinancialCase(incidents.map((incident) => incident.category)),
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
