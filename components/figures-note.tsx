import { getTranslations } from "@/i18n/server";

/** How the public figures are computed: every count says what it counts, from shared cases only. */
export async function FiguresNote() {
  const t = await getTranslations("directory");
  return (
    <details className="card">
      <summary className="cursor-pointer py-1 font-semibold">{t("howTitle")}</summary>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        <li>{t("howReports")}</li>
        <li>{t("howRules")}</li>
        <li>{t("howHours")}</li>
        <li>{t("howSupport")}</li>
        <li>{t("howPrivacy")}</li>
      </ul>
    </details>
  );
}
