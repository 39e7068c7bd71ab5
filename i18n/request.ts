import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { asLocale, DEFAULT_LOCALE, DEFAULT_TIME_ZONE, LOCALE_COOKIE, type Locale } from "@/lib/domain";

const messagesOf = async (locale: Locale) => (await import(`../messages/${locale}.json`)).default;

/**
 * Public sender pages carry their locale in the route and are rendered once for everyone: no
 * cookie, no user, Jakarta time. Elsewhere the locale is the visitor's last explicit choice (a
 * cookie), then the signed-in user's profile, then Bahasa Indonesia, and times are shown in the
 * profile's zone, Jakarta for visitors.
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const routed = asLocale(await requestLocale);
  if (routed) return { locale: routed, timeZone: DEFAULT_TIME_ZONE, messages: await messagesOf(routed) };
  const [store, user] = await Promise.all([cookies(), getCurrentUser()]);
  const locale = asLocale(store.get(LOCALE_COOKIE)?.value) ?? user?.locale ?? DEFAULT_LOCALE;
  return { locale, timeZone: user?.timeZone ?? DEFAULT_TIME_ZONE, messages: await messagesOf(locale) };
});
