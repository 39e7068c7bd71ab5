import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { ContentFlag } from "@/components/content-flag";
import { FiguresNote } from "@/components/figures-note";
import { MaskedText } from "@/components/masked-text";
import { PublicReportList } from "@/components/public-report-list";
import { findSenderPage, loadSenderPage } from "@/lib/public/sender-page";
import { SenderViewerTools } from "@/components/sender-viewer-tools";
import { updateSenderDetailsAction } from "@/lib/actions/moderation";
import { asLocale } from "@/lib/domain";
import { HeatmapChart, WeeklyChart } from "@/components/sender-charts-lazy";
import { findRule } from "@/lib/countries";

/** Below this many cases, support figures say little: the page warns. */
const SMALL_SAMPLE = 5;

// Rendered on a sender's first visit, then served from the cache; writes that change a sender's
// public figures expire its pages (lib/public/page-cache.ts). The hour is only a safety net.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/senders/[senderId]">): Promise<Metadata> {
  const { locale: routed, senderId } = await params;
  // An unknown language: the layout answers 404; no cookie may be read here (see the layout).
  const locale = asLocale(routed);
  if (!locale) notFound();
  const found = await findSenderPage(senderId);
  const t = await getTranslations({ locale, namespace: "meta" });
  return { title: found ? `${found.sender.organisation ?? found.sender.display} · ${t("title")}` : t("title") };
}

