import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/i18n/server";
import { markAllReadAction } from "@/lib/actions/notifications";
import { requireUser } from "@/lib/auth";
import type { Locale } from "@/lib/domain";
import { cursorParam, notificationPage, parseCursor } from "@/lib/notifications/inbox";
import { notificationText, type NotificationTranslator } from "@/lib/notifications/text";

/** The viewer's own notifications, newest first, 50 a page; each opens through a link that marks it read. */
export default async function NotificationsPage({ searchParams }: PageProps<"/notifications">) {
  const user = await requireUser("/notifications");
  const [{ after }, t, format, locale] = await Promise.all([searchParams, getTranslations("notifications"), getFormatter(), getLocale()]);
  const cursor = parseCursor(after);
  const { items, older } = await notificationPage(user.id, cursor);
  const anyUnread = items.some((item) => !item.readAt);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("lead")}</p>
      {anyUnread ? (
        <form action={markAllReadAction}>
          <button type="submit" className="btn-secondary">
            {t("markAllRead")}
          </button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-2">
          {items.map((item) => {
            const { text } = notificationText(t as unknown as NotificationTranslator, locale as Locale, item.kind, item.data);
            const unread = !item.readAt;
            return (
              <li key={item.id}>
                <a
                  href={`/notifications/${item.id}/open`}
                  className={`card block no-underline hover:border-brand-700 ${unread ? "border-l-8 border-l-brand-700 bg-brand-50" : ""}`}
                >
                  {unread ? <span className="mb-1 inline-block rounded bg-brand-700 px-2 text-sm font-bold text-white">{t("unread")}</span> : null}
                  <span className={`block text-stone-900 ${unread ? "font-semibold" : ""}`}>{text}</span>
                  <span className="mt-1 block text-sm text-stone-700">
                    <time dateTime={item.createdAt.toISOString()}>
                      {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone })}
                    </time>
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      <p className="flex flex-wrap gap-x-4">
        {older ? (
          <Link className="link inline-block py-2" href={`/notifications?after=${cursorParam(older)}`}>
            {t("older")}
          </Link>
        ) : null}
        {cursor ? (
          <Link className="link inline-block py-2" href="/notifications">
            {t("newest")}
          </Link>
        ) : null}
        <Link className="link inline-block py-2" href="/profile#emails">
          {t("emailSettings")}
        </Link>
      </p>
    </div>
  );
}
