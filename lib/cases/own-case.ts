import "server-only";
import { findCaseForUser } from "@/db/queries/cases";
import type { User } from "@/db/schema";
import { isUuid } from "../validations/id";

/** The case `caseId` if it is the user's; undefined for anyone else's, a missing one or a malformed id. */
export const findOwnCase = async (user: User, caseId: string) => (isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined);
