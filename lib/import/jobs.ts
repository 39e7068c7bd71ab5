import "server-only";
import { findImport } from "@/db/queries/imports";
import { dropLease, isLeaseHeld, renewLease, takeLease } from "@/db/queries/job-leases";
import { HOLDER } from "../jobs/lease";
import { importHistory, readHistory, type RunOptions } from "./run";

type Job = { promise: Promise<void>; controller: AbortController };

/**
 * A running job holds the lease `import:<id>` in the database, renewed while it runs, so every
 * server worker sees it running and none starts it a second time. A worker that dies loses it
 * after LEASE_TTL_MS; the page then offers to resume (the import's status says where it was).
 */
export const IMPORT_LEASE_TTL_MS = 30_000;
const RENEW_EVERY_MS = IMPORT_LEASE_TTL_MS / 3;

// This worker's jobs; on globalThis so dev reloads see the same ones.
const globalForJobs = globalThis as unknown as { spamtrailImportJobs?: Map<string, Job> };
const jobs = (globalForJobs.spamtrailImportJobs ??= new Map());

export const importLeaseName = (importId: string) => `import:${importId}`;

/**
 * Starts reading or importing an upload in the background. A job for it already running in this
 * worker is joined; null when another worker runs it.
 */
export function startJob(importId: string, what: "read" | "import", options: Omit<RunOptions, "signal"> = {}): Promise<void> | null {
  const running = jobs.get(importId);
  if (running) return running.promise;
  const lease = importLeaseName(importId);
  const now = Date.now();
  if (!takeLease(lease, HOLDER, new Date(now), new Date(now + IMPORT_LEASE_TTL_MS))) return null;
  const controller = new AbortController();
  // Stops at its next step when the import was deleted from another worker, or when this worker
  // stalled so long that its lease ran out (another may have resumed it).
  const renewal = setInterval(() => {
    if (!findImport(importId) || !renewLease(lease, HOLDER, new Date(Date.now() + IMPORT_LEASE_TTL_MS))) controller.abort();
  }, RENEW_EVERY_MS);
  renewal.unref();
  const run = what === "read" ? readHistory : importHistory;
  const promise = run(importId, { ...options, signal: controller.signal })
    .catch((error: unknown) => console.error("Import job failed", error))
    .finally(() => {
      clearInterval(renewal);
      dropLease(lease, HOLDER);
      if (jobs.get(importId)?.controller === controller) jobs.delete(importId);
    });
  jobs.set(importId, { promise, controller });
  return promise;
}

/** Whether a job for this import runs, in this worker or another. */
export function isJobRunning(importId: string): boolean {
  return jobs.has(importId) || isLeaseHeld(importLeaseName(importId), new Date());
}

/**
 * Stops a job at its next step (a deleted import, a deleted account) and waits for it when it runs
 * in this worker. One in another worker stops at its next step once the import's row is gone,
 * which the caller deletes next (lib/import/run.ts checks it with every batch).
 */
export async function stopJob(importId: string): Promise<void> {
  const job = jobs.get(importId);
  if (!job) return;
  job.controller.abort();
  await job.promise;
}

/** Resolves when the job for this import (if any) in this worker ends. */
export function waitForJob(importId: string): Promise<void> {
  return jobs.get(importId)?.promise ?? Promise.resolve();
}
