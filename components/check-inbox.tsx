"use client";
import { useTranslations } from "next-intl";

/** What sign-up and "forgot password" answer, whatever the address: the mail tells the rest. */
export function CheckInbox({ text }: { text: string }) {
  const t = useTranslations("auth");
  return (
    <section role="status" aria-labelledby="check-inbox-heading" className="space-y-2 rounded-lg border border-brand-700 bg-brand-50 p-4 text-brand-900">
      <h2 id="check-inbox-heading" className="text-xl font-semibold">
        {t("checkInboxTitle")}
      </h2>
      <p>{text}</p>
      <p>{t("checkInboxHint")}</p>
    </section>
  );
}
