import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { SavedNotice } from "@/components/saved-notice";
import { requireUser } from "@/lib/auth";
import type { CaseWithProgress } from "@/lib/cases/overview";
import { loadCaseList } from "@/lib/cases/list";

export default async function CasesPage({ searchParams }: PageProps<"/cases">) {
  const user = await requireUser("/cases");
  const [t, tc, ts, ti, format, { saved }] = await Promise.all([
    getTranslations("cases"),
    getTranslations("category"),
    getTranslations("caseStatus"),
    getTranslations("import"),
    getFormatter(),
    searchParams,
  ]);
  const { cases, attention } = await loadCaseList(user);
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: user.timeZone });

  const caseLink = (c: CaseWithProgress) => (
    <Link href={`/cases/${c.id}`} className="card block no-underline hover:border-brand-700">
      <span className="block text-lg font-semibold text-brand-700 underline">{c.sender.display}</span>
      <span className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-800">
        {c.latestCategory ? <span>{tc(c.latestCategory)}</span> : null}
        <span>{t("incidentCount", { count: c.incidentCount })}</span>
        <span>
          {c.lastIncidentAt
            ? t("lastIncident", { date: format.dateTime(c.lastIncidentAt, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone }) })
            : t("noIncidents")}
        </span>
        <span>
          {t("statusLabel")}: {ts(`state.${c.progress.state}`)}
          {c.progress.overdue ? ` · ${t("overdueShort")}` : ""}
        </span>
      </span>
    </Link>
  );

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <SavedNotice message={saved === "caseDeleted" ? t("savedCaseDeleted") : undefined} />
      <p>
        <Link href="/import" className="link inline-block py-2">
          {ti("fromCases")}
        </Link>
      </p>
      {attention.length > 0 ? (
        <section aria-labelledby="attention-heading" className="space-y-2 rounded-xl border-2 border-red-700 bg-red-50 p-3">
          <h2 id="attention-heading" className="text-lg font-bold text-red-900">
            {t("needsAttention", { count: attention.length })}
          </h2>
          <ul className="space-y-2">
            {attention.map((c) => {
              const late = c.progress.deadlines.find((d) => d.overdue);
              const step = c.progress.actionDue;
              return (
                <li key={c.id}>
                  <Link href={`/cases/${c.id}`} className="link font-semibold">
                    {c.sender.display}
                  </Link>
                  {late ? (
                    <span className="block text-sm">
                      {late.rule.escalateTo
                        ? t("overdueSince", { date: day(late.dueEnd), regulator: late.rule.escalateTo })
                        : t("overdueSinceNoBody", { date: day(late.dueEnd) })}
                    </span>
                  ) : null}
                  {step ? <span className="block text-sm">{t("actionDue", { date: day(step.dueEnd) })}</span> : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <p className="text-stone-700">{t("lead")}</p>
      <Link href="/incidents/new" className="btn-primary w-full sm:w-auto">
        {t("logNew")}
      </Link>
      {cases.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {cases.map((c) => (
            <li key={c.id}>{caseLink(c)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
