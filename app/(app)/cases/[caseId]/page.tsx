import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaseEvidenceAdder } from "@/components/case-evidence-adder";
import { CaseRoutes } from "@/components/case-routes";
import { CaseQuestionsForm } from "@/components/case-questions-form";
import { CaseRules } from "@/components/case-rules";
import { CaseSharing } from "@/components/case-sharing";
import { CaseStatusPanel } from "@/components/case-status-panel";
import { CaseTimeline } from "@/components/case-timeline";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { EvidenceGallery } from "@/components/evidence-gallery";
import { SavedNotice } from "@/components/saved-notice";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { findShareForCase } from "@/db/queries/public";
import { setCaseAnswersAction } from "@/lib/actions/case";
import { deleteCaseAction } from "@/lib/actions/incident";
import { caseAnswersInput, caseQuestions } from "@/lib/case-questions";
import { requireUser } from "@/lib/auth";
import { progressForCase } from "@/lib/case-overview";
import { rulesForCase, violationsByIncident } from "@/lib/case-rules";
import { isFinancialCase } from "@/lib/case-progress";
import { countryPack } from "@/lib/countries";
import { recommendRoutes } from "@/lib/recommendations";
import { EVIDENCE_MAX_FILES_PER_INCIDENT } from "@/lib/evidence/limits";
import { evidenceByParent, toEvidenceView } from "@/lib/evidence/view";
import { entryLinks, mergeTimeline } from "@/lib/timeline";
import { ClientMessages } from "@/components/client-messages";

const SAVED_MESSAGES = {
  created: "savedCreated",
  updated: "savedUpdated",
  deleted: "savedDeleted",
  evidenceDeleted: "savedEvidenceDeleted",
  exchangeCreated: "savedExchangeCreated",
  exchangeUpdated: "savedExchangeUpdated",
  exchangeDeleted: "savedExchangeDeleted",
} as const;

