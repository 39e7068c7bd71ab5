import "server-only";
import { findImport } from "@/db/queries/imports";
import { HOLDER } from "../jobs/lease";
import { leaseStore } from "../jobs/lease-store";
import { importHistory, readHistory, type RunOptions } from "./run";

type Job = { started: Promise<boolean>; promise: Promise<void>; controller: AbortController };

/**
 * A running job holds the lease `import:<id>` (in the database, or in Redis: lib/jobs/lease-store.ts), renewed while it runs, so every
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
 * Starts reading or importing an upload in the background. Resolves to true once this worker
 * runs it (a job for it already running here is joined), false when another worker runs it;
 * `waitForJob` waits for its end. The job is this worker's from the call on, before its lease is
 * taken, so two starts in one worker make one job.
 */
export function startJob(importId: string, what: "read" | "import", options: Omit<RunOptions, "signal"> = {}): Promise<boolean> {
  const running = jobs.get(importId);
  if (running) return running.started;
  const lease = importLeaseName(importId);
  const leases = leaseStore();
  const controller = new AbortController();
  const job = { controller } as Job;
  const forget = () => {
    if (jobs.get(importId) === job) jobs.delete(importId);
  };
  // Forgotten before the caller hears "not started": then it is not running here.
  job.started = leases.take(lease, HOLDER, IMPORT_LEASE_TTL_MS).then(
    (taken) => {
      if (!taken) forget();
      return taken;
    },
    (error: unknown) => {
      console.error("Import job could not take its lease", error);
      forget();
      return false;
    },
  );
  job.promise = job.started.then(async (taken) => {
    if (!taken) return;
    // Stops at its next step when the import was deleted from another worker, or when this worker
    // stalled so long that its lease ran out (another may have resumed it).
    const renewal = setInterval(() => {
      const renew = async () => {
        if (!(await findImport(importId))) return controller.abort();
        if (!(await leases.renew(lease, HOLDER, IMPORT_LEASE_TTL_MS))) controller.abort();
      };
      renew().catch((error: unknown) => console.error("Import lease renewal failed", error));
    }, RENEW_EVERY_MS);
    renewal.unref();
    const run = what === "read" ? readHistory : importHistory;
    try {
      await run(importId, { ...options, signal: controller.signal }).catch((error: unknown) => console.error("Import job failed", error));
    } finally {
      clearInterval(renewal);
      await leases.drop(lease, HOLDER).catch((error: unknown) => console.error("Import lease release failed", error));
      forget();
    }
  });
  jobs.set(importId, job);
  return job.started;
}

/** Whether a job for this import runs, in this worker or another. */
export async function isJobRunning(importId: string): Promise<boolean> {
  return jobs.has(importId) || (await leaseStore().isHeld(importLeaseName(importId)));
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
