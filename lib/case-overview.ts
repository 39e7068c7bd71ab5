import "server-only";
import { getDb } from "@/db";
import { findComplaint, listDataLettersSentForUser } from "@/db/queries/complaints";
import { findCaseForUser, listExchangeFactsForUser, updateCase, type CaseSummary } from "@/db/queries/cases";
import type { Case } from "@/db/schema";
import { caseState, complaintDeadlines, runaround, type Deadline, type ExchangeFact, type Runaround } from "./case-progress";
import { countryPack } from "./countries";
import { syncPublicCase } from "./public/sharing";
import type { CaseState, CaseStatus, Category, Country } from "./domain";

export type CaseProgress = {
  state: CaseState;
  waitingSince: Date | null;
  deadlines: Deadline[];
  overdue: boolean;
  runaround: Runaround;
};

/** Status, deadlines and runaround of one case, counted in the recipient's zone. */
export function caseProgress(
  userCase: Pick<Case, "status" | "country">,
  categories: readonly Category[],
  exchanges: readonly ExchangeFact[],
  timeZone: string,
  now = new Date(),
  dataRequestSentAt: Date | null = null,
): CaseProgress {
  const facts = { status: userCase.status, categories, timeZone, exchanges, dataRequestSentAt };
  const deadlines = complaintDeadlines(facts, countryPack(userCase.country), now);
  return { ...caseState(facts), deadlines, overdue: deadlines.some((d) => d.overdue), runaround: runaround(exchanges, now) };
}

/** One case's progress; the caller passes the categories of its incidents (it has them already). */
export function progressForCase(
  userCase: Case,
  categories: readonly Category[],
  exchanges: readonly ExchangeFact[],
  timeZone: string,
  now = new Date(),
): CaseProgress {
  return caseProgress(userCase, categories, exchanges, timeZone, now, findComplaint(userCase.id, "sender_data")?.filedAt ?? null);
}

export type CaseWithProgress = CaseSummary & { progress: CaseProgress };

/** "My cases" with each case's status and deadlines, from two more queries for all cases at once. */
export function withProgress(userId: string, summaries: CaseSummary[], timeZone: string, now = new Date()): CaseWithProgress[] {
  const exchangesByCase = listExchangeFactsForUser(getDb(), userId);
  const lettersSent = listDataLettersSentForUser(userId);
  return summaries.map((summary) =>
    Object.assign(summary, {
      progress: caseProgress(summary, summary.categories, exchangesByCase.get(summary.id) ?? [], timeZone, now, lettersSent.get(summary.id) ?? null),
    }),
  );
}

/** Sets the user's own word on a case, or the country whose rules apply; false when not theirs. */
export function changeCaseSetting(userId: string, caseId: string, setting: { status: CaseStatus } | { country: Country }): boolean {
  if (!findCaseForUser(userId, caseId)) return false;
  getDb().transaction((tx) => {
    updateCase(tx, caseId, setting);
    // Another country checks other rules; a resolved case counts as resolved on its sender's page.
    syncPublicCase(tx, caseId);
  });
  return true;
}
