import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaseRoutesSummary } from "@/components/case-routes";
import { CaseRulesSummary } from "@/components/case-rules";
import { CaseSharing } from "@/components/case-sharing";
import { CaseStatusPanel } from "@/components/case-status-panel";
import { CaseTimeline } from "@/components/case-timeline";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { EvidenceGallery } from "@/components/evidence-gallery";
import { SavedNotice } from "@/components/saved-notice";
import { deleteCaseAction } from "@/lib/actions/incident";
import { openQuestions } from "@/lib/cases/questions";
import { requireUser } from "@/lib/auth";
import { violationsByIncident } from "@/lib/cases/rules";
import { loadCasePage } from "@/lib/cases/view";
import { evidenceByParent, toEvidenceView } from "@/lib/evidence/view";
import { entryLinks, mergeTimeline } from "@/lib/cases/timeline";
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
  const loaded = await loadCasePage(user, caseId);
  if (!loaded) notFound();
  const [t, tk, tcountry, te] = await Promise.all([
    getTranslations("case"),
    getTranslations("senderKind"),
    getTranslations("country"),
    getTranslations("evidence"),
  ]);
  const { userCase, incidents, exchanges, categories, progress, rules, pack, recommendations, files, share } = loaded;
  const filesByParent = evidenceByParent(files);
  const timeline = mergeTimeline(incidents, exchanges);
  const { preview } = entryLinks(userCase.id, timeline);
  const savedKey = typeof saved === "string" && saved in SAVED_MESSAGES ? SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES] : undefined;

  return (
    <ClientMessages namespaces={["common", "errors.basic", "forms"]}>
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
        {/* The overview: one line per rule and per route, their details on /rules and /routes. */}
        <CaseRulesSummary caseId={userCase.id} report={rules} openQuestions={openQuestions(pack, categories, userCase).length} />
        <CaseRoutesSummary caseId={userCase.id} recommendations={recommendations} dataRequest={pack.dataRequest?.law.instrument ?? null} />
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
          <CaseTimeline
            entries={preview}
            filesByParent={filesByParent}
            marks={violationsByIncident(rules)}
            ruleHref={(ruleId) => `/cases/${userCase.id}/rules#rule-${ruleId}`}
          />
        </section>
        <CaseSharing caseId={userCase.id} share={share} />
        <section className="space-y-3" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading" className="text-xl font-semibold">
            {te("galleryTitle", { count: files.length })}
          </h2>
          <EvidenceGallery files={files.map(toEvidenceView)} />
          <Link href={`/cases/${userCase.id}/evidence`} className="btn-secondary">
            {te("addToCase")}
          </Link>
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
