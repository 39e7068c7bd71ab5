import "server-only";
import { findCaseForUser } from "@/db/queries/cases";
import type { User } from "@/db/schema";
import { regulatorDocument } from "../domain";
import { isUuid } from "../validations/id";
import { openDocument, templatedRegulator } from "./drafts";

/** The owner's case, the body and its draft behind a body's complaint page; null (404) for anyone else or a body without a template. */
export function ownRegulatorDraft(user: User, caseId: string, regulatorId: string) {
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const regulator = userCase ? templatedRegulator(userCase.country, regulatorId) : null;
  const draft = userCase && regulator ? openDocument(regulatorDocument(regulator.id), user, userCase) : null;
  return userCase && regulator && draft ? { userCase, regulator, draft } : null;
}
