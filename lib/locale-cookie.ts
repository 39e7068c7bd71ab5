import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, type Locale } from "./domain";

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The visitor's explicit language choice outlives the session: it is theirs, not the account's. */
export async function rememberLocale(locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
}
