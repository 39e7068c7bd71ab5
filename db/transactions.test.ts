import { randomUUID } from "node:crypto";
import { setImmediate as nextTurn } from "node:timers/promises";
import { inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { afterCommit, getDb, writeTransaction, type Db } from "@/db";
import { rateLimits } from "@/db/tables";
import { sqliteOnlyTest } from "@/lib/testing/dialect";

// Rows of rate_limits: a table with a plain text key and no other constraint.
const row = (key: string) => ({ key, points: 1, expire: null });
const keysIn = async (db: Db, keys: string[]) =>
  (await db.select({ key: rateLimits.key }).from(rateLimits).where(inArray(rateLimits.key, keys))).map((r) => r.key).sort();

describe("write transactions (decision 0021; on PostgreSQL, drizzle's)", () => {
  it("runs concurrent transactions one after the other: another's rows neither join nor see an open transaction", async () => {
    const [a1, a2, b] = [`a1-${randomUUID()}`, `a2-${randomUUID()}`, `b-${randomUUID()}`];
    const seenOutside: string[][] = [];
    // The read connection, taken outside any transaction: what other requests read.
    const outside = getDb();
    const failing = writeTransaction(async (tx) => {
      await tx.insert(rateLimits).values(row(a1));
      // Other requests run while this one waits between two statements.
      await nextTurn();
      seenOutside.push(await keysIn(outside, [a1]));
      await nextTurn();
      await tx.insert(rateLimits).values(row(a2));
      throw new Error("the work fails after two writes");
    });
    const other = writeTransaction(async (tx) => {
      await tx.insert(rateLimits).values(row(b));
    });
    await expect(failing).rejects.toThrow("the work fails after two writes");
    await other;
    expect(seenOutside).toEqual([[]]);
    expect(await keysIn(getDb(), [a1, a2, b])).toEqual([b]);
  });

  it("reads its own writes through getDb() inside the transaction", async () => {
    const key = `own-${randomUUID()}`;
    const inside = await writeTransaction(async (tx) => {
      await tx.insert(rateLimits).values(row(key));
      return keysIn(getDb(), [key]);
    });
    expect(inside).toEqual([key]);
  });

  sqliteOnlyTest("PostgreSQL has one pool, no read-only connection")("refuses writes on the read connection outside a transaction", async () => {
    await expect(
      Promise.resolve(
        getDb()
          .insert(rateLimits)
          .values(row(`outside-${randomUUID()}`)),
      ),
    ).rejects.toThrow(/readonly/);
  });

  it("makes a nested transaction a savepoint: its failure undoes only its own writes", async () => {
    const [outer, inner] = [`outer-${randomUUID()}`, `inner-${randomUUID()}`];
    await writeTransaction(async (tx) => {
      await tx.insert(rateLimits).values(row(outer));
      await expect(
        writeTransaction(async (nested) => {
          await nested.insert(rateLimits).values(row(inner));
          throw new Error("inner fails");
        }),
      ).rejects.toThrow("inner fails");
    });
    expect(await keysIn(getDb(), [outer, inner])).toEqual([outer]);
  });

  it("runs afterCommit callbacks once the transaction committed, never after a rollback, and at once outside one", async () => {
    const key = `after-${randomUUID()}`;
    const heard: string[][] = [];
    await writeTransaction(async (tx) => {
      await tx.insert(rateLimits).values(row(key));
      afterCommit(() => void keysIn(getDb(), [key]).then((keys) => heard.push(keys)));
      expect(heard).toEqual([]);
    });
    await expect.poll(() => heard).toEqual([[key]]);

    let afterRollback = false;
    await expect(
      writeTransaction(() => {
        afterCommit(() => (afterRollback = true));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(afterRollback).toBe(false);

    let outside = false;
    afterCommit(() => (outside = true));
    expect(outside).toBe(true);
  });
});
