import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { takeLease } from "@/db/queries/job-leases";
import { oncePerInterval, withLease } from "./lease";

describe("withLease", () => {
  it("runs a job in one holder at a time, and again once the lease is given back", async () => {
    const name = `job-${randomUUID()}`;
    const runs: string[] = [];
    let inner: boolean | undefined;
    const first = await withLease(name, 60_000, async () => {
      runs.push("a");
      inner = await withLease(name, 60_000, () => void runs.push("b"), "other-process");
    });
    expect(first).toBe(true);
    expect(inner).toBe(false);
    expect(await withLease(name, 60_000, () => void runs.push("c"), "other-process")).toBe(true);
    expect(runs).toEqual(["a", "c"]);
  });

  it("lets another holder take a lease whose holder died once it expires", () => {
    const name = `job-${randomUUID()}`;
    const now = new Date("2026-12-02T10:00:00Z");
    expect(takeLease(name, "dead", now, new Date(now.getTime() + 1000))).toBe(true);
    expect(takeLease(name, "alive", new Date(now.getTime() + 500), new Date(now.getTime() + 2000))).toBe(false);
    expect(takeLease(name, "alive", new Date(now.getTime() + 1001), new Date(now.getTime() + 2000))).toBe(true);
  });

  it("runs a timer's job once per interval across processes, even after the first run ended", async () => {
    const name = `timer-${randomUUID()}`;
    const runs: string[] = [];
    expect(await oncePerInterval(name, 60 * 60_000, () => void runs.push("worker 1"), "worker-1")).toBe(true);
    expect(await oncePerInterval(name, 60 * 60_000, () => void runs.push("worker 2"), "worker-2")).toBe(false);
    expect(runs).toEqual(["worker 1"]);
    // An interval later (the lease ran out), whichever worker ticks first runs it.
    const later = new Date(Date.now() + 60 * 60_000);
    expect(takeLease(name, "worker-2", later, new Date(later.getTime() + 1000))).toBe(true);
  });
});
