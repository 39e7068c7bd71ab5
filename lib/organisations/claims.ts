import "server-only";
import { writeTransaction } from "@/db";
import { findClaim, hasPendingClaim, insertClaim, writeClaimDecision } from "@/db/queries/claims";
import { insertAudit } from "@/db/queries/moderation";
import {
  findMembershipIn,
  findOrganisationByDomain,
  findSenderOwners,
  insertMember,
  insertOrganisation,
  insertOrganisationSenders,
  nameUnnamedSenders,
} from "@/db/queries/organisations";
import { hasPublicPage, pageSenderId, senderGroup } from "@/db/queries/public";
import { findSenderByKey } from "@/db/queries/senders";
import type { DbOrTx } from "@/db/queries/tx";
import { findUserByIdIn } from "@/db/queries/users";
import type { SenderClaim, User } from "@/db/schema";
import { notify } from "../notifications/notify";
import { expireSenderPages } from "../public/page-cache";
import { fail, type Failure } from "../failure";
import { parseSender } from "../sender-identity";
import { claimedSenderLines, type ClaimDecision, type ClaimInput } from "../validations/organisation";

/**
 * The field error of a senders line nobody can find on the directory. The line travels with the
 * message key ("claimSenderUnknown:0812…") so the form can say which line it is.
 */
export const unknownSenderError = (line: string) => `claimSenderUnknown:${line}`;

/**
 * A person's email is at the organisation's domain when its host is the domain or one of its
 * subdomains: cs@bank.co.id and cs@mail.bank.co.id are at bank.co.id; cs@evilbank.co.id is not.
 */
export function isEmailAtDomain(email: string, domain: string): boolean {
  const host = email.slice(email.lastIndexOf("@") + 1).toLowerCase();
  const official = domain.toLowerCase();
  return host === official || host.endsWith(`.${official}`);
}

/**
 * Each line of a claim (a number or sender ID in any format) as the page id of a sender with a
 * public page: only what the public can already see can be claimed. A line that is no such
 * sender is a field error naming it.
 */
export async function resolveClaimedSenders(db: DbOrTx, senders: string, country: string): Promise<string[] | Failure> {
  const pageIds = new Set<string>();
  for (const line of claimedSenderLines(senders)) {
    const parsed = parseSender(line, country);
    const sender = parsed.ok ? await findSenderByKey(db, parsed.identity.key) : undefined;
    const pageId = sender ? await pageSenderId(db, sender.id) : undefined;
    if (!pageId || !(await hasPublicPage(db, pageId))) return fail("invalid", unknownSenderError(line), "senders");
    pageIds.add(pageId);
  }
  return [...pageIds];
}

/** Someone says senders are their organisation's; an admin decides. One open claim at a time; members of an organisation claim nothing. */
export async function submitClaim(user: User, input: ClaimInput): Promise<Failure | undefined> {
  // One transaction: two submits at once cannot both pass the checks.
  return writeTransaction(async (db) => {
    if (await findMembershipIn(db, user.id)) return fail("conflict", "claimAlreadyMember");
    if (await hasPendingClaim(db, user.id)) return fail("conflict", "claimPending");
    const senderIds = await resolveClaimedSenders(db, input.senders, user.country);
    if (!Array.isArray(senderIds)) return senderIds;
    await insertClaim({ userId: user.id, organisationName: input.organisationName, domain: input.domain, senderIds, note: input.note || null });
  });
}

/** What an admin must know before approving: all true and empty, or approval is refused. */
export type ClaimChecks = {
  emailConfirmed: boolean;
  atDomain: boolean;
  /** Claimed senders that are already another organisation's (not the one at this domain). */
  takenSenderIds: string[];
  /** The claimant acts for another organisation already. */
  otherMembership: string | null;
};

