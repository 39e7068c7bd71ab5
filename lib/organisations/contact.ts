import "server-only";
import { findMembership, listOrganisationSenderIds, writeComplaintContact } from "@/db/queries/organisations";
import { senderGroup } from "@/db/queries/public";
import { getDb } from "@/db";
import type { User } from "@/db/schema";
import { fail, type Failure } from "../failure";
import { expireSenderPages } from "../public/page-cache";
import type { ComplaintContactInput } from "../validations/organisation";

/** A member sets where the public complains to their organisation; its senders' pages show it at once. Undefined when saved. */
export function setComplaintContact(user: User, input: ComplaintContactInput): Failure | undefined {
  const organisation = findMembership(user.id);
  if (!organisation) return fail("notYours");
  writeComplaintContact(organisation.id, input.contact || null);
  const db = getDb();
  expireSenderPages(
    db,
    listOrganisationSenderIds(organisation.id).flatMap((id) => senderGroup(db, id).map((sender) => sender.id)),
  );
}
