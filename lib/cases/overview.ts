import "server-only";
import { getDb, writeTransaction } from "@/db";
import { findComplaint, listFilingsForUser } from "@/db/queries/complaints";
import { findCaseForUser, listExchangeFactsForUser, updateCase, type CaseSummary } from "@/db/queries/cases";
import type { Case, User } from "@/db/schema";
import { caseState, complaintDeadlines, runaround, type Deadline, type ExchangeFact, type Runaround } from "./progress";
import { countryPack } from "../countries";
import { caseChanged } from "./changed";
import type { CaseState, CaseStatus, Category, Country } from "../domain";

export type CaseProgress = {
  state: CaseState;
  waitingSince: Date | null;
  deadlines: Deadline[];
  /** A firm's deadline passed: the case needs the user's attention (escalate). */
  overdue: boolean;
  /** The user's own window still open and surely theirs (respond in OJK's portal, ask for facilitation): the earliest. */
  actionDue: Deadline | null;
  runaround: Runaround;
};

type ProgressCase = Pick<Case, "status" | "country" | "licensed" | "customer" | "lossRupiah">;
type Recipient = Pick<User, "timeZone" | "region">;
type Filings = { dataRequestSentAt?: Date | null; disputeFiledAt?: Date | null };

/** Status, deadlines and runaround of one case, counted in the recipient's zone and with their region's holidays. */
export function caseProgress(
  userCase: ProgressCase,
  categories: readonly Category[],
  exchanges: readonly ExchangeFact[],
  recipient: Recipient,
  now = new Date(),
  filings: Filings = {},
): CaseProgress {
  const facts = {
    status: userCase.status,
    categories,
    timeZone: recipient.timeZone,
    region: recipient.region,
    exchanges,
    answers: { licensed: userCase.licensed, customer: userCase.customer, lossRupiah: userCase.lossRupiah },
    ...filings,
  };
  const deadlines = complaintDeadlines(facts, countryPack(userCase.country), now);
  const actionDue =
    deadlines
      .filter((d) => d.rule.owner === "user" && !d.settled && !d.passed && d.unconfirmed.length === 0)
      .sort((a, b) => a.dueEnd.getTime() - b.dueEnd.getTime())[0] ?? null;
  return { ...caseState(facts), deadlines, overdue: deadlines.some((d) => d.overdue), actionDue, runaround: runaround(exchanges, now) };
}

/** One case's progress; the caller passes the categories of its incidents (it has them already). */
export async function progressForCase(
  userCase: Case,
  categories: readonly Category[],
  exchanges: readonly ExchangeFact[],
  recipient: Recipient,
  now = new Date(),
): Promise<CaseProgress> {
  return caseProgress(userCase, categories, exchanges, recipient, now, {
    dataRequestSentAt: (await findComplaint(getDb(), userCase.id, "sender_data"))?.filedAt ?? null,
    disputeFiledAt: (await findComplaint(getDb(), userCase.id, "ojk_dispute"))?.filedAt ?? null,
  });
}

export type CaseWithProgress = CaseSummary & { progress: CaseProgress };

/** "My cases" with each case's status and deadlines, from two more queries for all cases at once. */
export async function withProgress(userId: string, summaries: CaseSummary[], recipient: Recipient, now = new Date()): Promise<CaseWithProgress[]> {
  const exchangesByCase = await listExchangeFactsForUser(userId);
  const filings = await listFilingsForUser(userId);
  return summaries.map((summary) =>
    Object.assign(summary, {
      progress: caseProgress(summary, summary.categories, exchangesByCase.get(summary.id) ?? [], recipient, now, filings.get(summary.id)),
    }),
  );
}

type CaseSetting = { status: CaseStatus } | { country: Country } | Pick<Case, "licensed" | "customer" | "product" | "lossRupiah" | "numberSource">;

/** Sets the user's own word on a case, the country whose rules apply, or their answers about it; false when not theirs. */
export async function changeCaseSetting(userId: string, caseId: string, setting: CaseSetting): Promise<boolean> {
  if (!(await findCaseForUser(userId, caseId))) return false;
  await writeTransaction(async (tx) => {
    await updateCase(tx, caseId, setting);
    // Another country or another answer checks other rules; a resolved case counts as resolved on its sender's page.
    await caseChanged(tx, caseId, "case");
  });
  return true;
}
