import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaseEvidenceAdder } from "@/components/case-evidence-adder";
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
import { EVIDENCE_MAX_FILES_PER_INCIDENT } from "@/lib/evidence/limits";
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
  const loaded = loadCasePage(user, caseId);
  if (!loaded) notFound();
  const [t, tk, tcountry, tch, texch, te, format] = await Promise.all([
    getTranslations("case"),
    getTranslations("senderKind"),
    getTranslations("country"),
    getTranslations("channel"),
    getTranslations("exchangeChannel"),
    getTranslations("evidence"),
    getFormatter(),
  ]);
  const { userCase, incidents, exchanges, categories, progress, rules, pack, recommendations, files, share } = loaded;
  const filesByParent = evidenceByParent(files);
  const short = (date: Date, zone: string) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const room = (id: string) => EVIDENCE_MAX_FILES_PER_INCIDENT - (filesByParent.get(id)?.length ?? 0);

  const timeline = mergeTimeline(incidents, exchanges);
  const { preview } = entryLinks(userCase.id, timeline);
  // Files go to one of the entries shown here; older ones take theirs on their own edit page.
  const evidenceTargets = preview.map((entry) =>
    entry.kind === "incident"
      ? {
          kind: "incident" as const,
          id: entry.incident.id,
          label: `${tch(entry.incident.channel)} · ${short(entry.at, entry.incident.timeZone)}`,
          room: room(entry.incident.id),
        }
      : {
          kind: "exchange" as const,
          id: entry.exchange.id,
          label: `${texch(entry.exchange.channel)} · ${short(entry.at, entry.exchange.timeZone)}`,
          room: room(entry.exchange.id),
        },
  );
  const savedKey = typeof saved === "string" && saved in SAVED_MESSAGES ? SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES] : undefined;

  return (
    <ClientMessages namespaces={["common", "errors", "evidence", "forms", "ocr"]}>
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
