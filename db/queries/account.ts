import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "..";
import { cases, caseShares, complaints, evidence, exchanges, incidents, publicEvidence, senders, users } from "../tables";
import type { DbOrTx } from "./tx";

/** Everything stored about one user, for their own export. */
export async function loadAccountData(userId: string) {
  const db = getDb();
  const user = (await db.select().from(users).where(eq(users.id, userId)))[0];
  const userCases = await db.select().from(cases).where(eq(cases.userId, userId));
  const caseIds = userCases.map((c) => c.id);
  const inCases = async <T>(rows: () => Promise<T[]>): Promise<T[]> => (caseIds.length ? rows() : []);
  return {
    user,
    cases: userCases,
    senders: userCases.length
      ? await db
          .select()
          .from(senders)
          .where(inArray(senders.id, [...new Set(userCases.map((c) => c.senderId))]))
      : [],
    incidents: await inCases(async () => db.select().from(incidents).where(inArray(incidents.caseId, caseIds))),
    exchanges: await inCases(async () => db.select().from(exchanges).where(inArray(exchanges.caseId, caseIds))),
    complaints: await inCases(async () => db.select().from(complaints).where(inArray(complaints.caseId, caseIds))),
    shares: await db.select().from(caseShares).where(eq(caseShares.userId, userId)),
    evidence: await db.select().from(evidence).where(eq(evidence.userId, userId)),
  };
}

/** The blobs a user's rows point at (files, thumbnails, published crops), to delete after the rows. */
export async function blobKeysOfUser(db: DbOrTx, userId: string): Promise<string[]> {
  const files = await db.select({ a: evidence.storedKey, b: evidence.thumbnailKey }).from(evidence).where(eq(evidence.userId, userId));
  const crops = await db
    .select({ key: publicEvidence.storedKey })
    .from(publicEvidence)
    .innerJoin(caseShares, eq(caseShares.id, publicEvidence.shareId))
    .where(eq(caseShares.userId, userId));
  return [...files.flatMap((row) => [row.a, row.b]), ...crops.map((row) => row.key)].filter((key): key is string => key !== null);
}

/** Deletes the user; their cases, incidents, exchanges, documents, files, shares and flags go with them (foreign keys). */
export async function deleteUserRow(db: DbOrTx, userId: string): Promise<void> {
  await db.delete(users).where(eq(users.id, userId));
}
