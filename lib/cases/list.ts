import "server-only";
import { listCaseSummaries } from "@/db/queries/cases";
import type { User } from "@/db/schema";
import { withProgress } from "./overview";

/** "My cases" with each case's progress, and the ones overdue or with a step due, for the list on top. */
export async function loadCaseList(user: User) {
  const cases = await withProgress(user.id, await listCaseSummaries(user.id), user);
  return { cases, attention: cases.filter((c) => c.progress.overdue || c.progress.actionDue) };
}
