import "server-only";
import { randomUUID } from "node:crypto";
import { releaseLease, takeLease } from "@/db/queries/job-leases";

/** This process, as a lease holder. */
export const HOLDER = `${process.pid}-${randomUUID()}`;

/**
 * Runs `job` if this process can take its lease (no other process runs it now), and gives the
 * lease back after; a process that dies holding it loses it after `ttlMs`. Resolves to false when
 * another process holds it. A job longer than `ttlMs` must not be run this way.
 */
export async function withLease(name: string, ttlMs: number, job: () => Promise<void> | void, holder = HOLDER): Promise<boolean> {
  const now = new Date();
  if (!takeLease(name, holder, now, new Date(now.getTime() + ttlMs))) return false;
  let finished = false;
  try {
    await job();
    finished = true;
  } finally {
    releaseLease(name, holder, finished ? new Date() : null);
  }
  return true;
}

/**
 * Runs `job` at most once per `intervalMs` across all processes, for timers every worker sets:
 * the lease is taken for the interval (less a minute, so the next tick finds it free) and not
 * given back, so the other workers' ticks within the interval find it held. A job that fails or
 * dies waits for the next interval; one must take less than the interval.
 */
export async function oncePerInterval(name: string, intervalMs: number, job: () => Promise<void> | void, holder = HOLDER): Promise<boolean> {
  const now = new Date();
  if (!takeLease(name, holder, now, new Date(now.getTime() + intervalMs - 60_000))) return false;
  await job();
  return true;
}
