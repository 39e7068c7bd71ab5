import "server-only";
import { and, eq, lt } from "drizzle-orm";
import { getDb } from "../index";
import { formSubmissions } from "../schema";
import type { DbOrTx } from "./tx";

/** What the first submission with this key answered, if there was one. */
export function findSubmission(db: DbOrTx, userId: string, key: string): { result: unknown } | undefined {
  return db
    .select({ result: formSubmissions.result })
    .from(formSubmissions)
    .where(and(eq(formSubmissions.userId, userId), eq(formSubmissions.key, key)))
    .get();
}

export function insertSubmission(db: DbOrTx, userId: string, key: string, result: unknown): void {
  db.insert(formSubmissions).values({ userId, key, result }).run();
}

/** Forgets keys older than `before`; returns how many. */
export function deleteSubmissionsBefore(before: Date): number {
  const db = getDb();
  return db.delete(formSubmissions).where(lt(formSubmissions.createdAt, before)).run().changes;
}
