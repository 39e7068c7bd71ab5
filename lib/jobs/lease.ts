import "server-only";
import { randomUUID } from "node:crypto";
import { leaseStore, type LeaseStore } from "./lease-store";

/** This process, as a lease holder. */
export const HOLDER = `${process.pid}-${randomUUID()}`;

/**
 * Runs `job` if this process can take its lease (no other process runs it now), and gives the
 * lease back after; a process that dies holding it loses it after `ttlMs`. Resolves to false when
 * another process holds it. A job longer than `ttlMs` must not be run this way.
 */
export async function withLease(
  name: string,
  ttlMs: number,
  job: () => Promise<void> | void,
  holder = HOLDER,
  store: LeaseStore = leaseStore(),
): Promise<boolean> {
  if (!(await store.take(name, holder, ttlMs))) return false;
  let finished = false;
  try {
    await job();
    finished = true;
  } finally {
    await store.release(name, holder, finished);
  }
  return true;
}

/**
 * Runs `job` at most once per `intervalMs` across all processes, for timers every worker sets:
 * the lease is taken for the interval (less a minute, so the next tick finds it free) and not
 * given back, so the other workers' ticks within the interval find it held. A job that fails or
 * dies waits for the next interval; one must take less than the interval.
 */
export async function oncePerInterval(
  name: string,
  intervalMs: number,
  job: () => Promise<void> | void,
  holder = HOLDER,
  store: LeaseStore = leaseStore(),
): Promise<boolean> {
  if (!(await store.take(name, holder, intervalMs - 60_000))) return false;
  await job();
  return true;
}
