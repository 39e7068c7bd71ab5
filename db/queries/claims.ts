import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb, writeTransaction } from "..";
import { type SenderClaim } from "../schema";
import { senderClaims, users } from "../tables";
import type { DbOrTx } from "./tx";

export async function insertClaim(claim: {
  userId: string;
  organisationName: string;
  domain: string;
  senderIds: string[];
  note: string | null;
}): Promise<SenderClaim> {
  return (await writeTransaction((tx) => tx.insert(senderClaims).values(claim).returning()))[0]!;
}

export async function findClaim(db: DbOrTx, claimId: string): Promise<SenderClaim | undefined> {
  return (await db.select().from(senderClaims).where(eq(senderClaims.id, claimId)))[0];
}

/** A person's newest claim: what their organisation page shows while they are not a member. */
export async function findLatestClaimOfUser(userId: string): Promise<SenderClaim | undefined> {
  return (await getDb().select().from(senderClaims).where(eq(senderClaims.userId, userId)).orderBy(desc(senderClaims.createdAt)).limit(1))[0];
}

export async function hasPendingClaim(db: DbOrTx, userId: string): Promise<boolean> {
  return !!(
    await db
      .select({ id: senderClaims.id })
      .from(senderClaims)
      .where(and(eq(senderClaims.userId, userId), eq(senderClaims.status, "pending")))
  )[0];
}

/** The oldest pending claims, each with its claimant's email and whether they confirmed it. */
export async function listPendingClaims(limit: number) {
  return await getDb()
    .select({ claim: senderClaims, email: users.email, emailVerifiedAt: users.emailVerifiedAt })
    .from(senderClaims)
    .innerJoin(users, eq(users.id, senderClaims.userId))
    .where(eq(senderClaims.status, "pending"))
    .orderBy(asc(senderClaims.createdAt))
    .limit(limit);
}

/** Records an admin's decision (and the domain as they corrected it). */
export async function writeClaimDecision(
  db: DbOrTx,
  claimId: string,
  decision: { status: "approved" | "refused"; domain: string; organisationId: string | null; decidedBy: string; reason: string | null },
): Promise<void> {
  await db
    .update(senderClaims)
    .set({ ...decision, decidedAt: new Date() })
    .where(eq(senderClaims.id, claimId));
}
