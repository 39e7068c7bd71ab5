import "server-only";
import { findRecipient, setEmailPreferences } from "@/db/queries/notifications";
import type { User } from "@/db/schema";
import { NOTIFICATION_KINDS, type NotificationKind } from "../domain";
import type { EmailPreferencesInput } from "../validations/notifications";
import { verifyUnsubscribeToken, type EmailTopic } from "./unsubscribe-token";

export function emailPreferencesOf(user: Pick<User, "emailOff" | "emailDigest">): EmailPreferencesInput {
  return { emailed: NOTIFICATION_KINDS.filter((kind) => !user.emailOff.includes(kind)), digest: user.emailDigest };
}

export async function saveEmailPreferences(userId: string, input: EmailPreferencesInput): Promise<void> {
  await setEmailPreferences(userId, { emailOff: NOTIFICATION_KINDS.filter((kind) => !input.emailed.includes(kind)), emailDigest: input.digest });
}

/**
 * What an unsubscribe link does, signed out: turns its topic's email off (or back on) for the
 * person it was made for. Undefined, and nothing changed, when the token is forged or its person gone.
 */
export async function setEmailTopic(token: string | null | undefined, emailed: boolean): Promise<{ topic: EmailTopic } | undefined> {
  const verified = verifyUnsubscribeToken(token);
  if (!verified) return undefined;
  const recipient = await findRecipient(verified.userId);
  if (!recipient) return undefined;
  const topic: readonly NotificationKind[] = verified.kind === "all" ? NOTIFICATION_KINDS : [verified.kind];
  const emailOff = emailed ? recipient.emailOff.filter((kind) => !topic.includes(kind)) : [...new Set([...recipient.emailOff, ...topic])];
  await setEmailPreferences(verified.userId, { emailOff });
  return { topic: verified.kind };
}
