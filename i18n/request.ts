import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { DEFAULT_LOCALE, DEFAULT_TIME_ZONE, LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/domain";


function asLocale(value: string | undefined): Locale | undefined {
  return LOCALES.find((l) => l === value);
}

/**
 * The locale is the visitor's last explicit choice (a cookie), then the signed-in user's profile,
 * then Bahasa Indonesia. Times are shown in the profile's zone, Jakarta for visitors.
 */
export default getRequestConfig(async () => {
  const [store, user] = await Promise.all([cookies(), getCurrentUser()]);
  const locale = asLocale(store.get(LOCALE_COOKIE)?.value) ?? user?.locale ?? DEFAULT_LOCALE;
  return {
    locale,
    timeZone: user?.timeZone ?? DEFAULT_TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
