import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { listPublicReports } from "@/db/queries/public";
import { findRule } from "@/lib/countries";
import { localized } from "@/lib/localized";
import type { Locale } from "@/lib/domain";
import { ContentFlag } from "./content-flag";
import { MaskedText } from "./masked-text";

type PublicReport = ReturnType<typeof listPublicReports>[number];

/** A sender's public reports as cards, each with the sender's local time and the rules it broke. */
export async function PublicReportList({ reports, returnTo }: { reports: PublicReport[]; returnTo: string }) {
  const [t, tcat, tch, locale, format] = await Promise.all([
    getTranslations("sender"),
    getTranslations("category"),
    getTranslations("channel"),
    getLocale() as Promise<Locale>,
    getFormatter(),
  ]);
  const ruleTitle = (id: string) => {
    const rule = findRule(id);
    return rule ? localized(rule.title, locale) : id;
  };
  return (
    <ol className="space-y-2" aria-label={t("reportsTitle")}>
      {reports.map((report) => (
        <li key={report.id} className="card space-y-1">
          <p className="text-sm text-stone-700">
            {`${tch(report.channel)} · ${tcat(report.category)} · ${format.dateTime(report.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone: report.timeZone })}`}
          </p>
          {report.text ? (
            <p dir="auto" className="whitespace-pre-wrap break-words">
              <MaskedText text={report.text} />
            </p>
          ) : null}
          {report.callDurationSeconds ? (
            <p className="text-sm">{t("callDuration", { minutes: Math.floor(report.callDurationSeconds / 60), seconds: report.callDurationSeconds % 60 })}</p>
          ) : null}
          {report.ruleIds.length ? <p className="text-sm font-medium text-red-900">{report.ruleIds.map(ruleTitle).join(" · ")}</p> : null}
          <ContentFlag targetKind="incident" targetId={report.id} returnTo={returnTo} />
        </li>
      ))}
    </ol>
  );
}
