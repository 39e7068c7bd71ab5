import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { ImportProgress } from "@/components/import-progress";
import { ImportResumeButton } from "@/components/import-resume-button";
import { ImportReview, type ReviewSender } from "@/components/import-review";
import { deleteImportAction } from "@/lib/actions/import";
import { requireUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { loadImportPage } from "@/lib/import/import-pages";
import { itemCount } from "@/lib/import/summary";
import { ClientMessages } from "@/components/client-messages";

/**
 * One upload: reading progress, then its senders to pick and the review, then the import's
 * progress and what it added (per sender, with links to the cases), or why it stopped and what
 * was imported before.
 */
export default async function ImportDetailPage({ params }: PageProps<"/import/[importId]">) {
  const { importId } = await params;
  const user = await requireUser(`/import/${importId}`);
  const page = await loadImportPage(user, importId);
  if (!page) notFound();
  const { row, summary, selection, progress, resumable } = page;
  const [t, te, format] = await Promise.all([getTranslations("import"), getTranslations("errors"), getFormatter()]);
  const running = progress.running;
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeZone: user.timeZone });
  const names = new Map(summary?.senders.map((s) => [s.key, s.sender]) ?? []);
  const max = env.IMPORT_MAX_PER_SENDER;

  const outcome = selection ? Object.entries(selection.outcome.perSender) : [];
  const outcomeList =
    outcome.length > 0 ? (
      <ul className="space-y-2">
        {outcome.map(([key, o]) => (
          <li key={key} className="card">
            <span dir="auto" className="block break-words font-semibold">
              {names.get(key) ?? key}
            </span>
            <span className="block">{t("perSender", { imported: o.imported, skipped: Math.max(0, o.skipped) })}</span>
            {o.cut > 0 ? <span className="block text-sm">{t("cutNote", { cut: o.cut, max })}</span> : null}
            {o.caseId ? (
              <Link href={`/cases/${o.caseId}`} className="link inline-block py-2">
                {t("openCase", { sender: names.get(key) ?? key })}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    ) : null;
  const attachments =
    selection && selection.outcome.attachmentsAdded + selection.outcome.attachmentsRefused > 0 ? (
      <p>{t("attachments", { added: selection.outcome.attachmentsAdded, refused: selection.outcome.attachmentsRefused })}</p>
    ) : null;

  const reviewSenders: ReviewSender[] =
    summary?.senders.map((s) => ({
      key: s.key,
      sender: s.sender || t("hiddenSender"),
      counts: [s.messages > 0 ? t("messagesCount", { count: s.messages }) : null, s.calls > 0 ? t("callsCount", { count: s.calls }) : null]
        .filter(Boolean)
        .join(" · "),
      range: s.first.slice(0, 10) === s.last.slice(0, 10) ? day(s.first) : t("range", { first: day(s.first), last: day(s.last) }),
      willImport: Math.min(itemCount(s), max),
      limitNote: itemCount(s) > max ? t("overLimit", { count: itemCount(s), max }) : null,
      blocked: s.error ? t("cannotImport", { reason: t(`senderError.${s.error}`) }) : null,
    })) ?? [];

  return (
    <ClientMessages namespaces={["category", "common", "consent", "errors", "errors.import", "import", "incident", "stopRequest"]}>
      <div className="space-y-4">
        <p>
          <Link href="/import" className="link inline-block py-2">
            {t("backToImports")}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t("detailTitle")}</h1>
        <p dir="auto" className="break-words">
          {t("fileLine", {
            name: row.fileName,
            kind: t(`kind.${row.kind}`),
            size:
              row.fileSize < 1024 * 1024
                ? `${format.number(Math.ceil(row.fileSize / 1024))} KB`
                : `${format.number(row.fileSize / 1024 / 1024, { maximumFractionDigits: 1 })} MB`,
          })}
        </p>

        {(row.status === "reading" || row.status === "importing") && running ? <ImportProgress importId={row.id} initial={progress} /> : null}
        {(row.status === "reading" || row.status === "importing") && !running ? (
          <div className="card space-y-2">
            <p>{t(row.status === "reading" ? "stoppedReading" : "stoppedImporting", { processed: row.processed, total: row.total })}</p>
            {resumable ? <ImportResumeButton importId={row.id} /> : <p>{t("fileGone")}</p>}
          </div>
        ) : null}

        {row.status === "ready" && summary ? (
          <>
            <p>{t("readSummary", { items: summary.items, senders: summary.senders.length + summary.otherSenders })}</p>
            {summary.otherSenders > 0 ? (
              <p className="text-sm">{t("moreSenders", { senders: summary.otherSenders, items: summary.otherItems, listed: summary.senders.length })}</p>
            ) : null}
            <ImportReview importId={row.id} senders={reviewSenders} />
          </>
        ) : null}

        {row.status === "importing" && outcomeList ? (
          <section aria-labelledby="so-far" className="space-y-2">
            <h2 id="so-far" className="text-lg font-bold">
              {t("soFar")}
            </h2>
            {outcomeList}
          </section>
        ) : null}

        {row.status === "done" ? (
          <section aria-labelledby="done-title" className="space-y-2">
            <h2 id="done-title" className="text-lg font-bold">
              {t("doneTitle")}
            </h2>
            <p role="status" className="font-semibold">
              {t("doneSummary", { imported: row.imported, skipped: Math.max(0, row.skipped) })}
            </p>
            {outcomeList}
            {attachments}
          </section>
        ) : null}

        {row.status === "failed" ? (
          <section aria-labelledby="failed-title" className="space-y-2">
            <h2 id="failed-title" className="text-lg font-bold text-red-900">
              {t("failedTitle")}
            </h2>
            <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 font-medium text-red-900">
              {row.error && te.has(row.error) ? te(row.error) : te("import.failed")}
            </p>
            {selection ? (
              <>
                <p>{row.imported > 0 ? t("failedBefore", { imported: row.imported }) : t("nothingBefore")}</p>
                {outcomeList}
                {attachments}
                {resumable ? <ImportResumeButton importId={row.id} /> : null}
              </>
            ) : null}
          </section>
        ) : null}

        {row.status === "done" || (row.status === "failed" && !resumable) ? (
          <p>
            <Link href="/import" className="link inline-block py-2">
              {t("uploadAnother")}
            </Link>
          </p>
        ) : null}

        {!running ? <ConfirmDeleteButton remove={deleteImportAction.bind(null, row.id)} label={t("delete")} question={t("deleteQuestion")} /> : null}
      </div>
    </ClientMessages>
  );
}
