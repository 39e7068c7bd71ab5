import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { getDb } from "@/db";
import { env } from "./env";
import { limiterOn } from "./rate-limit";
import { makeKnownDevice, knownDeviceOf } from "./known-device";
import { sqliteOnlyTest } from "./testing/dialect";
import {
  checkSignIn,
  checkSignUp,
  FAILURES_PER_ACCOUNT,
  FAILURES_PER_SOURCE,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  SIGN_UPS_PER_IP,
} from "./sign-in-throttle";

describe("sign-in limits", () => {
  it("an attacker's failures from many addresses reach the account's ceiling, which spares the owner's known device", async () => {
    const account = "owner@example.test";
    // Spread over many addresses, below the per-source limit each time.
    for (let i = 0; i < FAILURES_PER_ACCOUNT; i++) await recordFailedSignIn(account, { ip: `203.0.113.${i % 25}` });
    const fresh = await checkSignIn(account, { ip: "198.51.100.1" });
    expect(fresh).toMatchObject({ ok: false });
    expect(!fresh.ok && fresh.retryAfterSeconds).toBeGreaterThan(23 * 60 * 60);
    expect(await checkSignIn(account, { ip: "198.51.100.1", deviceId: "owner-phone" })).toEqual({ ok: true });
    // Another account is not touched.
    expect(await checkSignIn("someone-else@example.test", { ip: "203.0.113.1" })).toEqual({ ok: true });
  });

  it("the owner's own failures on their device block that device for 15 minutes, and only it", async () => {
    const account = "typo@example.test";
    const device = { ip: "198.51.100.2", deviceId: "laptop" };
    for (let i = 0; i < FAILURES_PER_SOURCE; i++) await recordFailedSignIn(account, device);
    const blocked = await checkSignIn(account, device);
    expect(blocked).toMatchObject({ ok: false });
    expect(!blocked.ok && blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(!blocked.ok && blocked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await checkSignIn(account, { ip: "198.51.100.2", deviceId: "phone" })).toEqual({ ok: true });
    expect(await checkSignIn(account, { ip: "198.51.100.2" })).toEqual({ ok: true });
  });

  it("failures without a device count per address; a success there clears them", async () => {
    const account = "ip@example.test";
    for (let i = 0; i < FAILURES_PER_SOURCE; i++) await recordFailedSignIn(account, { ip: "192.0.2.1" });
    expect(await checkSignIn(account, { ip: "192.0.2.1" })).toMatchObject({ ok: false });
    expect(await checkSignIn(account, { ip: "192.0.2.2" })).toEqual({ ok: true });
    await recordSuccessfulSignIn(account, { ip: "192.0.2.1" });
    expect(await checkSignIn(account, { ip: "192.0.2.1" })).toEqual({ ok: true });
  });

  it("limits sign-ups per address", async () => {
    for (let i = 0; i < SIGN_UPS_PER_IP; i++) expect(await checkSignUp("192.0.2.50")).toEqual({ ok: true });
    expect(await checkSignUp("192.0.2.50")).toMatchObject({ ok: false });
    expect(await checkSignUp("192.0.2.51")).toEqual({ ok: true });
  });

  sqliteOnlyTest("the other worker is a second connection on the SQLite file")(
    "counts in the database: failures recorded by another worker lock the source out here",
    async () => {
      const account = "shared@example.test";
      getDb();
      const otherWorker = new Database(env.DATABASE_PATH);
      try {
        const failuresThere = limiterOn(otherWorker, "sign-in-source", FAILURES_PER_SOURCE, 15 * 60);
        for (let i = 0; i < FAILURES_PER_SOURCE - 1; i++) await failuresThere.penalty(`${account}|ip:192.0.2.70`, 1);
        expect(await checkSignIn(account, { ip: "192.0.2.70" })).toEqual({ ok: true });
        await recordFailedSignIn(account, { ip: "192.0.2.70" });
        expect(await checkSignIn(account, { ip: "192.0.2.70" })).toMatchObject({ ok: false });
      } finally {
        otherWorker.close();
      }
    },
  );
});

describe("known-device cookie", () => {
  it("is recognised only for the user and session version it was made for, and not when altered", () => {
    const user = { id: "user-1", sessionVersion: 3 };
    const cookie = makeKnownDevice(user, "device-a");
    expect(knownDeviceOf(cookie, user)).toBe("device-a");
    expect(knownDeviceOf(cookie, { id: "user-2", sessionVersion: 3 })).toBeNull();
    // "Sign out everywhere" or a new password: no longer a known device.
    expect(knownDeviceOf(cookie, { ...user, sessionVersion: 4 })).toBeNull();
    expect(knownDeviceOf(cookie.replace("device-a", "device-b"), user)).toBeNull();
    expect(knownDeviceOf(`${cookie}x`, user)).toBeNull();
    expect(knownDeviceOf(undefined, user)).toBeNull();
    expect(knownDeviceOf("device-a.user-1.", user)).toBeNull();
  });
});
