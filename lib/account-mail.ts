import "server-only";
// next-intl's own translator without React: next-intl's root entry pulls in React's client hooks,
// which scripts run under the react-server condition cannot load (the version is pinned in overrides).
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import type { Locale } from "./domain";
import { getAppUrl } from "./env";
import { sendMail } from "./mail";

const MESSAGES = { en, id } as const;

function mailText(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "mail" });
}

export function confirmLink(token: string): string {
  return `${getAppUrl()}/confirm?token=${token}`;
}

export function resetLink(token: string): string {
  return `${getAppUrl()}/reset/new?token=${token}`;
}

export function sendConfirmMail(to: string, locale: Locale, token: string): Promise<boolean> {
  const t = mailText(locale);
  return sendMail({ to, subject: t("confirmSubject"), text: t("confirmBody", { link: confirmLink(token) }) });
}

/** To someone who signed up with an address that already has an account: no new account, a way back in. */
export function sendAlreadyRegisteredMail(to: string, locale: Locale, token: string): Promise<boolean> {
  const t = mailText(locale);
  return sendMail({ to, subject: t("existingSubject"), text: t("existingBody", { signIn: `${getAppUrl()}/login`, link: resetLink(token) }) });
}

export function sendResetMail(to: string, locale: Locale, token: string): Promise<boolean> {
  const t = mailText(locale);
  return sendMail({ to, subject: t("resetSubject"), text: t("resetBody", { link: resetLink(token) }) });
}
