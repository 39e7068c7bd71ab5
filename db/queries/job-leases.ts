import "server-only";
import { and, eq, gte, lt, or } from "drizzle-orm";
import { getDb, writeTransaction, changedRows } from "..";
import { jobLeases } from "../tables";

/**
 * Takes the job's lease for `holder` until `until`, if nobody holds it or the holder's lease ran
 * out (a process that died). One statement, so two processes can never both get it.
 */
export async function takeLease(name: string, holder: string, now: Date, until: Date): Promise<boolean> {
  return writeTransaction(async (db) => {
    await db
      .insert(jobLeases)
      .values({ name, holder: "", expiresAt: new Date(0) })
      .onConflictDoNothing();
    return (
      changedRows(
        await db
          .update(jobLeases)
          .set({ holder, expiresAt: until })
          .where(and(eq(jobLeases.name, name), or(eq(jobLeases.holder, holder), lt(jobLeases.expiresAt, now)))),
      ) > 0
    );
  });
}

/** Gives the lease back; `finishedAt` records a completed run. */
export async function releaseLease(name: string, holder: string, finishedAt: Date | null): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .update(jobLeases)
      .set({ expiresAt: new Date(0), ...(finishedAt ? { lastRunAt: finishedAt } : {}) })
      .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder))),
  );
}

export async function lastRunOf(name: string): Promise<Date | null> {
  return (await getDb().select({ at: jobLeases.lastRunAt }).from(jobLeases).where(eq(jobLeases.name, name)))[0]?.at ?? null;
}

/** Extends the holder's lease; false when it ran out and another holder took it. */
export async function renewLease(name: string, holder: string, until: Date): Promise<boolean> {
  return (
    changedRows(
      await writeTransaction((tx) =>
        tx
          .update(jobLeases)
          .set({ expiresAt: until })
          .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder))),
      ),
    ) > 0
  );
}

/** Whether some holder has the lease now (in any process). */
export async function isLeaseHeld(name: string, now: Date): Promise<boolean> {
  return (
    (
      await getDb()
        .select({ name: jobLeases.name })
        .from(jobLeases)
        .where(and(eq(jobLeases.name, name), gte(jobLeases.expiresAt, now)))
    )[0] !== undefined
  );
}

/** Removes a one-off job's lease row once its job ends (an import's: one row per import otherwise). */
export async function dropLease(name: string, holder: string): Promise<void> {
  await writeTransaction((tx) => tx.delete(jobLeases).where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder))));
}
