import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFICATION_KINDS, type NotificationKind } from "../domain";
import { getAuthSecret } from "../env";

/** What one unsubscribe link turns off: one kind, or every kind (the daily digest's link). */
export type EmailTopic = NotificationKind | "all";
const TOPICS: readonly EmailTopic[] = [...NOTIFICATION_KINDS, "all"];

/** The signature binds the person and the kind; "unsubscribe" keeps it from matching any other HMAC made with the secret. */
function signature(userId: string, kind: EmailTopic): Buffer {
  return createHmac("sha256", getAuthSecret()).update(`unsubscribe\n${userId}\n${kind}`).digest();
}

/**
 * The token in a mail's unsubscribe link: it turns one kind of email off (or back on) for one
 * person, signed out, so it needs no expiry; without the secret it cannot be made.
 */
export function unsubscribeToken(userId: string, kind: EmailTopic): string {
  return `${userId}.${kind}.${signature(userId, kind).toString("base64url")}`;
}

/** Who and what a token is for, or undefined when it is malformed or forged. */
export function verifyUnsubscribeToken(token: string | null | undefined): { userId: string; kind: EmailTopic } | undefined {
  const parts = (token ?? "").split(".");
  if (parts.length !== 3) return undefined;
  const [userId = "", kindText = "", signed = ""] = parts;
  const kind = TOPICS.find((k) => k === kindText);
  if (!kind || !userId) return undefined;
  // The text is compared, not its decoded bytes: base64url's last character carries spare bits
  // a decoder ignores, so an altered link could decode to the same signature.
  const given = Buffer.from(signed);
  const expected = Buffer.from(signature(userId, kind).toString("base64url"));
  return given.length === expected.length && timingSafeEqual(given, expected) ? { userId, kind } : undefined;
}
