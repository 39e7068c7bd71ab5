import { SenderPageLink } from "@/components/sender-page-link";
import { getTranslations } from "@/i18n/server";
import { WeeklyChart } from "@/components/sender-charts-lazy";
import { advocateTrends } from "@/lib/public/advocacy";
import { requireRole } from "@/lib/auth";

/** Advocates: trends across senders, and where to export the public data or write a collective complaint. */
export default async function AdvocatePage() {
  await requireRole("/advocate", ["advocate", "admin"]);
  const t = await getTranslations("advocate");
  const { top, weeks, newSenders } = await advocateTrends();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      <section aria-labelledby="top-heading" className="space-y-2">
        <h2 id="top-heading" className="text-xl font-semibold">
          {t("topTitle")}
        </h2>
        <p>{t("newSenders", { count: newSenders })}</p>
        {top.length === 0 ? <p>{t("none")}</p> : null}
        <ol className="list-decimal space-y-1 pl-6" aria-label={t("topTitle")}>
          {top.map((row) => (
            <li key={row.id}>
              <SenderPageLink senderId={row.pageId}>{row.display}</SenderPageLink> — {t("topRow", { reports: row.reports, people: row.reporters })}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="weeks-heading" className="space-y-2">
        <h2 id="weeks-heading" className="text-xl font-semibold">
          {t("weeksTitle")}
        </h2>
        <WeeklyChart weeks={weeks} label={t("weeksLabel")} />
        <table className="text-sm">
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                {t("weekOf")}
              </th>
              <th scope="col" className="text-right">
                {t("reports")}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week}>
                <td className="pr-4">{week.week}</td>
                <td className="text-right">{week.reports}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="export-heading" className="card space-y-2">
        <h2 id="export-heading" className="text-xl font-semibold">
          {t("exportTitle")}
        </h2>
        <p>{t("exportLead")}</p>
        <div className="flex flex-wrap gap-3">
          <a className="btn-secondary" href="/api/export/directory?format=csv" download>
            {t("allCsv")}
          </a>
          <a className="btn-secondary" href="/api/export/directory?format=json" download>
            {t("allJson")}
          </a>
        </div>
      </section>
    </div>
  );
}
