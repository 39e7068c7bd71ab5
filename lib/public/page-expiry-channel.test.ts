import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Redis } from "ioredis";
import { randomUUID } from "node:crypto";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { pageExpiries } from "@/db/tables";
import { getDb } from "@/db";
import { createExpiryFeed, createExpiryFollower, type PageExpiry } from "../../server/front-expiries.mjs";
import { connectRedis, PAGE_EXPIRY_CHANNEL } from "../redis";
import { startRedisServer } from "../testing/redis-server";
import { serviceAvailable } from "../testing/services";
import { followPageExpiries, publishPageExpiry } from "./page-expiry-channel";

/** Waits, without a clock of its own, until `check` holds. */
async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
}

function recorder(log: ReturnType<typeof createExpiryFeed>["log"]) {
  const applied: { expiry: PageExpiry; fresh: boolean }[] = [];
  const follow = createExpiryFollower({ apply: (expiry, fresh) => applied.push({ expiry, fresh }), log: () => log });
  return { applied, follow };
}

describe("the expiry feed", () => {
  it("hands each message to its follower once; up after a loss, and every check while down, expires all", () => {
    const feed = createExpiryFeed();
    const { applied, follow } = recorder(feed.log);
    feed.up();
    follow.catchUp();
    expect(applied).toEqual([{ expiry: expect.objectContaining({ all: true }), fresh: false }]);
    applied.length = 0;
    feed.push(["a"], 1);
    feed.push(["b", "c"], 2);
    follow.catchUp();
    follow.catchUp();
    expect(applied.map(({ expiry, fresh }) => [expiry.senderIds, fresh])).toEqual([
      [["a"], true],
      [["b", "c"], true],
    ]);
    applied.length = 0;
    feed.down();
    follow.catchUp();
    follow.catchUp();
    expect(applied.map(({ expiry }) => expiry.all)).toEqual([true, true]);
    applied.length = 0;
    feed.up();
    follow.catchUp();
    follow.catchUp();
    expect(applied.map(({ expiry }) => expiry.all)).toEqual([true]);
  });
});

const redisAvailable = serviceAvailable("redis-server");

describe.skipIf(!redisAvailable)("page expiries through Redis", () => {
  let server: Awaited<ReturnType<typeof startRedisServer>>;
  let publisher: Redis;
  let follower: Awaited<ReturnType<typeof followPageExpiries>>;
  beforeAll(async () => {
    server = await startRedisServer();
    publisher = await connectRedis(server.url);
    follower = await followPageExpiries(server.url);
  });
  afterAll(async () => {
    await follower?.close();
    publisher?.disconnect();
    await server?.close();
  });

  it("reach the follower from a publish in this process, and from another process", async () => {
    const { applied, follow } = recorder(follower.log);
    follow.catchUp();
    applied.length = 0;
    const sender = randomUUID();
    await publishPageExpiry([sender], async () => publisher);
    await until(() => (follow.catchUp(), applied.length > 0));
    expect(applied).toEqual([{ expiry: expect.objectContaining({ senderIds: [sender] }), fresh: true }]);

    // Another server: a separate Node process publishing as the app does.
    applied.length = 0;
    const other = randomUUID();
    const script = `const { Redis } = require("ioredis"); const r = new Redis(process.argv[1]);
      r.publish(${JSON.stringify(PAGE_EXPIRY_CHANNEL)}, JSON.stringify({ senderIds: [process.argv[2]], at: Date.now() })).then(() => r.quit());`;
    const child = spawn(process.execPath, ["-e", script, server.url, other], { stdio: "inherit", cwd: process.cwd() });
    expect((await once(child, "exit"))[0]).toBe(0);
    await until(() => (follow.catchUp(), applied.length > 0));
    expect(applied[0]!.expiry.senderIds).toEqual([other]);
  });

  it("do not need the database's log", async () => {
    const before = await getDb().$count(pageExpiries);
    await publishPageExpiry([randomUUID()], async () => publisher);
    expect(await getDb().$count(pageExpiries)).toBe(before);
    expect(getDb()).toBeDefined();
  });

  it("expire everything when the follower's connection was lost, and arrive again after it reconnects", async () => {
    const { applied, follow } = recorder(follower.log);
    follow.catchUp();
    applied.length = 0;
    // Redis drops the subscriber (as a network cut or a Redis restart would).
    await publisher.call("CLIENT", "KILL", "TYPE", "pubsub");
    await until(() => (follow.catchUp(), applied.some(({ expiry }) => expiry.all)));
    // Subscribed again: a new message arrives.
    const sender = randomUUID();
    const arrived = async () => {
      await publishPageExpiry([sender], async () => publisher);
      for (let i = 0; i < 50; i++) {
        follow.catchUp();
        if (applied.some(({ expiry }) => expiry.senderIds.includes(sender))) return true;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return false;
    };
    while (!(await arrived()));
    expect(applied.some(({ expiry }) => expiry.all)).toBe(true);
  });

  it("measures a per-request Redis round trip, the feed's check, and how often a message is in before the publish's reply (printed, not asserted)", async () => {
    await publisher.set("spamtrail:generation", 1);
    const rounds = 5000;
    let started = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) await publisher.get("spamtrail:generation");
    const get = Number(process.hrtime.bigint() - started) / 1000 / rounds;
    started = process.hrtime.bigint();
    for (let i = 0; i < rounds * 10; i++) follower.log.latest();
    const check = Number(process.hrtime.bigint() - started) / 1000 / (rounds * 10);
    const { applied, follow } = recorder(follower.log);
    follow.catchUp();
    let atReply = 0;
    let nextTurn = 0;
    const publishes = 500;
    started = process.hrtime.bigint();
    for (let i = 0; i < publishes; i++) {
      applied.length = 0;
      await publishPageExpiry([`s-${i}`], async () => publisher);
      follow.catchUp();
      if (applied.some(({ expiry }) => expiry.senderIds[0] === `s-${i}`)) atReply++;
      // What server/server.mjs does with REDIS_URL: a request is answered after the I/O of its turn.
      await new Promise((resolve) => setImmediate(resolve));
      follow.catchUp();
      if (applied.some(({ expiry }) => expiry.senderIds[0] === `s-${i}`)) nextTurn++;
    }
    const publish = Number(process.hrtime.bigint() - started) / 1000 / publishes;
    console.log(
      `Redis GET per request: ${get.toFixed(1)} µs; feed check: ${check.toFixed(3)} µs; publish and wait (+ a turn): ${publish.toFixed(1)} µs; message applied at the reply: ${atReply}/${publishes}, after the reply's turn: ${nextTurn}/${publishes}`,
    );
  });
});
