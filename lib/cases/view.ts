import "server-only";
import { listCaseCategories } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import type { Case, User } from "@/db/schema";
import { progressForCase } from "./overview";
import { isFinancialCase } from "./progress";
import { caseQuestions } from "./questions";
import { rulesForCase } from "./rules";
import { countryPack } from "../countries";
import { findShareForCase } from "@/db/queries/public";
import { recommendRoutes } from "./recommendations";
import { findOwnCase } from "./own-case";

/**
 * What a case's rules and routes rest on, computed the same way for the case page (its overview)
 * and for the pages that show them in full (/cases/[caseId]/rules and /routes).
 */
export async function caseFindings(userCase: Case, user: User) {
  const incidents = await listIncidentsForCase(userCase.id);
  const exchanges = await listExchangesForCase(userCase.id);
  const categories = incidents.map((incident) => incident.category);
  const progress = await progressForCase(userCase, categories, exchanges, user);
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

/** The case page: its findings, files and share; null for anyone but the case's owner. */
export async function loadCasePage(user: User, caseId: string) {
  const userCase = await findOwnCase(user, caseId);
  if (!userCase) return null;
  return { userCase, ...(await caseFindings(userCase, user)), files: await listEvidenceForCase(userCase.id), share: await findShareForCase(userCase.id) };
}

/** The routes page: the case's findings; null for anyone but the case's owner. */
export async function loadCaseRoutesPage(user: User, caseId: string) {
  const userCase = await findOwnCase(user, caseId);
  return userCase ? { userCase, ...(await caseFindings(userCase, user)) } : null;
}

/** The rules page: the conclusions and the questions that refine them; null for anyone but the case's owner. */
export async function loadCaseRulesPage(user: User, caseId: string) {
  const userCase = await findOwnCase(user, caseId);
  if (!userCase) return null;
  const incidents = await listIncidentsForCase(userCase.id);
  const exchanges = await listExchangesForCase(userCase.id);
  const categories = incidents.map((incident) => incident.category);
  return {
    userCase,
    incidents,
    exchanges,
    rules: rulesForCase(userCase, incidents, { exchanges, region: user.region }),
    questions: caseQuestions(countryPack(userCase.country), categories, userCase.licensed),
  };
}

/** The case's status and deadlines (its calendar file); null for anyone but the case's owner. */
export async function loadCaseProgress(user: User, caseId: string) {
  const userCase = await findOwnCase(user, caseId);
  return userCase
    ? { userCase, progress: await progressForCase(userCase, await listCaseCategories(userCase.id), await listExchangesForCase(userCase.id), user) }
    : null;
}
