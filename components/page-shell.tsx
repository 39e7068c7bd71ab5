import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/domain";
import { pickClientMessages, type ClientMessageSet } from "@/i18n/client-namespaces";
import { ServiceWorkerRegistration } from "./service-worker";
import { SiteHeader } from "./site-header";
import { ViewerProvider, type Viewer } from "./viewer";

/**
 * The document around every page, with the messages its client components read
 * (i18n/client-namespaces.ts). Private pages pass the viewer (role and unread notifications);
 * cached public pages pass undefined and the browser asks (see ViewerProvider).
 */
export async function PageShell({
  locale,
  viewer,
  clientNamespaces,
  children,
}: {
  locale: Locale;
  viewer: Viewer | undefined;
  clientNamespaces: readonly ClientMessageSet[];
  children: ReactNode;
}) {
  const [t, messages] = await Promise.all([getTranslations("nav"), getMessages()]);
  const clientMessages = pickClientMessages(messages, clientNamespaces);
  return (
    <html lang={locale}>
      <body className="min-h-dvh">
        <NextIntlClientProvider messages={clientMessages}>
          <ViewerProvider viewer={viewer}>
            <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2">
              {t("skipToContent")}
            </a>
            <SiteHeader role={viewer?.role} />
            <main id="main" className="mx-auto w-full max-w-2xl px-4 pb-16 pt-4">
              {children}
            </main>
          </ViewerProvider>
        </NextIntlClientProvider>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
