import Link from "next/link";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { Case, Incident } from "@/db/schema";
import { setCaseCountryAction } from "@/lib/actions/case";
import type { Bilingual, LegalSource } from "@/lib/countries/types";
import { COUNTRIES } from "@/lib/domain";
import type { Doubt, RuleReport, Violation } from "@/lib/rules-engine";
import { CaseSettingForm } from "./case-setting-form";
import { localized } from "@/lib/localized";

type Props = {
  userCase: Case;
  incidents: Incident[];
  report: RuleReport;
  incidentHref: (incidentId: string) => string;
  /** The case's questions, shown after what cannot be checked yet: answering them refines the conclusions above. */
  questions?: ReactNode;
};

/** The newest contacts listed under each conclusion; the count includes them all, the timeline shows the rest. */
const CONTACTS_LISTED = 3;
type Translate = Awaited<ReturnType<typeof getTranslations<"rules">>>;

/**
 * "Rules this sender broke or may have broken" in full (the case's rules page): each conclusion as
 * strong as its source and the user's facts, with the contacts that show it, what would make it
 * stronger, and its legal source; then what a charter (not law) says, and what cannot be checked.
 */
export async function CaseRules({ userCase, incidents, report, incidentHref, questions }: Props) {
  const [t, tcountry, locale, format] = await Promise.all([getTranslations("rules"), getTranslations("country"), getLocale(), getFormatter()]);
  const text = (value: Bilingual) => localized(value, locale);
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const when = (incident: Incident) => format.dateTime(incident.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone: incident.timeZone });
  const country = tcountry(userCase.country);
  const contacts = (ids: readonly string[], uncertain: readonly string[] = []) => (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
      {ids.length > CONTACTS_LISTED ? (
        <li>
          <a href={`/cases/${userCase.id}/timeline`} className="link">
            {t("moreContacts", { count: ids.length - CONTACTS_LISTED })}
          </a>
        </li>
      ) : null}
      {ids.slice(-CONTACTS_LISTED).map((id) => {
        const incident = byId.get(id);
        return incident ? (
          <li key={id}>
            <a href={incidentHref(id)} className="link">
              {when(incident)}
            </a>
            {uncertain.includes(id) ? <span className="text-stone-700"> ({t("unsureMark")})</span> : null}
          </li>
        ) : null;
      })}
    </ul>
  );
  const conclusion = (violation: Violation, kind: "rule" | "charter") => (
    <li
      key={violation.ruleId}
      id={`rule-${violation.ruleId}`}
      className={`card space-y-2 border-l-4 ${kind === "charter" ? "border-l-stone-500" : violation.strength === "broke" ? "border-l-red-700" : "border-l-amber-600"}`}
    >
      <h3 className="font-semibold">
        {text(violation.title)} {kind === "rule" ? <StrengthBadge strength={violation.strength} label={t(`strength.${violation.strength}`)} /> : null}
      </h3>
      <p>{text(violation.explanation)}</p>
      <div className="text-sm">
        <span className="font-medium">{t("shownBy", { count: violation.incidentIds.length })}</span>
        {contacts(violation.incidentIds, violation.uncertainIds)}
      </div>
      {violation.aggravating.map((fact) => (
        <div key={fact.ruleId} className="text-sm">
          {/* Its contacts are among those listed above: the count says how many, without listing them again. */}
          <span className="font-medium">{t("aggravating", { rule: text(fact.title), count: fact.incidentIds.length })}</span> <Source source={fact.source} />
        </div>
      ))}
      {kind === "rule" && violation.doubts.length > 0 ? (
        <div className="text-sm">
          <span className="font-medium">{t("stronger")}</span>
          <ul className="list-disc pl-5">
            {violation.doubts.map((doubt) => (
              <li key={doubt.kind}>{doubtText(doubt, violation, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="text-sm">
        {t("source")}: <Source source={violation.source} /> <span className="text-stone-700">({violation.ruleId})</span>
      </p>
    </li>
  );

  return (
    <section id="rules" aria-labelledby="rules-heading" className="space-y-3">
      <h2 id="rules-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="hint mt-0">{t("how", { country })}</p>
      {report.violations.length === 0 ? <p className="card">{t("none")}</p> : null}
      <ul className="space-y-3">{report.violations.map((violation) => conclusion(violation, "rule"))}</ul>

      {report.information.length > 0 ? (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("informationTitle")}</h3>
          <ul className="space-y-3">{report.information.map((item) => conclusion(item, "charter"))}</ul>
        </div>
      ) : null}

      {uncheckedCount(report) > 0 ? (
        <div className="card space-y-2">
          <h3 className="font-semibold">{t("cannotCheck")}</h3>
          <ul className="list-disc space-y-1 pl-5">
            {[...groupByMissing(report.unchecked)].map(([missing, items]) => (
              <li key={missing}>{t(`missing.${missing}`, { rules: items.map((item) => `“${text(item.title)}”`).join(", ") })}</li>
            ))}
            {report.notFinancial.length > 0 ? <li>{t("notFinancial")}</li> : null}
            {report.notLicensed.length > 0 ? <li>{t("notLicensed")}</li> : null}
            {report.gaps.map((gap) => (
              <li key={gap.id}>{text(gap.text)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {questions}
      <CaseSettingForm
        setting="country"
        value={userCase.country}
        options={COUNTRIES.map((value) => ({ value, label: tcountry(value) }))}
        text={{ label: t("countryLabel"), hint: t("countryHint"), save: t("countrySave"), saved: t("countrySaved") }}
        save={setCaseCountryAction.bind(null, userCase.id)}
      />
      <p className="hint">{t("disclaimer")}</p>
    </section>
  );
}

/**
 * The case page's overview of the rules: one line per conclusion, as strong as on the rules page
 * ("may have broken" stays "may have"), each leading to its explanation there.
 */
export async function CaseRulesSummary({ caseId, report, openQuestions }: { caseId: string; report: RuleReport; openQuestions: number }) {
  const [t, locale] = await Promise.all([getTranslations("rules"), getLocale()]);
  const rulesHref = `/cases/${caseId}/rules`;
  const unchecked = uncheckedCount(report);
  return (
    <section aria-labelledby="rules-heading" className="space-y-2">
      <h2 id="rules-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      {report.violations.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="summary-list">
          {report.violations.map((violation) => (
            <li key={violation.ruleId} className={`border-l-4 px-3 py-2 ${violation.strength === "broke" ? "border-l-red-700" : "border-l-amber-600"}`}>
              <Link href={`${rulesHref}#rule-${violation.ruleId}`} className="link font-medium">
                {locale === "en" ? violation.title.en : violation.title.id}
              </Link>{" "}
              <StrengthBadge strength={violation.strength} label={t(`strength.${violation.strength}`)} />{" "}
              <span className="whitespace-nowrap text-sm text-stone-700">· {t("summaryContacts", { count: violation.incidentIds.length })}</span>
            </li>
          ))}
        </ul>
      )}
      {unchecked > 0 || openQuestions > 0 ? (
        <p className="text-sm">
          {[unchecked > 0 ? t("summaryUnchecked", { count: unchecked }) : null, openQuestions > 0 ? t("summaryQuestions", { count: openQuestions }) : null]
            .filter(Boolean)
            .join(" · ")}
        </p>
      ) : null}
      <Link href={rulesHref} className="link inline-block py-1 font-medium">
        {t("summaryLink")} →
      </Link>
    </section>
  );
}

function StrengthBadge({ strength, label }: { strength: Violation["strength"]; label: string }) {
  return <span className={`badge ${strength === "broke" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-950"}`}>{label}</span>;
}

/** The lines under "What cannot be checked yet". */
function uncheckedCount(report: RuleReport): number {
  return groupByMissing(report.unchecked).size + (report.notFinancial.length > 0 ? 1 : 0) + (report.notLicensed.length > 0 ? 1 : 0) + report.gaps.length;
}

function Source({ source }: { source: LegalSource }) {
  const label = `${source.instrument}, ${source.article}`;
  return source.url ? (
    <a href={source.url} className="link" rel="noreferrer">
      {label}
    </a>
  ) : (
    <>{label}</>
  );
}

/** What would make a "may have broken" stronger, in the user's words. */
function doubtText(doubt: Doubt, violation: Violation, t: Translate): string {
  switch (doubt.kind) {
    case "grade":
      return t(`confidence.${violation.confidence as "M" | "L" | "U"}`);
    case "consent":
      return t("doubt.consent");
    case "licence":
      return t("doubt.licence");
    case "numberSource":
      return t("doubt.numberSource");
    case "holidayList":
      return t("doubt.holidayList", { source: `${doubt.source.instrument}`, grade: doubt.confidence });
    case "holidayUnconfirmed":
      return t("doubt.holidayUnconfirmed", { years: doubt.years.join(", ") });
  }
}

/** One line per missing fact, naming every rule it would let us check (Node 20 has no Map.groupBy). */
function groupByMissing(items: RuleReport["unchecked"]): Map<RuleReport["unchecked"][number]["missing"], RuleReport["unchecked"]> {
  const groups = new Map<RuleReport["unchecked"][number]["missing"], RuleReport["unchecked"]>();
  for (const item of items) groups.set(item.missing, [...(groups.get(item.missing) ?? []), item]);
  return groups;
}
