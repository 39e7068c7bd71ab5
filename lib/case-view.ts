import "server-only";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { Case, User } from "@/db/schema";
import { progressForCase } from "./case-overview";
import { isFinancialCase } from "./case-progress";
import { rulesForCase } from "./case-rules";
import { countryPack } from "./countries";
import { recommendRoutes } from "./recommendations";

/**
 * What a case's rules and routes rest on, computed the same way for the case page (its overview)
 * and for the pages that show them in full (/cases/[caseId]/rules and /routes).
 */
export function caseFindings(userCase: Case, user: User) {
  const incidents = listIncidentsForCase(userCase.id);
  const exchanges = listExchangesForCase(userCase.id);
  const categories = incidents.map((incident) => incident.category);
  const progress = progressForCase(userCase, categories, exchanges, user);
  const rules = rulesForCase(userCase, incidents, { exchanges, region: user.region });
  const pack = countryPack(userCase.country);
  const recommendations = recommendRoutes({
    pack,
    financial: isFinancialCase(categories),
    categories,
    violations: rules.violations,
    state: progress.state,
    deadlines: progress.deadlines,
    answers: { licensed: userCase.licensed, customer: userCase.customer, lossRupiah: userCase.lossRupiah },
    profile: { legalName: !!user.legalName, idNumber: !!user.idNumber, postalAddress: !!user.postalAddress },
  });
  return { incidents, exchanges, categories, progress, rules, pack, recommendations };
}
