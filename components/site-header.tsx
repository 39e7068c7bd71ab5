import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { Role } from "@/lib/domain";
import { LanguageSwitcher } from "./language-switcher";
import { NAV_KEYS, type NavLabels } from "./nav-links";
import { ViewerNav } from "./viewer";

/** Brand, language and the main menu; the menu follows the viewer given to ViewerProvider. */
export async function SiteHeader({ role }: { role: Role | null | undefined }) {
  const t = await getTranslations("nav");
  // "{count}" stays in the unread label: the count is filled in where it is known (in the browser on cached pages).
  const labels = { ...Object.fromEntries(NAV_KEYS.map((key) => [key, t(key)])), notificationsUnread: t.raw("notificationsUnread") as string } as NavLabels;
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-2xl flex-wrap items-center justify-between gap-2 px-4 py-2">
        <Link href={role ? "/cases" : "/"} className="text-lg font-bold text-brand-700 no-underline">
          {t("brand")}
        </Link>
        <LanguageSwitcher label={t("switchLanguage")} />
      </div>
      <nav aria-label={t("main")} className="mx-auto max-w-2xl px-4 pb-2">
        <ViewerNav labels={labels} />
      </nav>
    </header>
  );
}
