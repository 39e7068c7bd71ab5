import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { ContactChannel, Regulator } from "@/lib/countries/types";
import { documentHref, preparesDocument } from "@/lib/documents/registry";
import { localized } from "@/lib/localized";
import type { Recommendation } from "@/lib/cases/recommendations";

const channelHref = (channel: ContactChannel): string | null => {
  switch (channel.kind) {
    case "web":
      return channel.value;
    case "email":
      return `mailto:${channel.value}`;
    case "phone":
      return `tel:${channel.value.replace(/[^0-9+]/g, "")}`;
    case "sms":
      return `sms:${channel.value}`;
    case "whatsapp":
      // wa.me wants the international number; the packs' WhatsApp numbers are Indonesian (0… → 62…).
      return `https://wa.me/${channel.value.replace(/[^0-9]/g, "").replace(/^0/, "62")}`;
    case "letter":
      return null;
  }
};

/** A body's document page (lib/documents/registry.ts), when Spamtrail prepares one for it. */
const prepareHref = (caseId: string, regulator: Regulator): string | null => (preparesDocument(regulator) ? documentHref(caseId, regulator.id) : null);

type Translate = Awaited<ReturnType<typeof getTranslations<"routes">>>;

/** When a route can be taken; "may apply" when it is open now but rests on a fact not known yet. */
function TimingBadge({ timing, conditional, t }: { timing: Recommendation["timing"]; conditional: boolean; t: Translate }) {
  return (
    <span
      className={`badge ${timing === "now" && !conditional ? "bg-green-100 text-green-900" : timing === "now" ? "bg-amber-100 text-amber-950" : "bg-stone-200 text-stone-900"}`}
    >
      {timing === "now" && conditional ? t("mayApply") : t(`timing.${timing}`)}
    </span>
  );
}

/** "What can I do?" in full (the case's routes page): where this case can go, when, why, and what each route still needs. */
export async function CaseRoutes({
  caseId,
  recommendations,
  timeZone,
  dataRequest,
}: {
  caseId: string;
  recommendations: Recommendation[];
  timeZone: string;
  /** The law a personal-data letter to the sender rests on, when the country has one. */
  dataRequest: string | null;
}) {
  const [t, tf, locale, format] = await Promise.all([getTranslations("routes"), getTranslations("documents"), getLocale(), getFormatter()]);
  if (recommendations.length === 0 && !dataRequest) return null;
  return (
    <section aria-labelledby="routes-heading" className="space-y-3">
      <h2 id="routes-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="space-y-3">
        {recommendations.map(({ regulator, timing, reasons, violationCount, dueEnd, conditions, missingProfile }) => (
          <li key={regulator.id} className="card space-y-2">
            <h3 className="font-semibold">
              {regulator.name} <TimingBadge timing={timing} conditional={conditions.length > 0} t={t} />
            </h3>
            <p>{localized(regulator.takes, locale)}</p>
            {conditions.length > 0 ? (
              <p className="text-sm font-medium">{t("onlyIf", { conditions: format.list(conditions.map((condition) => t(`condition.${condition}`))) })}</p>
            ) : null}
            <ul className="list-disc pl-5 text-sm">
              {reasons.map((reason) => (
                <li key={reason}>
                  {t(`reason.${reason}`, { count: violationCount, date: dueEnd ? format.dateTime(dueEnd, { dateStyle: "full", timeZone }) : "" })}
                </li>
              ))}
            </ul>
            {missingProfile.length > 0 ? (
              <p className="text-sm">
                {t("missingProfile", { fields: missingProfile.map((field) => tf(field)).join(", ") })}{" "}
                <Link href="/profile#documents" className="link">
                  {t("fillProfile")}
                </Link>
              </p>
            ) : null}
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {regulator.channels.map((channel) => {
                const href = channelHref(channel);
                const label = `${t(`channel.${channel.kind}`)}: ${channel.value.replace(/^https:\/\//, "")}`;
                return href ? (
                  <li key={`${channel.kind}-${channel.value}`}>
                    <a href={href} className="link break-all" rel="noreferrer">
                      {label}
                    </a>
                  </li>
                ) : null;
              })}
            </ul>
            {prepareHref(caseId, regulator) && timing === "now" ? (
              <Link href={prepareHref(caseId, regulator)!} className="btn-primary-small">
                {regulator.complaint?.toSender ? t("prepareLetter") : t("prepare")}
                {/* Several bodies can be prepared: each link names its own for screen readers. */}
                <span className="sr-only"> — {regulator.name}</span>
              </Link>
            ) : null}
            {regulator.confidence !== "H" ? <p className="hint">{t("checkFirst")}</p> : null}
          </li>
        ))}
        {dataRequest ? (
          <li className="card space-y-2">
            <h3 className="font-semibold">
              {t("senderLetterTitle")} <span className="badge bg-green-100 text-green-900">{t("timing.now")}</span>
            </h3>
            <p>{t("senderLetterText", { law: dataRequest })}</p>
            <Link href={`/cases/${caseId}/documents/data-request`} className="btn-primary-small">
              {t("senderLetterAction")}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/**
 * The case page's overview of the routes: one line per route with when it can be taken, and the
 * button that prepares it when that is now (the main action stays one tap away); the contacts,
 * reasons and conditions are on the routes page.
 */
export async function CaseRoutesSummary({
  caseId,
  recommendations,
  dataRequest,
}: {
  caseId: string;
  recommendations: Recommendation[];
  dataRequest: string | null;
}) {
  const t = await getTranslations("routes");
  if (recommendations.length === 0 && !dataRequest) return null;
  return (
    <section aria-labelledby="routes-heading" className="space-y-2">
      <h2 id="routes-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <ul className="summary-list">
        {recommendations.map(({ regulator, timing, conditions }) => (
          <li key={regulator.id} className="summary-line">
            <span>
              <span className="font-medium">{regulator.name}</span> <TimingBadge timing={timing} conditional={conditions.length > 0} t={t} />
            </span>
            {prepareHref(caseId, regulator) && timing === "now" ? (
              <Link href={prepareHref(caseId, regulator)!} className="btn-primary-small">
                {regulator.complaint?.toSender ? t("prepareLetter") : t("prepare")}
                <span className="sr-only"> — {regulator.name}</span>
              </Link>
            ) : null}
          </li>
        ))}
        {dataRequest ? (
          <li className="summary-line">
            <span>
              <span className="font-medium">{t("senderLetterTitle")}</span> <TimingBadge timing="now" conditional={false} t={t} />
            </span>
            <Link href={`/cases/${caseId}/letters/data-request`} className="btn-primary-small">
              {t("senderLetterAction")}
            </Link>
          </li>
        ) : null}
      </ul>
      <Link href={`/cases/${caseId}/routes`} className="link inline-block py-1 font-medium">
        {t("summaryLink")} →
      </Link>
    </section>
  );
}
