import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Case, Incident } from "@/db/schema";
import { setCaseCountryAction } from "@/lib/actions/case";
import type { Bilingual } from "@/lib/countries/types";
import { COUNTRIES } from "@/lib/domain";
import type { RuleReport } from "@/lib/rules-engine";
import { CaseSettingForm } from "./case-setting-form";

type Props = { userCase: Case; incidents: Incident[]; report: RuleReport };

/** "Rules this sender likely broke": each violation with its incidents and legal source, then what cannot be checked. */
export async function CaseRules({ userCase, incidents, report }: Props) {
  const [t, tcountry, locale, format] = await Promise.all([getTranslations("rules"), getTranslations("country"), getLocale(), getFormatter()]);
  const text = (value: Bilingual) => (locale === "en" ? value.en : value.id);
  const byId = new Map(incidents.map((incident) => [incident.id, incident]));
  const when = (incident: Incident) => format.dateTime(incident.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone: incident.timeZone });
  const country = tcountry(userCase.country as never);

  return (
    <section id="rules" aria-labelledby="rules-heading" className="space-y-3">
      <h2 id="rules-heading" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="hint mt-0">{t("how", { country })}</p>
      {report.violations.length === 0 ? <p className="card">{t("none")}</p> : null}
      <ul className="space-y-3">
        {report.violations.map((violation) => (
          <li key={violation.ruleId} id={`rule-${violation.ruleId}`} className={`card space-y-2 border-l-4 ${violation.mayApply ? "border-l-amber-600" : "border-l-red-700"}`}>
            <h3 className="font-semibold">
              {text(violation.title)}{" "}
              <span className={`ml-1 inline-block rounded-full px-2 py-0.5 text-xs font-medium ${violation.mayApply ? "bg-amber-100 text-amber-950" : "bg-red-100 text-red-900"}`}>
                {violation.mayApply ? t("mayApply") : t("likely")}
              </span>
            </h3>
            <p>{text(violation.explanation)}</p>
            {violation.mayApply ? <p className="text-sm text-stone-800">{t(`confidence.${violation.confidence}`)}</p> : null}
            <div className="text-sm">
              <span className="font-medium">{t("shownBy")}</span>
              <ul className="mt-1 flex flex-wrap gap-2">
                {violation.incidentIds.map((id) => {
                  const incident = byId.get(id);
                  return incident ? (
                    <li key={id}>
                      <a href={`#incident-${id}`} className="link">
                        {when(incident)}
                      </a>
                    </li>
                  ) : null;
                })}
              </ul>
            </div>
            <p className="text-sm">
              {t("source")}:{" "}
              {violation.source.url ? (
                <a href={violation.source.url} className="link" rel="noreferrer">
                  {violation.source.instrument}, {violation.source.article}
                </a>
              ) : (
                `${violation.source.instrument}, ${violation.source.article}`
              )}{" "}
              <span className="text-stone-700">({violation.ruleId})</span>
            </p>
          </li>
        ))}
      </ul>

      {report.unchecked.length > 0 || report.notFinancial.length > 0 || report.gaps.length > 0 ? (
        <div className="card space-y-2">
          <h3 className="font-semibold">{t("cannotCheck")}</h3>
          <ul className="list-disc space-y-1 pl-5">
            {[...groupByMissing(report.unchecked)].map(([missing, items]) => (
              <li key={missing}>{t(`missing.${missing}`, { rules: items.map((item) => `“${text(item.title)}”`).join(", ") })}</li>
            ))}
            {report.notFinancial.length > 0 ? <li>{t("notFinancial")}</li> : null}
            {report.gaps.map((gap) => (
              <li key={gap.id}>{text(gap.text)}</li>
            ))}
          </ul>
        </div>
      ) : null}

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

/** One line per missing fact, naming every rule it would let us check (Node 20 has no Map.groupBy). */
function groupByMissing(items: RuleReport["unchecked"]): Map<RuleReport["unchecked"][number]["missing"], RuleReport["unchecked"]> {
  const groups = new Map<RuleReport["unchecked"][number]["missing"], RuleReport["unchecked"]>();
  for (const item of items) groups.set(item.missing, [...(groups.get(item.missing) ?? []), item]);
  return groups;
}
