import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { getDb } from "..";
import { senderClaims, users, type SenderClaim } from "../schema";
import type { DbOrTx } from "./tx";

export function insertClaim(claim: { userId: string; organisationName: string; domain: string; senderIds: string[]; note: string | null }): SenderClaim {
  return getDb().insert(senderClaims).values(claim).returning().get();
}

export function findClaim(db: DbOrTx, claimId: string): SenderClaim | undefined {
  return db.select().from(senderClaims).where(eq(senderClaims.id, claimId)).get();
}

/** A person's newest claim: what their organisation page shows while they are not a member. */
export function findLatestClaimOfUser(userId: string): SenderClaim | undefined {
  return getDb().select().from(senderClaims).where(eq(senderClaims.userId, userId)).orderBy(desc(senderClaims.createdAt)).limit(1).get();
}

export function hasPendingClaim(db: DbOrTx, userId: string): boolean {
  return !!db
    .select({ id: senderClaims.id })
    .from(senderClaims)
    .where(and(eq(senderClaims.userId, userId), eq(senderClaims.status, "pending")))
    .get();
}

/** The oldest pending claims, each with its claimant's email and whether they confirmed it. */
export function listPendingClaims(limit: number) {
  return getDb()
    .select({ claim: senderClaims, email: users.email, emailVerifiedAt: users.emailVerifiedAt })
    .from(senderClaims)
    .innerJoin(users, eq(users.id, senderClaims.userId))
    .where(eq(senderClaims.status, "pending"))
    .orderBy(asc(senderClaims.createdAt))
    .limit(limit)
    .all();
}

/** Records an admin's decision (and the domain as they corrected it). */
export function writeClaimDecision(
  db: DbOrTx,
  claimId: string,
  decision: { status: "approved" | "refused"; domain: string; organisationId: string | null; decidedBy: string; reason: string | null },
): void {
  db.update(senderClaims)
    .set({ ...decision, decidedAt: new Date() })
    .where(eq(senderClaims.id, claimId))
    .run();
}
