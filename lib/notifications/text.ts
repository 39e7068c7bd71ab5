import type { Locale, NotificationKind } from "../domain";

type Data = Record<string, string | number | null | undefined>;

/** The translator of the `notifications` namespace (next-intl's or use-intl's). */
export type NotificationTranslator = (key: string, values?: Record<string, string | number>) => string;

export type NotificationText = { subject: string; text: string; path: string };

const str = (data: Data, key: string): string | undefined => {
  const value = data[key];
  return value === null || value === undefined || value === "" ? undefined : String(value);
};

function formatDay(isoDate: string | undefined, locale: Locale): string | undefined {
  if (!isoDate || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return undefined;
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** Where a notification leads: the case (or its public share), or the organisation page. */
export function notificationPath(kind: NotificationKind, data: Data): string {
  const caseId = str(data, "caseId");
  switch (kind) {
    case "reply":
    case "company_deadline":
    case "letter_deadline":
      return caseId ? `/cases/${encodeURIComponent(caseId)}` : "/cases";
    case "report_hidden":
    case "report_restored":
      return caseId ? `/cases/${encodeURIComponent(caseId)}/share` : "/cases";
    case "claim_approved":
    case "claim_refused":
      return "/organisation";
  }
}

/**
 * What a notification says, in the reader's language, from its kind and data alone (every key
 * optional: a missing name reads as "the company", a missing reason is left out).
 */
export function notificationText(t: NotificationTranslator, locale: Locale, kind: NotificationKind, data: Data): NotificationText {
  const organisation = str(data, "organisation") ?? t("someCompany");
  const sender = str(data, "sender") ?? t("someSender");
  const reason = str(data, "reason");
  const date = formatDay(str(data, "dueDate"), locale);
  const path = notificationPath(kind, data);
  switch (kind) {
    case "reply":
      return { subject: t("subject.reply"), text: t("text.reply", { organisation }), path };
    case "company_deadline":
      return {
        subject: t("subject.company_deadline"),
        text: date ? t("text.company_deadline", { sender, date }) : t("text.company_deadlineUndated", { sender }),
        path,
      };
    case "letter_deadline":
      return {
        subject: t("subject.letter_deadline"),
        text: date ? t("text.letter_deadline", { sender, date }) : t("text.letter_deadlineUndated", { sender }),
        path,
      };
    case "report_hidden":
      return { subject: t("subject.report_hidden"), text: reason ? t("text.report_hiddenWhy", { reason }) : t("text.report_hidden"), path };
    case "report_restored":
      return { subject: t("subject.report_restored"), text: t("text.report_restored"), path };
    case "claim_approved":
      return { subject: t("subject.claim_approved"), text: t("text.claim_approved", { organisation }), path };
    case "claim_refused":
      return {
        subject: t("subject.claim_refused"),
        text: reason ? t("text.claim_refusedWhy", { organisation, reason }) : t("text.claim_refused", { organisation }),
        path,
      };
  }
}
