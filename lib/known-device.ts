import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "./env";

/**
 * A browser the owner signed in from: a long-lived httpOnly cookie `<device id>.<user id>.<mac>`,
 * the MAC an HMAC with the auth secret. Wrong passwords from it are counted on their own and
 * the account-wide ceiling does not apply to it (lib/sign-in-throttle.ts), so guesses from
 * elsewhere cannot lock the owner out of their usual browser.
 */
export const KNOWN_DEVICE_COOKIE = "spamtrail-device";
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 60 * 60;

function mac(deviceId: string, userId: string): string {
  return createHmac("sha256", getAuthSecret()).update(`known-device\0${deviceId}\0${userId}`).digest("base64url");
}

export function makeKnownDevice(userId: string, deviceId: string = randomUUID()): string {
  return `${deviceId}.${userId}.${mac(deviceId, userId)}`;
}

/** The device id when the cookie is genuine and was made for this user, else null. */
export function knownDeviceOf(cookie: string | undefined, userId: string): string | null {
  const [deviceId, owner, given, ...rest] = (cookie ?? "").split(".");
  if (!deviceId || !given || rest.length || owner !== userId) return null;
  const expected = Buffer.from(mac(deviceId, userId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}
