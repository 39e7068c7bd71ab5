import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { takeLease } from "@/db/queries/job-leases";
import { connectRedis } from "../redis";
import { startRedisServer } from "../testing/redis-server";
import { serviceAvailable } from "../testing/services";
import { oncePerInterval, withLease } from "./lease";
import { redisLeases, sqliteLeases, type LeaseStore } from "./lease-store";

describe("withLease", () => {
  it("lets another holder take a lease whose holder died once it expires", async () => {
    const name = `job-${randomUUID()}`;
    const now = new Date("2026-12-02T10:00:00Z");
    expect(await takeLease(name, "dead", now, new Date(now.getTime() + 1000))).toBe(true);
    expect(await takeLease(name, "alive", new Date(now.getTime() + 500), new Date(now.getTime() + 2000))).toBe(false);
    expect(await takeLease(name, "alive", new Date(now.getTime() + 1001), new Date(now.getTime() + 2000))).toBe(true);
  });

  it("runs a timer's job in the next interval (the lease ran out)", async () => {
    const name = `timer-${randomUUID()}`;
    expect(await oncePerInterval(name, 60 * 60_000, () => {}, "worker-1")).toBe(true);
    const later = new Date(Date.now() + 60 * 60_000);
    expect(await takeLease(name, "worker-2", later, new Date(later.getTime() + 1000))).toBe(true);
  });
});

const redisAvailable = serviceAvailable("redis-server");
let redisServer: Awaited<ReturnType<typeof startRedisServer>> | undefined;
const clients: Redis[] = [];
beforeAll(async () => {
  if (!redisAvailable) return;
  redisServer = await startRedisServer();
  clients.push(await connectRedis(redisServer.url), await connectRedis(redisServer.url));
});
afterAll(async () => {
  for (const client of clients.splice(0)) client.disconnect();
  await redisServer?.close();
});

/** Two processes' views of one store: the same table, or two Redis clients. */
type Stores = { name: string; pair(): [LeaseStore, LeaseStore] };

/** Waits, without a clock of its own, until `check` holds. */
async function until(check: () => Promise<boolean>) {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe.each([
  { stores: { name: "SQLite", pair: () => [sqliteLeases, sqliteLeases] } as Stores, skip: false },
  { stores: { name: "Redis", pair: () => [redisLeases(clients[0]!), redisLeases(clients[1]!)] } as Stores, skip: !redisAvailable },
])("leases ($stores.name)", ({ stores, skip }) => {
  it.skipIf(skip)("runs a job in one holder at a time, and again once the lease is given back", async () => {
    const [here, there] = stores.pair();
    const name = `job-${randomUUID()}`;
    const runs: string[] = [];
    let inner: boolean | undefined;
    const first = await withLease(
      name,
      60_000,
      async () => {
        runs.push("a");
        inner = await withLease(name, 60_000, () => void runs.push("b"), "other-process", there);
      },
      "this-process",
      here,
    );
    expect(first).toBe(true);
    expect(inner).toBe(false);
    expect(await withLease(name, 60_000, () => void runs.push("c"), "other-process", there)).toBe(true);
    expect(runs).toEqual(["a", "c"]);
  });

  it.skipIf(skip)("gives a lease once to concurrent takers", async () => {
    const [here, there] = stores.pair();
    const name = `race-${randomUUID()}`;
    const taken = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? here : there).take(name, `holder-${i}`, 60_000)));
    expect(taken.filter(Boolean)).toHaveLength(1);
    expect(await here.isHeld(name)).toBe(true);
  });

  it.skipIf(skip)("is renewed and given back only by its holder", async () => {
    const [here, there] = stores.pair();
    const name = `own-${randomUUID()}`;
    expect(await here.take(name, "holder", 60_000)).toBe(true);
    expect(await there.renew(name, "intruder", 60_000)).toBe(false);
    await there.release(name, "intruder", true);
    await there.drop(name, "intruder");
    expect(await there.isHeld(name)).toBe(true);
    expect(await there.take(name, "intruder", 60_000)).toBe(false);
    expect(await here.renew(name, "holder", 60_000)).toBe(true);
    // The holder taking it again keeps it (a timer's tick in the same process).
    expect(await here.take(name, "holder", 60_000)).toBe(true);
    await here.drop(name, "holder");
    expect(await there.isHeld(name)).toBe(false);
    expect(await there.take(name, "intruder", 60_000)).toBe(true);
  });

  it.skipIf(skip)("runs out when its holder stops renewing: another takes it, and the old holder can no longer renew it", async () => {
    const [here, there] = stores.pair();
    const name = `expiry-${randomUUID()}`;
    expect(await here.take(name, "dead", 150)).toBe(true);
    expect(await there.take(name, "alive", 60_000)).toBe(false);
    await until(async () => !(await there.isHeld(name)));
    expect(await there.take(name, "alive", 60_000)).toBe(true);
    expect(await here.renew(name, "dead", 60_000)).toBe(false);
    await here.release(name, "dead", false);
    expect(await here.isHeld(name)).toBe(true);
  });

  it.skipIf(skip)("runs a timer's job once per interval across processes, even after the first run ended", async () => {
    const [here, there] = stores.pair();
    const name = `timer-${randomUUID()}`;
    const runs: string[] = [];
    expect(await oncePerInterval(name, 60 * 60_000, () => void runs.push("worker 1"), "worker-1", here)).toBe(true);
    expect(await oncePerInterval(name, 60 * 60_000, () => void runs.push("worker 2"), "worker-2", there)).toBe(false);
    expect(runs).toEqual(["worker 1"]);
  });
});