export async function checkClaim(
  db: DbOrTx,
  claim: SenderClaim,
  claimant: Pick<User, "id" | "email" | "emailVerifiedAt">,
  domain = claim.domain,
): Promise<ClaimChecks> {
  const organisation = await findOrganisationByDomain(db, domain);
  const owners = await findSenderOwners(db, claim.senderIds);
  const membership = await findMembershipIn(db, claimant.id);
  return {
    emailConfirmed: !!claimant.emailVerifiedAt,
    atDomain: isEmailAtDomain(claimant.email, domain),
    takenSenderIds: claim.senderIds.filter((id) => owners.has(id) && owners.get(id)!.id !== organisation?.id),
    otherMembership: membership && membership.id !== organisation?.id ? membership.name : null,
  };
}

/** Why approval is refused, in the order an admin would fix it. */
function approvalFailure(checks: ClaimChecks): Failure | undefined {
  if (!checks.emailConfirmed) return fail("conflict", "claimEmailUnconfirmed");
  if (!checks.atDomain) return fail("conflict", "claimEmailNotAtDomain");
  if (checks.otherMembership) return fail("conflict", "claimOtherOrganisation");
  if (checks.takenSenderIds.length) return fail("conflict", "claimSenderTaken");
}

/**
 * An admin approves a pending claim (on the domain as they corrected it) or refuses it with a
 * reason. Approval needs the claimant's confirmed email at that domain and no sender that is
 * another organisation's; it finds or makes the organisation of that domain, adds the claimant
 * and the senders, and names the senders nobody named. Both are audited and told to the
 * claimant. Undefined when done.
 */
export async function decideClaim(admin: User, claimId: string, decision: ClaimDecision): Promise<Failure | undefined> {
  if (admin.role !== "admin") return fail("notYours");
  const result = await writeTransaction(async (tx): Promise<Failure | { pages: string[] }> => {
    const claim = await findClaim(tx, claimId);
    const claimant = claim && (await findUserByIdIn(tx, claim.userId));
    if (!claim || !claimant) return fail("notFound");
    if (claim.status !== "pending") return fail("conflict", "claimDecided");
    if (decision.action === "refuse") {
      await writeClaimDecision(tx, claim.id, {
        status: "refused",
        domain: decision.domain,
        organisationId: null,
        decidedBy: admin.id,
        reason: decision.reason,
      });
      await insertAudit(tx, { actorId: admin.id, action: "claim:refuse", targetKind: "claim", targetId: claim.id, reason: decision.reason });
      await notify(tx, {
        userId: claimant.id,
        kind: "claim_refused",
        subject: claim.id,
        data: { claimId: claim.id, organisation: claim.organisationName, reason: decision.reason },
      });
      return { pages: [] };
    }
    const failure = approvalFailure(await checkClaim(tx, claim, claimant, decision.domain));
    if (failure) return failure;
    const organisation =
      (await findOrganisationByDomain(tx, decision.domain)) ?? (await insertOrganisation(tx, { name: claim.organisationName, domain: decision.domain }));
    if (!(await findMembershipIn(tx, claimant.id))) await insertMember(tx, claimant.id, organisation.id);
    await insertOrganisationSenders(tx, organisation.id, claim.senderIds);
    const identities: string[] = [];
    for (const id of claim.senderIds) identities.push(...(await senderGroup(tx, id)).map((sender) => sender.id));
    await nameUnnamedSenders(tx, identities, organisation.name);
    await writeClaimDecision(tx, claim.id, { status: "approved", domain: decision.domain, organisationId: organisation.id, decidedBy: admin.id, reason: null });
    await insertAudit(tx, { actorId: admin.id, action: "claim:approve", targetKind: "claim", targetId: claim.id, reason: decision.domain });
    await notify(tx, {
      userId: claimant.id,
      kind: "claim_approved",
      subject: claim.id,
      data: { claimId: claim.id, organisation: organisation.name, reason: null },
    });
    return { pages: identities };
  });
  if (!("pages" in result)) return result;
  // The senders now name their organisation (and B's replies show under it).
  await writeTransaction((tx) => expireSenderPages(tx, result.pages));
}
