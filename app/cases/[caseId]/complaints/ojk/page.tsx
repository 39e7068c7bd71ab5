import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FilingForm } from "@/components/filing-form";
import { ComplaintForm } from "@/components/complaint-form";
import { findCaseForUser } from "@/db/queries/cases";
import { recordOjkFilingAction, regenerateDocumentAction, saveDocumentAction } from "@/lib/actions/complaint";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import { OJK_VIOLATION_FIELDS } from "@/lib/complaints/ojk";
import { nowLocal } from "@/lib/local-time";
import { isUuid } from "@/lib/validations/id";

/** Review and edit the pre-filled OJK violation report; download it; record the filing. */
export default async function OjkComplaintPage({ params, searchParams }: PageProps<"/cases/[caseId]/complaints/ojk">) {
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/complaints/ojk`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const draft = userCase ? openDocument("ojk_violation", user, userCase) : null;
  if (!userCase || !draft) notFound();
  const [t, format] = await Promise.all([getTranslations("complaint"), getFormatter()]);
  const kept = typeof query.kept === "string" ? query.kept.split(",").filter((field) => (OJK_VIOLATION_FIELDS as readonly string[]).includes(field)) : [];
  const base = `/cases/${userCase.id}/complaints/ojk`;

  return (
    <div className="space-y-5">
      <Link href={`/cases/${userCase.id}`} className="link inline-block py-2">
        ← {t("backToCase")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead", { sender: userCase.sender.display })}</p>
      </div>
      {query.regenerated ? (
        <p role="status" className="rounded-lg border border-brand-700 bg-brand-50 p-3">
          {kept.length > 0 ? t("regeneratedKept", { fields: kept.map((field) => t(`field.${field}`)).join(", ") }) : t("regenerated")}
        </p>
      ) : null}
      {!draft.saved ? <p className="hint">{t("notSavedYet")}</p> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <a href={`${base}/letter.pdf`} className="btn-primary" download>
          {t("downloadPdf")}
        </a>
        <a href={`${base}/letter.txt`} className="btn-secondary" download>
          {t("downloadText")}
        </a>
        <Link href={`${base}/portal`} className="btn-secondary">
          {t("portalView")}
        </Link>
      </div>
      <p className="hint mt-0">{t("downloadHint")}</p>
      <ComplaintForm
        kind="ojk_violation"
        // Only filling in again replaces what the form shows; saving keeps the form as it is.
        key={typeof query.regenerated === "string" ? query.regenerated : "draft"}
        defaultValues={draft.fields}
        save={saveDocumentAction.bind(null, "ojk_violation", userCase.id)}
        regenerate={regenerateDocumentAction.bind(null, "ojk_violation", userCase.id)}
      />
      <section aria-labelledby="filing-heading" className="card space-y-3">
        <h2 id="filing-heading" className="text-xl font-semibold">
          {t("filingTitle")}
        </h2>
        {draft.filed ? (
          <p role="status" className="font-medium">
            {t("filed", { date: format.dateTime(draft.filed.at, { dateStyle: "long", timeStyle: "short", timeZone: user.timeZone }), reference: draft.filed.reference ?? "—" })}
          </p>
        ) : (
          <>
            <p>{t("filingLead")}</p>
            <FilingForm
              kind="ojk_violation"
              defaultValues={{ timeZone: user.timeZone, filedAt: nowLocal(user.timeZone), channel: "web", reference: "" }}
              save={recordOjkFilingAction.bind(null, userCase.id)}
            />
          </>
        )}
      </section>
    </div>
  );
}
