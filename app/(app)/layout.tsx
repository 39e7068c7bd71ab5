import type { Metadata, Viewport } from "next";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import { PageShell } from "@/components/page-shell";
import { getCurrentUser } from "@/lib/auth";
import { unreadNotificationCount } from "@/lib/notifications/inbox";
import type { Locale } from "@/lib/domain";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: t("title"), description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5132" };

/** Private pages and forms: rendered per request, in the viewer's language and time zone. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const [locale, user] = await Promise.all([getLocale(), getCurrentUser()]);
  return (
    <PageShell locale={locale as Locale} viewer={{ role: user?.role ?? null, unread: user ? await unreadNotificationCount(user.id) : 0 }} clientNamespaces={[]}>
      {children}
    </PageShell>
  );
}
