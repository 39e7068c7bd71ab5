import "server-only";
import { importHistory, readHistory, type RunOptions } from "./run";

type Job = { promise: Promise<void>; controller: AbortController };

// Jobs run in this server process; kept on globalThis so dev reloads see the same ones. After a
// restart none runs: the page then offers to resume (the import's status says where it was).
const globalForJobs = globalThis as unknown as { spamtrailImportJobs?: Map<string, Job> };
const jobs = (globalForJobs.spamtrailImportJobs ??= new Map());

/** Starts reading or importing an upload in the background, unless a job for it already runs. */
export function startJob(importId: string, what: "read" | "import", options: Omit<RunOptions, "signal"> = {}): Promise<void> {
  const running = jobs.get(importId);
  if (running) return running.promise;
  const controller = new AbortController();
  const run = what === "read" ? readHistory : importHistory;
  const promise = run(importId, { ...options, signal: controller.signal })
    .catch((error: unknown) => console.error("Import job failed", error))
    .finally(() => {
      if (jobs.get(importId)?.controller === controller) jobs.delete(importId);
    });
  jobs.set(importId, { promise, controller });
  return promise;
}

export function isJobRunning(importId: string): boolean {
  return jobs.has(importId);
}

/** Stops a job at its next step (a deleted import, a deleted account) and waits for it. */
export async function stopJob(importId: string): Promise<void> {
  const job = jobs.get(importId);
  if (!job) return;
  job.controller.abort();
  await job.promise;
}

/** Resolves when the job for this import (if any) ends. */
export function waitForJob(importId: string): Promise<void> {
  return jobs.get(importId)?.promise ?? Promise.resolve();
}
