import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth";
import { LanguageSwitcher } from "./language-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("nav")]);
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href={user ? "/cases" : "/"} className="text-lg font-bold text-brand-700 no-underline">
          {t("brand")}
        </Link>
        <LanguageSwitcher label={t("switchLanguage")} />
      </div>
      <nav aria-label={t("main")} className="mx-auto max-w-2xl px-4 pb-2">
        <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-base">
          {user ? (
            <>
              <li><Link className="link inline-block py-2" href="/cases">{t("myCases")}</Link></li>
              <li><Link className="link inline-block py-2" href="/incidents/new">{t("logIncident")}</Link></li>
              <li><Link className="link inline-block py-2" href="/senders">{t("directory")}</Link></li>
              {user.role !== "reporter" ? <li><Link className="link inline-block py-2" href="/advocate">{t("advocate")}</Link></li> : null}
              {user.role === "admin" ? <li><Link className="link inline-block py-2" href="/admin">{t("moderation")}</Link></li> : null}
              <li><Link className="link inline-block py-2" href="/profile">{t("profile")}</Link></li>
              <li><SignOutButton label={t("signOut")} /></li>
            </>
          ) : (
            <>
              <li><Link className="link inline-block py-2" href="/senders">{t("directory")}</Link></li>
              <li><Link className="link inline-block py-2" href="/login">{t("signIn")}</Link></li>
              <li><Link className="link inline-block py-2" href="/signup">{t("signUp")}</Link></li>
            </>
          )}
        </ul>
      </nav>
    </header>
  );
}
