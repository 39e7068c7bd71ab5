import type { ReactNode } from "react";
import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { listPublicReports } from "@/db/queries/public";
import type { ReplyView } from "@/db/queries/replies";
import { findRule } from "@/lib/countries";
import { localized } from "@/lib/localized";
import type { Locale } from "@/lib/domain";
import { ContentFlag } from "./content-flag";
import { MaskedText } from "./masked-text";

type PublicReport = Awaited<ReturnType<typeof listPublicReports>>[number];

/**
 * A sender's public reports as cards, each with the sender's local time, the rules it broke and
 * the organisation's replies under it. Readers get "report this" on each; the organisation's own
 * page passes `actions` (its forms) instead, and sees its hidden replies with the reason.
 */
export async function PublicReportList({
  reports,
  replies = {},
  returnTo,
  actions,
}: {
  reports: PublicReport[];
  replies?: Record<string, ReplyView[]>;
  returnTo: string;
  actions?: (report: PublicReport) => ReactNode;
}) {
  const [t, tr, tcat, tch, locale, format] = await Promise.all([
    getTranslations("sender"),
    getTranslations("replies"),
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
          {actions ? null : <ContentFlag targetKind="incident" targetId={report.id} returnTo={returnTo} />}
          {replies[report.id]?.map((reply) => (
            <article key={reply.id} className="mt-2 border-l-4 border-brand-700 pl-3" aria-label={tr("replyLabel", { organisation: reply.organisation })}>
              <p className="text-sm font-medium text-brand-800">
                {tr("replyFrom", { organisation: reply.organisation, date: format.dateTime(reply.createdAt, { dateStyle: "medium" }) })}
              </p>
              <p dir="auto" className={`whitespace-pre-wrap break-words ${reply.hiddenAt ? "text-stone-500 line-through" : ""}`}>
                {reply.text}
              </p>
              {reply.hiddenAt ? (
                <p className="text-sm font-medium text-amber-900">{tr("hidden", { reason: reply.hiddenReason ?? "—" })}</p>
              ) : actions ? null : (
                <ContentFlag targetKind="reply" targetId={reply.id} returnTo={returnTo} />
              )}
            </article>
          ))}
          {actions?.(report)}
        </li>
      ))}
    </ol>
  );
}
