import "server-only";
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import type { DueNotification, Recipient } from "@/db/queries/notifications";
import type { Locale } from "../domain";
import { getAppUrl } from "../env";
import type { Mail } from "../mail";
import { notificationText, type NotificationTranslator } from "./text";
import { unsubscribeToken, type EmailTopic } from "./unsubscribe-token";

const MESSAGES = { en, id } as const;

export function notificationTranslator(locale: Locale): NotificationTranslator {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "notifications" }) as unknown as NotificationTranslator;
}

export function unsubscribeLink(userId: string, topic: EmailTopic): string {
  return `${getAppUrl()}/unsubscribe?token=${unsubscribeToken(userId, topic)}`;
}

/** RFC 8058: mail apps show their own "unsubscribe" button and POST to the link, signed out. */
function unsubscribeHeaders(userId: string, topic: EmailTopic): Record<string, string> {
  const token = unsubscribeToken(userId, topic);
  return { "List-Unsubscribe": `<${getAppUrl()}/api/unsubscribe?token=${token}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

/** One notification as a mail in the person's language, with its link and a link that stops mails of its kind. */
export function notificationMail(row: DueNotification): Mail {
  const { recipient } = row;
  const t = notificationTranslator(recipient.locale);
  const { subject, text, path } = notificationText(t, recipient.locale, row.kind, row.data);
  return {
    to: recipient.email,
    subject,
    text: t("mailBody", {
      text,
      link: `${getAppUrl()}${path}`,
      unsubscribe: unsubscribeLink(recipient.id, row.kind),
      settings: `${getAppUrl()}/profile#emails`,
    }),
    headers: unsubscribeHeaders(recipient.id, row.kind),
  };
}

/** The daily digest: every row in one mail; its unsubscribe link stops all notification mails. */
export function digestMail(recipient: Recipient, rows: readonly DueNotification[]): Mail {
  const t = notificationTranslator(recipient.locale);
  const items = rows.map((row) => {
    const { text, path } = notificationText(t, recipient.locale, row.kind, row.data);
    return t("digestItem", { text, link: `${getAppUrl()}${path}` });
  });
  return {
    to: recipient.email,
    subject: t("digestSubject", { count: rows.length }),
    text: [t("digestIntro"), "", ...items, "", t("digestFooter", { settings: `${getAppUrl()}/profile#emails` }), unsubscribeLink(recipient.id, "all")].join(
      "\n",
    ),
    headers: unsubscribeHeaders(recipient.id, "all"),
  };
}
