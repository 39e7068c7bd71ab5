import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { getAuthSecret } from "./env";

/**
 * A browser the owner signed in from: a long-lived httpOnly cookie `<device id>.<user id>.<mac>`,
 * the MAC an HMAC with the auth secret over both and the user's session version. Wrong passwords
 * from it are counted on their own and the account-wide ceiling does not apply to it
 * (lib/sign-in-throttle.ts), so guesses from elsewhere cannot lock the owner out of their usual
 * browser. Raising the session version (password change or reset, "sign out everywhere") also
 * ends every known device: a browser left signed in somewhere loses its exemption.
 */
export const KNOWN_DEVICE_COOKIE = "spamtrail-device";
export const KNOWN_DEVICE_MAX_AGE = 365 * 24 * 60 * 60;

type Owner = { id: string; sessionVersion: number };

function mac(deviceId: string, user: Owner): string {
  return createHmac("sha256", getAuthSecret()).update(`known-device\0${deviceId}\0${user.id}\0${user.sessionVersion}`).digest("base64url");
}

export function makeKnownDevice(user: Owner, deviceId: string = randomUUID()): string {
  return `${deviceId}.${user.id}.${mac(deviceId, user)}`;
}

/** The device id when the cookie is genuine and was made for this user at its current session version, else null. */
export function knownDeviceOf(cookie: string | undefined, user: Owner): string | null {
  const [deviceId, owner, given, ...rest] = (cookie ?? "").split(".");
  if (!deviceId || !given || rest.length || owner !== user.id) return null;
  const expected = Buffer.from(mac(deviceId, user));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? deviceId : null;
}
