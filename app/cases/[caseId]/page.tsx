import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CaseEvidenceAdder } from "@/components/case-evidence-adder";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { EvidenceGallery } from "@/components/evidence-gallery";
import { IncidentTimeline } from "@/components/incident-timeline";
import { SavedNotice } from "@/components/saved-notice";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { deleteCaseAction } from "@/lib/actions/incident";
import { requireUser } from "@/lib/auth";
import { EVIDENCE_MAX_FILES_PER_INCIDENT } from "@/lib/evidence/limits";
import { toEvidenceView, type EvidenceView } from "@/lib/evidence/view";

const SAVED_MESSAGES = {
  created: "savedCreated",
  updated: "savedUpdated",
  deleted: "savedDeleted",
  evidenceDeleted: "savedEvidenceDeleted",
} as const;

export default async function CasePage({ params, searchParams }: PageProps<"/cases/[caseId]">) {
  const [{ caseId }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}`);
  const userCase = findCaseForUser(user.id, caseId);
  if (!userCase) notFound();
  const [t, tk, tcountry, tch, te, format] = await Promise.all([
    getTranslations("case"),
    getTranslations("senderKind"),
    getTranslations("country"),
    getTranslations("channel"),
    getTranslations("evidence"),
    getFormatter(),
  ]);
  const incidents = listIncidentsForCase(userCase.id);
  const files = listEvidenceForCase(userCase.id);
  const filesByIncident = new Map<string, EvidenceView[]>();
  for (const file of files) {
    if (file.incidentId) filesByIncident.set(file.incidentId, [...(filesByIncident.get(file.incidentId) ?? []), toEvidenceView(file)]);
  }
  const incidentChoices = incidents.map((incident) => ({
    id: incident.id,
    label: `${tch(incident.channel)} · ${format.dateTime(incident.occurredAt, { dateStyle: "medium", timeStyle: "short", timeZone: incident.timeZone })}`,
    room: EVIDENCE_MAX_FILES_PER_INCIDENT - (filesByIncident.get(incident.id)?.length ?? 0),
  }));
  const savedKey = typeof saved === "string" && saved in SAVED_MESSAGES ? SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES] : undefined;

  return (
    <div className="space-y-4">
      <Link href="/cases" className="link inline-block py-2">
        ← {t("back")}
      </Link>
      <SavedNotice message={savedKey ? t(savedKey) : undefined} />
      <div>
        <h1 className="break-words text-2xl font-bold">{t("senderTitle", { sender: userCase.sender.display })}</h1>
        <p className="text-stone-700">
          {tk(userCase.sender.kind)} · {t("country", { country: tcountry(userCase.country as never) })}
        </p>
      </div>
      <Link href={`/incidents/new?case=${userCase.id}`} className="btn-primary w-full sm:w-auto">
        {t("logAnother")}
      </Link>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("timeline")}</h2>
        <IncidentTimeline incidents={incidents} filesByIncident={filesByIncident} />
      </section>
      <section className="space-y-3" aria-labelledby="evidence-heading">
        <h2 id="evidence-heading" className="text-xl font-semibold">
          {te("galleryTitle", { count: files.length })}
        </h2>
        <EvidenceGallery files={files.map(toEvidenceView)} />
        <details className="card">
          <summary className="cursor-pointer py-1 font-semibold">{te("addToCase")}</summary>
          <div className="mt-3">
            <CaseEvidenceAdder incidents={incidentChoices} />
          </div>
        </details>
      </section>
      <section className="space-y-3 border-t border-stone-300 pt-4">
        <ConfirmDeleteButton remove={deleteCaseAction.bind(null, userCase.id)} label={t("deleteCase")} question={t("confirmDeleteCase", { count: incidents.length, files: files.length })} />
      </section>
    </div>
  );
}
