import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickClientMessages, type ClientMessageSet } from "@/i18n/client-namespaces";

/**
 * The messages the client components of one page read, and no others: each namespace listed here
 * is serialized into the page twice (HTML and payload), so private pages name theirs instead of
 * shipping every form's wording with every page. lib/messages.test.ts follows each page's imports
 * to keep the list exact.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly ClientMessageSet[]; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickClientMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