/** A sender's public page: facts with their denominators, when it sends, the rules it breaks, how its support answers, the reports. */
export default async function SenderPage({ params }: PageProps<"/[locale]/senders/[senderId]">) {
  const { locale: routed, senderId } = await params;
  const locale = asLocale(routed);
  const page = locale ? await loadSenderPage(senderId) : null;
  if (!locale || !page) notFound();
  setRequestLocale(locale);
  const {
    sender,
    identities,
    stats,
    reports,
    replies,
    older,
    conversations,
    screenshots,
    rules,
    weeks,
    hoursRule,
    legalWindows,
    organisation,
    statement,
    replyFigures,
  } = page;
  const facts = stats.facts;
  const [ta, t, tr, tcat, tch, texch, tsector, tcountry, ttag, format] = await Promise.all([
    getTranslations("advocate"),
    getTranslations("sender"),
    getTranslations("replies"),
    getTranslations("category"),
    getTranslations("channel"),
    getTranslations("exchangeChannel"),
    getTranslations("sector"),
    getTranslations("country"),
    getTranslations("exchangeTag"),
    getFormatter(),
  ]);
  const weekdays = Array.from({ length: 7 }, (_, i) => format.dateTime(new Date(Date.UTC(2026, 10, 23 + i)), { weekday: "short", timeZone: "UTC" }));
  const date = (value: Date | null) => (value ? format.dateTime(value, { dateStyle: "medium" }) : "—");
  const support = facts.support;
  const share = (part: number) => (support.cases ? Math.round((part / support.cases) * 100) : 0);
  const returnTo = `/senders/${sender.id}`;

  return (
    <div className="space-y-6">
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the directory is another document (components/sender-page-link.tsx) */}
      <a href="/senders" className="link inline-block py-2">
        ← {t("back")}
      </a>
      <div>
        <h1 className="break-words text-2xl font-bold">{sender.organisation ?? sender.display}</h1>
        <p className="text-stone-700">
          {[sender.organisation ? sender.display : null, stats.sector ? tsector(stats.sector) : null].filter(Boolean).join(" · ")}
        </p>
        {identities.length > 1 ? <p>{t("identities", { list: identities.map((identity) => identity.display).join(", ") })}</p> : null}
      </div>

      <section aria-labelledby="facts-heading" className="card space-y-2">
        <h2 id="facts-heading" className="text-xl font-semibold">
          {t("factsTitle")}
        </h2>
        <p className="text-lg font-semibold">{t("reportedBy", { people: stats.reporters, reports: stats.publicReports, cases: stats.publicCases })}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="font-medium">{t("firstSeen")}</dt>
          <dd>{date(stats.firstSeen)}</dd>
          <dt className="font-medium">{t("lastSeen")}</dt>
          <dd>{date(stats.lastSeen)}</dd>
          <dt className="font-medium">{t("categories")}</dt>
          <dd>
            {Object.entries(facts.categories)
              .map(([key, count]) => `${tcat(key as never)} (${count})`)
              .join(", ")}
          </dd>
          <dt className="font-medium">{t("channels")}</dt>
          <dd>
            {Object.entries(facts.channels)
              .map(([key, count]) => `${tch(key as never)} (${count})`)
              .join(", ")}
          </dd>
          {stats.country ? (
            <>
              <dt className="font-medium">{t("recipients")}</dt>
              <dd>{tcountry(stats.country)}</dd>
            </>
          ) : null}
        </dl>
      </section>

      {organisation ? (
        <section aria-labelledby="answer-heading" className="card space-y-2">
          <h2 id="answer-heading" className="text-xl font-semibold">
            {tr("answerTitle")}
          </h2>
          <p>{tr("answerIntro", { organisation: organisation.name })}</p>
          {statement ? (
            <div className="border-l-4 border-brand-700 pl-3">
              <p className="font-semibold">{tr("statementFrom", { kind: tr(`kind.${statement.kind}`), date: date(statement.createdAt) })}</p>
              <p dir="auto" className="whitespace-pre-wrap break-words">
                {statement.text}
              </p>
            </div>
          ) : (
            <p>{tr("noStatement", { organisation: organisation.name })}</p>
          )}
          {organisation.complaintContact ? (
            <p>
              <span className="font-medium">{tr("complaintContact")}</span> <span className="break-all">{organisation.complaintContact}</span>
            </p>
          ) : null}
          <ul className="list-disc space-y-1 pl-5">
            <li>{tr("answered", { answered: replyFigures.answered, reports: replyFigures.reports, percent: replyFigures.percent })}</li>
            {replyFigures.medianMinutes !== null ? (
              <li>
                {replyFigures.medianMinutes < 60
                  ? tr("medianTimeMinutes", { minutes: Math.round(replyFigures.medianMinutes), answered: replyFigures.answered })
                  : tr("medianTime", { time: format.number(Math.round(replyFigures.medianMinutes / 6) / 10), answered: replyFigures.answered })}
              </li>
            ) : null}
          </ul>
          <p className="text-sm text-stone-700">{tr("definition")}</p>
          {replyFigures.answered > 0 && replyFigures.answered < SMALL_SAMPLE ? (
            <p role="note" className="font-medium text-amber-900">
              {tr("smallSample", { count: replyFigures.answered })}
            </p>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="rules-heading" className="space-y-2">
        <h2 id="rules-heading" className="text-xl font-semibold">
          {t("rulesTitle")}
        </h2>
        {rules.length === 0 ? <p>{t("noRules")}</p> : null}
        <ul className="space-y-2">
          {rules.map(([ruleId, counts]) => {
            const known = findRule(ruleId);
            return (
              <li key={ruleId} className="card">
                <p className="font-semibold">{known ? known.title[locale] : ruleId}</p>
                <p>{t("ruleCounts", { cases: counts.cases, reports: counts.reports })}</p>
                {known ? (
                  <p className="text-sm text-stone-700">
                    {`${known.source.instrument}, ${known.source.article}`}
                    {known.confidence !== "H" ? ` · ${t("mayApply")}` : ""}
                    {known.sectors === "financial" ? ` · ${t("ifLicensed")}` : ""}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="hours-heading" className="space-y-2">
        <h2 id="hours-heading" className="text-xl font-semibold">
          {t("hoursTitle")}
        </h2>
        <p>
          {hoursRule && stats.country
            ? t("hoursLegend", { country: tcountry(stats.country), rule: `${hoursRule.source.instrument}, ${hoursRule.source.article}` })
            : t("hoursNoRule")}
        </p>
        <div className="overflow-x-auto">
          <HeatmapChart grid={facts.heatmap} weekdays={weekdays} window={legalWindows} label={t("hoursChartLabel", { reports: stats.publicReports })} />
        </div>
        <details>
          <summary className="cursor-pointer py-1 font-medium">{t("asTable")}</summary>
          <table className="mt-2 text-sm">
            <caption className="sr-only">{t("hoursTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("hour")}</th>
                {weekdays.map((day) => (
                  <th key={day} scope="col" className="px-1">
                    {day}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: 24 }, (_, hour) =>
                facts.heatmap.some((row) => row[hour]) ? (
                  <tr key={hour}>
                    <th scope="row">{String(hour).padStart(2, "0")}:00</th>
                    {facts.heatmap.map((row, day) => (
                      <td key={day} className="px-1 text-center">
                        {row[hour] || ""}
                      </td>
                    ))}
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="weeks-heading" className="space-y-2">
        <h2 id="weeks-heading" className="text-xl font-semibold">
          {t("weeksTitle")}
        </h2>
        <WeeklyChart weeks={weeks} label={t("weeksChartLabel", { weeks: weeks.length })} />
        <details>
          <summary className="cursor-pointer py-1 font-medium">{t("asTable")}</summary>
          <table className="mt-2 text-sm">
            <thead>
              <tr>
                <th scope="col">{t("weekOf")}</th>
                <th scope="col">{t("reportsColumn")}</th>
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.week}>
                  <td>{week.week}</td>
                  <td className="text-right">{week.reports}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <section aria-labelledby="support-heading" className="card space-y-2">
        <h2 id="support-heading" className="text-xl font-semibold">
          {t("supportTitle")}
        </h2>
        {support.cases === 0 ? (
          <p>{t("supportNone")}</p>
        ) : (
          <>
            <ul className="list-disc space-y-1 pl-5">
              <li>
                {support.medianFirstReplyMinutes === null
                  ? t("supportNoReply", { complained: support.complained })
                  : t("supportFirstReply", { time: format.number(Math.round(support.medianFirstReplyMinutes / 6) / 10), replied: support.replied })}
              </li>
              <li>{t("supportRedirected", { percent: share(support.redirected), count: support.redirected, cases: support.cases })}</li>
              <li>{t("supportResolved", { percent: share(support.resolved), count: support.resolved, cases: support.cases })}</li>
            </ul>
            {support.cases < SMALL_SAMPLE ? (
              <p role="note" className="font-medium text-amber-900">
                {t("smallSample", { cases: support.cases })}
              </p>
            ) : null}
          </>
        )}
        {conversations.length > 0 ? (
          <details>
            <summary className="cursor-pointer py-1 font-medium">{t("conversations", { count: conversations.length })}</summary>
            <div className="mt-2 space-y-3">
              {conversations.map((conversation) => (
                <ol key={conversation.shareId} className="space-y-1 border-l-2 border-stone-300 pl-3">
                  {conversation.messages.map((message) => (
                    <li key={message.id}>
                      <p className="text-sm text-stone-700">
                        {`${message.direction === "outgoing" ? t("fromReporter") : t("fromSender")} · ${texch(message.channel)} · ${format.dateTime(message.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone: message.timeZone })}`}
                        {message.tags.length ? ` · ${message.tags.map((tag) => ttag(tag)).join(", ")}` : ""}
                      </p>
                      {message.text ? (
                        <p dir="auto" className="whitespace-pre-wrap break-words">
                          <MaskedText text={message.text} />
                        </p>
                      ) : null}
                      <ContentFlag targetKind="exchange" targetId={message.id} returnTo={returnTo} />
                    </li>
                  ))}
                </ol>
              ))}
            </div>
          </details>
        ) : null}
      </section>

      {screenshots.length > 0 ? (
        <section aria-labelledby="shots-heading" className="space-y-2">
          <h2 id="shots-heading" className="text-xl font-semibold">
            {t("screenshotsTitle")}
          </h2>
          <ul className="grid grid-cols-3 gap-2">
            {screenshots.map((shot) => (
              <li key={shot.id}>
                <a href={`/api/public-evidence/${shot.id}`}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- published crops, served by their own route */}
                  <img
                    src={`/api/public-evidence/${shot.id}`}
                    alt={t("screenshotAlt")}
                    width={shot.width}
                    height={shot.height}
                    className="h-auto w-full rounded border border-stone-300"
                    loading="lazy"
                  />
                </a>
                <ContentFlag targetKind="evidence" targetId={shot.id} returnTo={returnTo} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="reports-heading" className="space-y-2">
        <h2 id="reports-heading" className="text-xl font-semibold">
          {t("reportsTitle")}
        </h2>
        <PublicReportList reports={reports} replies={replies} returnTo={returnTo} />
        {older ? (
          <nav aria-label={t("pages")} className="flex justify-end">
            <a className="btn-secondary" href={`/senders/${sender.id}/reports?before=${older}`}>
              {t("older")}
            </a>
          </nav>
        ) : null}
      </section>
      <SenderViewerTools
        senderId={sender.id}
        labels={{
          senderTools: ta("senderTools"),
          exportCsv: ta("exportCsv"),
          exportJson: ta("exportJson"),
          collective: ta("collective"),
          collectiveHint: ta("collectiveHint"),
        }}
        details={{ organisation: sender.organisation ?? "", sector: sender.sector ?? "", sameAs: "" }}
        saveDetails={updateSenderDetailsAction.bind(null, sender.id)}
      />
      <FiguresNote />
    </div>
  );
}
