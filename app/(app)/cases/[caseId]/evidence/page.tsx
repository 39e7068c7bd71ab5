import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseEvidenceAdder } from "@/components/case-evidence-adder";
import { ClientMessages } from "@/components/client-messages";
import { EvidenceGallery } from "@/components/evidence-gallery";
import { getFormatter, getTranslations } from "@/i18n/server";
import { requireUser } from "@/lib/auth";
import { loadCaseEvidencePage } from "@/lib/cases/evidence-page";
import { toEvidenceView } from "@/lib/evidence/view";

export async function generateMetadata(): Promise<{ title: string }> {
  const t = await getTranslations("evidence");
  return { title: t("addToCase") };
}

/**
 * Adds screenshots to any entry of a case. Its own page, not a panel of the case page: the
 * uploader's wording and errors would otherwise ship with every view of the case.
 */
export default async function CaseEvidencePage({ params }: PageProps<"/cases/[caseId]/evidence">) {
  const { caseId } = await params;
  const user = await requireUser(`/cases/${caseId}/evidence`);
  const loaded = await loadCaseEvidencePage(user, caseId);
  if (!loaded) notFound();
  const [t, te, tch, texch, format] = await Promise.all([
    getTranslations("case"),
    getTranslations("evidence"),
    getTranslations("channel"),
    getTranslations("exchangeChannel"),
    getFormatter(),
  ]);
  const { userCase, files, entries } = loaded;
  const short = (date: Date, zone: string) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const targets = entries.map(({ entry, id, room }) =>
    entry.kind === "incident"
      ? { kind: "incident" as const, id, room, label: `${tch(entry.incident.channel)} · ${short(entry.at, entry.incident.timeZone)}` }
      : { kind: "exchange" as const, id, room, label: `${texch(entry.exchange.channel)} · ${short(entry.at, entry.exchange.timeZone)}` },
  );

  return (
    <ClientMessages namespaces={["errors", "errors.evidence", "evidence", "ocr"]}>
      <div className="space-y-4">
        <Link href={`/cases/${userCase.id}`} className="link inline-block py-2">
          ← {t("timelineBack")}
        </Link>
        <h1 className="break-words text-2xl font-bold">{te("addPageTitle", { sender: userCase.sender.display })}</h1>
        <CaseEvidenceAdder targets={targets} />
        <section className="space-y-3" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading" className="text-xl font-semibold">
            {te("galleryTitle", { count: files.length })}
          </h2>
          <EvidenceGallery files={files.map(toEvidenceView)} />
        </section>
      </div>
    </ClientMessages>
  );
}
