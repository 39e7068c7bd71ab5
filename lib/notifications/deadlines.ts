import "server-only";
import { writeTransaction } from "@/db";
import { listCaseSummaries } from "@/db/queries/cases";
import { listDeadlineCandidates } from "@/db/queries/notifications";
import { findUserById } from "@/db/queries/users";
import { withProgress } from "../cases/overview";
import { notify } from "./notify";

/** People looked at per run: the rest are next run's (the cursor goes round). */
export const DEADLINE_USERS_PER_RUN = 200;

/** Deadlines run out by the day: looking every quarter of an hour is soon enough, and keeps the job's minute runs light. */
export const DEADLINE_SCAN_EVERY_MS = 15 * 60_000;

let cursor = "";
let lastScan: number | undefined;

/**
 * Tells people once when a company's deadline to answer their complaint has passed, or when the
 * answer time of their letter ran out: exactly when the case page calls it overdue (under the
 * later reading of working days, with every fact it depends on confirmed, not settled), so never
 * while some reading still leaves the company time. The subject names the case, the deadline and
 * its due date: a due date moved later (an extension) is a new event.
 */
export async function notifyPassedDeadlines(now: Date, limit = DEADLINE_USERS_PER_RUN): Promise<number> {
  const sinceLast = lastScan === undefined ? Infinity : now.getTime() - lastScan;
  // A clock set back (a test's chosen "now") scans again.
  if (sinceLast >= 0 && sinceLast < DEADLINE_SCAN_EVERY_MS) return 0;
  lastScan = now.getTime();
  const userIds = await listDeadlineCandidates(cursor, limit);
  cursor = userIds.length < limit ? "" : (userIds.at(-1) ?? "");
  let added = 0;
  for (const userId of userIds) {
    const user = await findUserById(userId);
    if (!user) continue;
    for (const userCase of await withProgress(userId, await listCaseSummaries(userId), user, now)) {
      for (const deadline of userCase.progress.deadlines) {
        if (!deadline.overdue) continue;
        const kind = deadline.rule.trigger === "dataRequest" ? "letter_deadline" : "company_deadline";
        const told = await writeTransaction((tx) =>
          notify(tx, {
            userId,
            kind,
            subject: `${userCase.id}:${deadline.rule.id}:${deadline.dueDate}`,
            data: { caseId: userCase.id, sender: userCase.sender.display, deadline: deadline.rule.id, dueDate: deadline.dueDate },
          }),
        );
        if (told) added++;
      }
    }
  }
  return added;
}
