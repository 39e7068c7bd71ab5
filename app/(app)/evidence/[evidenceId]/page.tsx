import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaptionForm } from "@/components/caption-form";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { deleteEvidenceAction, updateCaptionAction } from "@/lib/actions/evidence";
import { requireUser } from "@/lib/auth";
import { loadEvidencePage } from "@/lib/evidence/evidence-page";
import { evidenceUrl } from "@/lib/evidence/view";
import { ClientMessages } from "@/components/client-messages";

/**
 * One file at full size, with what will later be printed about it in letters (hashes, size,
 * upload time), its caption, and previous/next links through the case's files.
 */
export default async function EvidencePage({ params }: PageProps<"/evidence/[evidenceId]">) {
  const { evidenceId } = await params;
  const user = await requireUser(`/evidence/${evidenceId}`);
  const page = await loadEvidencePage(user, evidenceId);
  if (!page) notFound();
  const { file, caseId, incident, number, total, previousId, nextId } = page;
  const [t, tch, format] = await Promise.all([getTranslations("evidence"), getTranslations("channel"), getFormatter()]);
  const title = t("title", { number, total });
  const size = format.number(file.storedSize / 1024, { maximumFractionDigits: 0 });
  const incidentDate = format.dateTime(incident.occurredAt, { dateStyle: "full", timeStyle: "short", timeZone: incident.timeZone });

  return (
    <ClientMessages namespaces={["common", "errors", "errors.evidence", "evidence", "forms"]}>
      <div className="space-y-5">
        <Link href={`/cases/${caseId}`} className="link inline-block py-2">
          ← {t("backToCase")}
        </Link>
        <div>
          <h1 className="text-2xl font-bold">{title}</h1>
          <p className="text-stone-700">{t("ofIncident", { channel: tch(incident.channel), date: incidentDate })}</p>
        </div>

        <nav aria-label={t("browse")} className="flex justify-between gap-3">
          {previousId ? (
            <Link href={`/evidence/${previousId}`} rel="prev" className="btn-secondary">
              ← {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          {nextId ? (
            <Link href={`/evidence/${nextId}`} rel="next" className="btn-secondary">
              {t("next")} →
            </Link>
          ) : null}
        </nav>

        <figure className="space-y-2">
          {file.kind === "image" ? (
            <a href={evidenceUrl(file.id)} className="block rounded-lg border border-stone-300 bg-stone-100" aria-label={t("openFullSize")}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a private file streamed by our own route */}
              <img
                src={evidenceUrl(file.id)}
                alt={file.caption || t("screenshotAlt", { date: incidentDate })}
                width={file.width ?? undefined}
                height={file.height ?? undefined}
                className="mx-auto h-auto max-w-full"
              />
            </a>
          ) : (
            <div className="card flex flex-col items-start gap-3">
              <p className="font-semibold">{t("pdfPages", { count: file.pages ?? 0 })}</p>
              <a href={evidenceUrl(file.id)} className="btn-primary" download={file.fileName}>
                {t("downloadPdf")}
              </a>
            </div>
          )}
          {file.caption ? (
            <figcaption dir="auto" className="text-lg">
              {file.caption}
            </figcaption>
          ) : null}
        </figure>

        <CaptionForm caption={file.caption ?? ""} save={updateCaptionAction.bind(null, file.id)} />

        <section aria-labelledby="file-details" className="card space-y-2">
          <h2 id="file-details" className="font-semibold">
            {t("details")}
          </h2>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("fileName")}</dt>
            <dd className="break-all">{file.fileName}</dd>
            <dt className="font-medium">{t("type")}</dt>
            <dd>{file.contentType}</dd>
            <dt className="font-medium">{t("size")}</dt>
            <dd>{t("kilobytes", { size })}</dd>
            {file.width && file.height ? (
              <>
                <dt className="font-medium">{t("dimensions")}</dt>
                <dd>{t("pixels", { width: file.width, height: file.height })}</dd>
              </>
            ) : null}
            <dt className="font-medium">{t("uploadedAt")}</dt>
            <dd>{format.dateTime(file.uploadedAt, { dateStyle: "medium", timeStyle: "medium", timeZone: user.timeZone })}</dd>
            <dt className="font-medium">{t("originalHash")}</dt>
            <dd className="break-all font-mono">{file.originalSha256}</dd>
            <dt className="font-medium">{t("storedHash")}</dt>
            <dd className="break-all font-mono">{file.storedKey}</dd>
          </dl>
          <p className="hint">{file.kind === "image" ? t("sanitizedNote") : t("pdfNote")}</p>
        </section>

        <ConfirmDeleteButton remove={deleteEvidenceAction.bind(null, file.id)} label={t("delete")} question={t("confirmDelete")} />
      </div>
    </ClientMessages>
  );
}
