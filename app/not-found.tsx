import { getTranslations } from "@/i18n/server";
import { DEFAULT_LOCALE } from "@/lib/domain";
import "./globals.css";

/**
 * An address no route matches. Next renders this root fallback inside every page's tree, cached
 * public pages included, so it must not read the request (cookie, session): it speaks both
 * languages instead of guessing one.
 */
export default async function NotFound() {
  const [id, en] = await Promise.all([
    getTranslations({ locale: DEFAULT_LOCALE, namespace: "notFound" }),
    getTranslations({ locale: "en", namespace: "notFound" }),
  ]);
  return (
    <html lang={DEFAULT_LOCALE}>
      <body className="min-h-dvh">
        <title>{`${id("title")} · ${en("title")}`}</title>
        <main id="main" className="mx-auto w-full max-w-2xl space-y-3 px-4 pb-16 pt-8">
          <h1 className="text-2xl font-bold">{id("title")}</h1>
          <p>{id("body")}</p>
          <div lang="en" className="space-y-3">
            <h2 className="text-xl font-bold">{en("title")}</h2>
            <p>{en("body")}</p>
          </div>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- this page has no app around it: load the home page whole */}
          <a className="link inline-block py-2" href="/">{`${id("home")} · ${en("home")}`}</a>
        </main>
      </body>
    </html>
  );
}
