import { expect, it } from "vitest";
import { writeTransaction } from "@/db";
import { insertPageExpiry, latestPageExpiry, pageExpiriesAfter } from "@/db/queries/page-expiries";
import { sqliteOnly } from "@/lib/testing/dialect";
import { expireSenderPages, prunePageExpiries } from "@/lib/public/page-cache";
import { createExpiryFollower, type PageExpiry } from "./front-expiries.mjs";

const SENDER_A = "460b6fe0-60eb-4367-a245-21a85e677b64";
const SENDER_B = "7d1c2a9e-0f55-4b8e-9a51-3c2f4e6d8a10";

/** A follower of the database's log, as server/server.mjs has, recording what it applies. */
function follower() {
  const applied: { expiry: PageExpiry; fresh: boolean }[] = [];
  const follow = createExpiryFollower({
    apply: (expiry, fresh) => applied.push({ expiry, fresh }),
    log: () => ({ latest: latestPageExpiry, after: pageExpiriesAfter }),
  });
  return { applied, follow };
}

sqliteOnly("the front reads this log synchronously; on PostgreSQL page expiries go through Redis")("page expiries across workers", () => {
  it("are logged in the write's transaction, and gone with it when it rolls back", async () => {
    const before = latestPageExpiry();
    await expect(
      writeTransaction(async (tx) => {
        await expireSenderPages(tx, [SENDER_A]);
        throw new Error("the write failed");
      }),
    ).rejects.toThrow("the write failed");
    expect(latestPageExpiry()).toBe(before);
    await writeTransaction(async (tx) => expireSenderPages(tx, [SENDER_A, SENDER_A, SENDER_B]));
    expect(pageExpiriesAfter(before)).toEqual([{ seq: latestPageExpiry(), senderIds: [SENDER_A, SENDER_B], expiredAt: expect.any(Number) }]);
  });

  it("are applied by each follower once, oldest first; the log as it stood at its start counts as not fresh", async () => {
    await writeTransaction((tx) => insertPageExpiry(tx, [SENDER_A], new Date()));
    const { applied, follow } = follower();
    follow.catchUp();
    expect(applied.length).toBeGreaterThan(0);
    expect(applied.every((each) => !each.fresh)).toBe(true);
    const seqs = applied.map((each) => each.expiry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    applied.length = 0;

    follow.catchUp();
    expect(applied).toEqual([]);

    await writeTransaction((tx) => insertPageExpiry(tx, [SENDER_B], new Date()));
    await writeTransaction((tx) => insertPageExpiry(tx, [SENDER_A, SENDER_B], new Date()));
    follow.catchUp();
    follow.catchUp();
    expect(applied.map(({ expiry, fresh }) => ({ senderIds: expiry.senderIds, fresh }))).toEqual([
      { senderIds: [SENDER_B], fresh: true },
      { senderIds: [SENDER_A, SENDER_B], fresh: true },
    ]);
  });

  it("leave the log after a day", async () => {
    const now = new Date();
    await writeTransaction(async (tx) => {
      await insertPageExpiry(tx, [SENDER_A], new Date(now.getTime() - 25 * 60 * 60 * 1000));
      await insertPageExpiry(tx, [SENDER_B], new Date(now.getTime() - 23 * 60 * 60 * 1000));
    });
    await prunePageExpiries(now);
    const left = pageExpiriesAfter(0);
    expect(left.every((expiry) => expiry.expiredAt >= now.getTime() - 24 * 60 * 60 * 1000)).toBe(true);
    expect(left.some((expiry) => expiry.senderIds.length === 1 && expiry.senderIds[0] === SENDER_B)).toBe(true);
  });

  it("are read once per request as one cheap check when nothing changed", () => {
    const { follow } = follower();
    follow.catchUp();
    const rounds = 20_000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) follow.catchUp();
    const microseconds = Number(process.hrtime.bigint() - started) / 1000 / rounds;
    console.log(`page expiry check: ${microseconds.toFixed(2)} µs a request`);
    expect(microseconds).toBeLessThan(100);
  });
});
