import "server-only";
import { findLatestClaimOfUser } from "@/db/queries/claims";
import { findMembership, listOrganisationSenderIds, listSenderSummaries } from "@/db/queries/organisations";
import type { Organisation, SenderClaim, User } from "@/db/schema";

export type SenderSummary = Awaited<ReturnType<typeof listSenderSummaries>>[number];

/**
 * What /organisation shows a person: a member their organisation and its senders; anyone else
 * their newest claim (waiting, or refused with the reason) and the claim form's starting values.
 * Nothing else: an unverified claimant sees no more than before.
 */
export type OrganisationPage =
  | { kind: "member"; organisation: Organisation; senders: SenderSummary[] }
  | { kind: "claimant"; claim: (SenderClaim & { senders: SenderSummary[] }) | null; suggestedDomain: string };

export async function loadOrganisationPage(user: User): Promise<OrganisationPage> {
  const organisation = await findMembership(user.id);
  if (organisation) return { kind: "member", organisation, senders: await listSenderSummaries(await listOrganisationSenderIds(organisation.id)) };
  const claim = await findLatestClaimOfUser(user.id);
  return {
    kind: "claimant",
    claim: claim && claim.status !== "approved" ? { ...claim, senders: await listSenderSummaries(claim.senderIds) } : null,
    suggestedDomain: user.email.slice(user.email.lastIndexOf("@") + 1).toLowerCase(),
  };
}
