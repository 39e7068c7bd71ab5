import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { writeTransaction, changedRows } from "../index";
import { formSubmissions } from "../tables";
import type { DbOrTx } from "./tx";

/** What the first submission with this key answered, if there was one. */
export async function findSubmission(db: DbOrTx, userId: string, key: string): Promise<{ result: unknown } | undefined> {
  return (
    await db
      .select({ result: formSubmissions.result })
      .from(formSubmissions)
      .where(and(eq(formSubmissions.userId, userId), eq(formSubmissions.key, key)))
  )[0];
}

export async function insertSubmission(db: DbOrTx, userId: string, key: string, result: unknown): Promise<void> {
  await db.insert(formSubmissions).values({ userId, key, result });
}

/** Forgets keys older than `before`; returns how many. */
export async function deleteSubmissionsBefore(before: Date): Promise<number> {
  return writeTransaction(async (db) => {
    return changedRows(await db.delete(formSubmissions).where(lt(formSubmissions.createdAt, before)));
  });
}
