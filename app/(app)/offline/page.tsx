import { getTranslations } from "@/i18n/server";
import { ReloadButton } from "@/components/reload-button";

/**
 * What the service worker (lib/pwa/sw.ts) shows when a page cannot be loaded for lack of a
 * connection: kept in its cache at install, in the language of that moment.
 */
export default async function OfflinePage() {
  const t = await getTranslations("offline");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("lead")}</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t("checkConnection")}</li>
        <li>{t("nothingSaved")}</li>
        <li>{t("shareLater")}</li>
      </ul>
      <ReloadButton label={t("retry")} />
    </div>
  );
}
