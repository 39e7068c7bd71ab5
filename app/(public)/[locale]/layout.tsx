import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { PageShell } from "@/components/page-shell";
import { PUBLIC_CLIENT_NAMESPACES } from "@/i18n/client-namespaces";
import { asLocale, LOCALES } from "@/lib/domain";
import "../../globals.css";

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  // An unknown language is a missing page: without a known locale next-intl would read the
  // cookie, which a cached page must not (Next then fails the render with a 500).
  const locale = asLocale((await params).locale);
  if (!locale) notFound();
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: t("title"), description: t("description") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5132" };

/**
 * Public sender pages, the same for every viewer: the language comes from the route (next.config.js
 * rewrites /senders/<id> to /<locale>/senders/<id> from the language cookie), so each page is
 * rendered once per language and served from Next's cache until a write expires it.
 */
export default async function PublicLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = asLocale((await params).locale);
  if (!locale) notFound();
  setRequestLocale(locale);
  return (
    <PageShell locale={locale} viewer={undefined} clientNamespaces={PUBLIC_CLIENT_NAMESPACES}>
      {children}
    </PageShell>
  );
}
