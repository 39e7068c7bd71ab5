import { getLocale } from "next-intl/server";
import { getFormatter, getTranslations } from "@/i18n/server";
import Link from "next/link";
import type { ContactChannel, Regulator } from "@/lib/countries/types";
import { documentHref, preparesDocument } from "@/lib/documents/registry";
import type { Recommendation } from "@/lib/recommendations";

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

/** "What can I do?": where this case can go, when, why, and what each route still needs. */
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
              {regulator.name}{" "}
              <span className={`badge ${timing === "now" && conditions.length === 0 ? "bg-green-100 text-green-900" : timing === "now" ? "bg-amber-100 text-amber-950" : "bg-stone-200 text-stone-900"}`}>
                {timing === "now" && conditions.length > 0 ? t("mayApply") : t(`timing.${timing}`)}
              </span>
            </h3>
            <p>{locale === "en" ? regulator.takes.en : regulator.takes.id}</p>
            {conditions.length > 0 ? <p className="text-sm font-medium">{t("onlyIf", { conditions: format.list(conditions.map((condition) => t(`condition.${condition}`))) })}</p> : null}
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
              {t("senderLetterTitle")}{" "}
              <span className="badge bg-green-100 text-green-900">{t("timing.now")}</span>
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
