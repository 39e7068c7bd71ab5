import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ComplaintForm } from "@/components/complaint-form";
import { FilingForm } from "@/components/filing-form";
import { findCaseForUser } from "@/db/queries/cases";
import { recordDataLetterSentAction, regenerateDocumentAction, saveDocumentAction } from "@/lib/actions/complaint";
import { requireUser } from "@/lib/auth";
import { DATA_LETTER_FIELDS } from "@/lib/complaints/data-request";
import { openDocument } from "@/lib/complaints/drafts";
import { countryPack } from "@/lib/countries";
import { nowLocal } from "@/lib/local-time";
import { isUuid } from "@/lib/validations/id";

/** The personal-data letter to the sender: review, edit, download, and record when it was sent. */
export default async function DataLetterPage({ params, searchParams }: PageProps<"/cases/[caseId]/letters/data-request">) {
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/letters/data-request`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const draft = userCase ? openDocument("sender_data", user, userCase) : null;
  const rule = userCase ? countryPack(userCase.country).dataRequest : null;
  if (!userCase || !draft || !rule) notFound();
  const [t, tc, format] = await Promise.all([getTranslations("dataLetter"), getTranslations("complaint"), getFormatter()]);
  const kept = typeof query.kept === "string" ? query.kept.split(",").filter((field) => (DATA_LETTER_FIELDS as readonly string[]).includes(field)) : [];
  const base = `/cases/${userCase.id}/letters/data-request`;

  return (
    <div className="space-y-5">
      <Link href={`/cases/${userCase.id}`} className="link inline-block py-2">
        ← {tc("backToCase")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead", { sender: userCase.sender.display, law: rule.law.instrument })}</p>
      </div>
      {query.regenerated ? (
        <p role="status" className="rounded-lg border border-brand-700 bg-brand-50 p-3">
          {kept.length > 0 ? tc("regeneratedKept", { fields: kept.map((field) => tc(`field.${field}`)).join(", ") }) : tc("regenerated")}
        </p>
      ) : null}
      {!draft.saved ? <p className="hint">{tc("notSavedYet")}</p> : null}
      <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <a href={`${base}/letter.pdf`} className="btn-primary" download>
          {tc("downloadPdf")}
        </a>
        <a href={`${base}/letter.txt`} className="btn-secondary" download>
          {tc("downloadText")}
        </a>
      </div>
      <p className="hint mt-0">{tc("downloadHint")}</p>
      <ComplaintForm
        kind="sender_data"
        key={typeof query.regenerated === "string" ? query.regenerated : "draft"}
        defaultValues={draft.fields}
        save={saveDocumentAction.bind(null, "sender_data", userCase.id)}
        regenerate={regenerateDocumentAction.bind(null, "sender_data", userCase.id)}
      />
      <section aria-labelledby="sent-heading" className="card space-y-3">
        <h2 id="sent-heading" className="text-xl font-semibold">
          {t("sentTitle")}
        </h2>
        {draft.filed ? (
          <p role="status" className="font-medium">
            {t("sent", { date: format.dateTime(draft.filed.at, { dateStyle: "long", timeStyle: "short", timeZone: user.timeZone }) })}
          </p>
        ) : (
          <>
            <p>{t("sentLead")}</p>
            <FilingForm
              kind="sender_data"
              defaultValues={{ timeZone: user.timeZone, filedAt: nowLocal(user.timeZone), channel: "email", reference: "" }}
              save={recordDataLetterSentAction.bind(null, userCase.id)}
            />
          </>
        )}
      </section>
    </div>
  );
}
