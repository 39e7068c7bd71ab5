import "server-only";
import { findMembership, listOrganisationSenderIdsIn, writeComplaintContact } from "@/db/queries/organisations";
import { senderGroup } from "@/db/queries/public";
import { writeTransaction } from "@/db";
import type { User } from "@/db/schema";
import { fail, type Failure } from "../failure";
import { expireSenderPages } from "../public/page-cache";
import type { ComplaintContactInput } from "../validations/organisation";

/** A member sets where the public complains to their organisation; its senders' pages show it at once. Undefined when saved. */
export async function setComplaintContact(user: User, input: ComplaintContactInput): Promise<Failure | undefined> {
  const organisation = await findMembership(user.id);
  if (!organisation) return fail("notYours");
  await writeTransaction(async (tx) => {
    await writeComplaintContact(organisation.id, input.contact || null);
    const identities: string[] = [];
    for (const id of await listOrganisationSenderIdsIn(tx, organisation.id)) identities.push(...(await senderGroup(tx, id)).map((sender) => sender.id));
    await expireSenderPages(tx, identities);
  });
}
