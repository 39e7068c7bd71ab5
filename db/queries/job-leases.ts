import "server-only";
import { and, eq, gte, lt, or } from "drizzle-orm";
import { getDb } from "..";
import { jobLeases } from "../schema";

/**
 * Takes the job's lease for `holder` until `until`, if nobody holds it or the holder's lease ran
 * out (a process that died). One statement, so two processes can never both get it.
 */
export function takeLease(name: string, holder: string, now: Date, until: Date): boolean {
  const db = getDb();
  db.insert(jobLeases)
    .values({ name, holder: "", expiresAt: new Date(0) })
    .onConflictDoNothing()
    .run();
  return (
    db
      .update(jobLeases)
      .set({ holder, expiresAt: until })
      .where(and(eq(jobLeases.name, name), or(eq(jobLeases.holder, holder), lt(jobLeases.expiresAt, now))))
      .run().changes > 0
  );
}

/** Gives the lease back; `finishedAt` records a completed run. */
export function releaseLease(name: string, holder: string, finishedAt: Date | null): void {
  getDb()
    .update(jobLeases)
    .set({ expiresAt: new Date(0), ...(finishedAt ? { lastRunAt: finishedAt } : {}) })
    .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)))
    .run();
}

export function lastRunOf(name: string): Date | null {
  return getDb().select({ at: jobLeases.lastRunAt }).from(jobLeases).where(eq(jobLeases.name, name)).get()?.at ?? null;
}

/** Extends the holder's lease; false when it ran out and another holder took it. */
export function renewLease(name: string, holder: string, until: Date): boolean {
  return (
    getDb()
      .update(jobLeases)
      .set({ expiresAt: until })
      .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)))
      .run().changes > 0
  );
}

/** Whether some holder has the lease now (in any process). */
export function isLeaseHeld(name: string, now: Date): boolean {
  return (
    getDb()
      .select({ name: jobLeases.name })
      .from(jobLeases)
      .where(and(eq(jobLeases.name, name), gte(jobLeases.expiresAt, now)))
      .get() !== undefined
  );
}

/** Removes a one-off job's lease row once its job ends (an import's: one row per import otherwise). */
export function dropLease(name: string, holder: string): void {
  getDb()
    .delete(jobLeases)
    .where(and(eq(jobLeases.name, name), eq(jobLeases.holder, holder)))
    .run();
}
