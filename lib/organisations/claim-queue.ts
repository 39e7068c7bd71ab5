import "server-only";
import { getDb } from "@/db";
import { listPendingClaims } from "@/db/queries/claims";
import { findSenderOwners, listSenderSummaries } from "@/db/queries/organisations";
import { checkClaim } from "./claims";

/**
 * The admins' queue of claims, oldest first: each with its claimant's email, the checks approval
 * needs (confirmed, at the domain, senders free) and the senders with who already has them.
 */
export async function loadClaimQueue() {
  const db = getDb();
  const pending = await listPendingClaims(50);
  return Promise.all(
    pending.map(async ({ claim, email, emailVerifiedAt }) => {
      const owners = await findSenderOwners(db, claim.senderIds);
      return {
        claim,
        email,
        checks: await checkClaim(db, claim, { id: claim.userId, email, emailVerifiedAt }),
        senders: (await listSenderSummaries(claim.senderIds)).map((sender) => ({ ...sender, owner: owners.get(sender.id)?.name ?? null })),
      };
    }),
  );
}
