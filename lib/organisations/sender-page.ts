import "server-only";
import { getDb } from "@/db";
import { pageSenderId, senderGroup } from "@/db/queries/public";
import { findSenderStatement } from "@/db/queries/replies";
import type { User } from "@/db/schema";
import { publicReportPage } from "../public/sender-page";
import { isUuid } from "../validations/id";
import { organisationForSender } from "./replies";

/**
 * What a member of the sender's verified organisation sees to answer: the sender's public reports
 * (nothing that is not public), the organisation's replies under them (hidden ones with the
 * moderator's reason) and its current statement. Null for anyone else.
 */
export async function loadOrganisationSenderPage(user: Pick<User, "id">, senderId: string, before?: unknown) {
  if (!isUuid(senderId)) return null;
  const db = getDb();
  const organisation = await organisationForSender(db, user, senderId);
  if (!organisation) return null;
  const pageId = await pageSenderId(db, senderId);
  const identities = await senderGroup(db, pageId);
  const sender = identities.find((identity) => identity.id === pageId)!;
  return {
    organisation,
    sender,
    identities,
    statement: (await findSenderStatement(pageId)) ?? null,
    ...(await publicReportPage(
      identities.map((identity) => identity.id),
      before,
      { withHiddenReplies: true },
    )),
  };
}
