import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "..";
import { cases, caseShares, complaints, evidence, exchanges, incidents, publicEvidence, senders, users } from "../schema";
import type { DbOrTx } from "./tx";

/** Everything stored about one user, for their own export. */
export function loadAccountData(userId: string) {
  const db = getDb();
  const user = db.select().from(users).where(eq(users.id, userId)).get();
  const userCases = db.select().from(cases).where(eq(cases.userId, userId)).all();
  const caseIds = userCases.map((c) => c.id);
  const inCases = <T>(rows: () => T[]) => (caseIds.length ? rows() : []);
  return {
    user,
    cases: userCases,
    senders: userCases.length
      ? db
          .select()
          .from(senders)
          .where(inArray(senders.id, [...new Set(userCases.map((c) => c.senderId))]))
          .all()
      : [],
    incidents: inCases(() => db.select().from(incidents).where(inArray(incidents.caseId, caseIds)).all()),
    exchanges: inCases(() => db.select().from(exchanges).where(inArray(exchanges.caseId, caseIds)).all()),
    complaints: inCases(() => db.select().from(complaints).where(inArray(complaints.caseId, caseIds)).all()),
    shares: db.select().from(caseShares).where(eq(caseShares.userId, userId)).all(),
    evidence: db.select().from(evidence).where(eq(evidence.userId, userId)).all(),
  };
}

/** The blobs a user's rows point at (files, thumbnails, published crops), to delete after the rows. */
export function blobKeysOfUser(db: DbOrTx, userId: string): string[] {
  const files = db.select({ a: evidence.storedKey, b: evidence.thumbnailKey }).from(evidence).where(eq(evidence.userId, userId)).all();
  const crops = db
    .select({ key: publicEvidence.storedKey })
    .from(publicEvidence)
    .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
    .where(eq(caseShares.userId, userId))
    .all();
  return [...files.flatMap((row) => [row.a, row.b]), ...crops.map((row) => row.key)].filter((key): key is string => key !== null);
}

/** Deletes the user; their cases, incidents, exchanges, documents, files, shares and flags go with them (foreign keys). */
export function deleteUserRow(db: DbOrTx, userId: string): void {
  db.delete(users).where(eq(users.id, userId)).run();
}
