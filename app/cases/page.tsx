import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SavedNotice } from "@/components/saved-notice";
import { listCaseSummaries } from "@/db/queries/cases";
import { requireUser } from "@/lib/auth";

export default async function CasesPage({ searchParams }: PageProps<"/cases">) {
  const user = await requireUser("/cases");
  const [t, tc, ts, format, { saved }] = await Promise.all([
    getTranslations("cases"),
    getTranslations("category"),
    getTranslations("status"),
    getFormatter(),
    searchParams,
  ]);
  const summaries = listCaseSummaries(user.id);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SavedNotice message={saved === "caseDeleted" ? t("savedCaseDeleted") : undefined} />
      <p className="text-stone-700">{t("lead")}</p>
      <Link href="/incidents/new" className="btn-primary w-full sm:w-auto">
        {t("logNew")}
      </Link>
      {summaries.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {summaries.map((c) => (
            <li key={c.id}>
              <Link href={`/cases/${c.id}`} className="card block no-underline hover:border-brand-700">
                <span className="block text-lg font-semibold text-brand-700 underline">{c.sender.display}</span>
                <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-800">
                  {c.latestCategory ? <span>{tc(c.latestCategory as never)}</span> : null}
                  <span>{t("incidentCount", { count: c.incidentCount })}</span>
                  <span>
                    {c.lastIncidentAt
                      ? t("lastIncident", { date: format.dateTime(c.lastIncidentAt, { dateStyle: "medium", timeStyle: "short" }) })
                      : t("noIncidents")}
                  </span>
                  <span>
                    {t("statusLabel")}: {ts(c.status)}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
