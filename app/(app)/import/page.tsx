import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { ImportUpload } from "@/components/import-upload";
import { SavedNotice } from "@/components/saved-notice";
import { requireUser } from "@/lib/auth";
import { env } from "@/lib/env";
import { loadImportsPage } from "@/lib/import/import-pages";
import { availableKinds } from "@/lib/import/readers";
import { ClientMessages } from "@/components/client-messages";

/** Upload a phone's history (SMS backup, WhatsApp chat export), and the user's earlier uploads. */
export default async function ImportPage({ searchParams }: PageProps<"/import">) {
  const user = await requireUser("/import");
  const [t, format, { deleted }] = await Promise.all([getTranslations("import"), getFormatter(), searchParams]);
  const previous = await loadImportsPage(user);
  const maxLabel = `${format.number(env.IMPORT_MAX_BYTES / 1024 / 1024, { maximumFractionDigits: 0 })} MB`;
  return (
    <ClientMessages namespaces={["errors", "errors.import", "import"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <SavedNotice message={deleted ? t("deleted") : undefined} />
        <p>{t("intro")}</p>
        <details className="card">
          <summary className="cursor-pointer font-semibold">{t("howToTitle")}</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            <li>{t("howTo1")}</li>
            <li>{t("howTo2")}</li>
            <li>{t("howTo3")}</li>
          </ol>
          <p className="mt-2 text-sm">{t("howToWhat", { max: env.IMPORT_MAX_PER_SENDER })}</p>
        </details>
        <details className="card">
          <summary className="cursor-pointer font-semibold">{t("whatsAppHowToTitle")}</summary>
          <ol className="mt-2 list-decimal space-y-1 pl-5">
            <li>{t("whatsAppHowTo1")}</li>
            <li>{t("whatsAppHowTo2")}</li>
            <li>{t("whatsAppHowTo3")}</li>
          </ol>
        </details>
        <ImportUpload kinds={availableKinds()} maxBytes={env.IMPORT_MAX_BYTES} maxLabel={maxLabel} />
        {previous.length > 0 ? (
          <section aria-labelledby="previous-imports" className="space-y-2">
            <h2 id="previous-imports" className="text-lg font-bold">
              {t("previous")}
            </h2>
            <ul className="space-y-2">
              {previous.map((row) => (
                <li key={row.id}>
                  <Link href={`/import/${row.id}`} className="card block no-underline hover:border-brand-700">
                    <span dir="auto" className="block break-words font-semibold text-brand-700 underline">
                      {row.fileName}
                    </span>
                    <span className="block text-sm text-stone-800">
                      {t(`kind.${row.kind}`)} · {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: user.timeZone })} ·{" "}
                      {t(`status.${row.status}`)}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </ClientMessages>
  );
}
