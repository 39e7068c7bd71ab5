import "server-only";
import { writeTransaction } from "@/db";
import { deleteSubmissionsBefore, findSubmission, insertSubmission } from "@/db/queries/submissions";
import type { DbOrTx } from "@/db/queries/tx";

// Idempotent create forms. The form sends a key it made for this submission with its values
// (`submissionKey`, added by components/use-action-form.ts); the key and what the save answered
// are stored in the same transaction as the save, so a repeat (a double submit, a retry after a
// timeout, a replayed request) answers the first result and writes nothing. Keys are per user.

/** How long a key is remembered; the hourly sweep forgets older ones. */
export const SUBMISSION_TTL_MS = 24 * 60 * 60 * 1000;

export { submissionKeyOf } from "./submission-key";

/**
 * Runs `work` in a write transaction, at most once per (user, key): a key seen before answers
 * the stored result without calling `work`. The transaction takes the write lock at its start
 * (IMMEDIATE), so the look-up and the insert cannot interleave with another connection's.
 * The result must survive JSON (ids and flags, no Dates).
 */
export async function once<T>(userId: string, key: string | undefined, work: (tx: DbOrTx) => Promise<T> | T): Promise<T> {
  return await writeTransaction(async (tx) => {
    if (key) {
      const seen = await findSubmission(tx, userId, key);
      if (seen) return (seen.result as { value: T }).value;
    }
    const result = await work(tx);
    // Wrapped so that an `undefined` or `null` result is still a stored answer.
    if (key) await insertSubmission(tx, userId, key, { value: result ?? null });
    return result;
  });
}

/** Forgets keys older than a day (called by the hourly sweep); returns how many. */
export async function sweepSubmissions(now = Date.now()): Promise<number> {
  return await deleteSubmissionsBefore(new Date(now - SUBMISSION_TTL_MS));
}