export default async function CasePage({ params, searchParams }: PageProps<"/cases/[caseId]">) {
  const [{ caseId }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}`);
  const userCase = findCaseForUser(user.id, caseId);
  if (!userCase) notFound();
  const [t, tq, tk, tcountry, tch, texch, te, format] = await Promise.all([
    getTranslations("case"),
    getTranslations("caseQuestions"),
    getTranslations("senderKind"),
    getTranslations("country"),
    getTranslations("channel"),
    getTranslations("exchangeChannel"),
    getTranslations("evidence"),
    getFormatter(),
  ]);
  const incidents = listIncidentsForCase(userCase.id);
  const exchanges = listExchangesForCase(userCase.id);
  const categories = incidents.map((incident) => incident.category);
  const progress = progressForCase(userCase, categories, exchanges, user);
  const rules = rulesForCase(userCase, incidents, { exchanges, region: user.region });
  const pack = countryPack(userCase.country);
  const recommendations = recommendRoutes({
    pack,
    financial: isFinancialCase(categories),
    categories,
    violations: rules.violations,
    state: progress.state,
    deadlines: progress.deadlines,
    answers: { licensed: userCase.licensed, customer: userCase.customer, lossRupiah: userCase.lossRupiah },
    profile: { legalName: !!user.legalName, idNumber: !!user.idNumber, postalAddress: !!user.postalAddress },
  });
  const questions = caseQuestions(pack, categories, userCase.licensed);
  const files = listEvidenceForCase(userCase.id);
  const filesByParent = evidenceByParent(files);
  const short = (date: Date, zone: string) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const room = (id: string) => EVIDENCE_MAX_FILES_PER_INCIDENT - (filesByParent.get(id)?.length ?? 0);

  const timeline = mergeTimeline(incidents, exchanges);
  const { preview, incidentHref } = entryLinks(userCase.id, timeline);
  // Files go to one of the entries shown here; older ones take theirs on their own edit page.
  const evidenceTargets = preview.map((entry) =>
    entry.kind === "incident"
      ? { kind: "incident" as const, id: entry.incident.id, label: `${tch(entry.incident.channel)} · ${short(entry.at, entry.incident.timeZone)}`, room: room(entry.incident.id) }
      : { kind: "exchange" as const, id: entry.exchange.id, label: `${texch(entry.exchange.channel)} · ${short(entry.at, entry.exchange.timeZone)}`, room: room(entry.exchange.id) },
  );
  const savedKey = typeof saved === "string" && saved in SAVED_MESSAGES ? SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES] : undefined;

  return (
    <ClientMessages namespaces={["caseQuestions", "common", "errors", "evidence", "forms", "ocr"]}>
    <div className="space-y-4">
      <Link href="/cases" className="link inline-block py-2">
        ← {t("back")}
      </Link>
      <SavedNotice message={savedKey ? t(savedKey) : undefined} />
      <div>
        <h1 className="break-words text-2xl font-bold">{t("senderTitle", { sender: userCase.sender.display })}</h1>
        <p className="text-stone-700">
          {tk(userCase.sender.kind)} · {t("country", { country: tcountry(userCase.country) })}
        </p>
      </div>
      <CaseStatusPanel userCase={userCase} progress={progress} timeZone={user.timeZone} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <Link href={`/cases/${userCase.id}/exchanges/new`} className="btn-primary">
          {t("recordExchange")}
        </Link>
        <Link href={`/incidents/new?case=${userCase.id}`} className="btn-secondary">
          {t("logAnother")}
        </Link>
      </div>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("timeline")}</h2>
        {preview.length < timeline.length ? (
          <p className="flex flex-wrap gap-x-2">
            <span className="hint mt-0">{t("timelineLatest", { count: preview.length, total: timeline.length })}</span>
            <Link href={`/cases/${userCase.id}/timeline`} className="link">
              {t("timelineEarlier", { count: timeline.length - preview.length })}
            </Link>
          </p>
        ) : null}
        <CaseTimeline entries={preview} filesByParent={filesByParent} marks={violationsByIncident(rules)} />
      </section>
      {questions.length > 0 ? (
        <section aria-labelledby="questions-heading" className="card space-y-3">
          <h2 id="questions-heading" className="text-xl font-semibold">
            {tq("title")}
          </h2>
          <p className="hint mt-0">{tq("lead")}</p>
          <CaseQuestionsForm questions={questions} defaultValues={caseAnswersInput(userCase)} save={setCaseAnswersAction.bind(null, userCase.id)} />
        </section>
      ) : null}
      <CaseRules userCase={userCase} incidents={incidents} report={rules} incidentHref={incidentHref} />
      <CaseRoutes caseId={userCase.id} recommendations={recommendations} timeZone={user.timeZone} dataRequest={pack.dataRequest?.law.instrument ?? null} />
      <CaseSharing caseId={userCase.id} share={findShareForCase(userCase.id)} />
      <section className="space-y-3" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="text-xl font-semibold">
          {te("galleryTitle", { count: files.length })}
        </h2>
        <EvidenceGallery files={files.map(toEvidenceView)} />
        <details className="card">
          <summary className="cursor-pointer py-1 font-semibold">{te("addToCase")}</summary>
          <div className="mt-3">
            <CaseEvidenceAdder targets={evidenceTargets} />
            {preview.length < timeline.length ? (
              <p className="hint">
                <Link href={`/cases/${userCase.id}/timeline`} className="link">
                  {te("addOlderHint")}
                </Link>
              </p>
            ) : null}
          </div>
        </details>
      </section>
      <section className="space-y-3 border-t border-stone-300 pt-4">
        <ConfirmDeleteButton
          remove={deleteCaseAction.bind(null, userCase.id)}
          label={t("deleteCase")}
          question={t("confirmDeleteCase", { count: incidents.length, exchanges: exchanges.length, files: files.length })}
        />
      </section>
    </div>
    </ClientMessages>
  );
}
