import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { User } from "@/db/schema";
import type { ActionResult } from "@/lib/action-result";
import type { Draft } from "@/lib/complaints/drafts";
import type { DocumentType } from "@/lib/documents/registry";
import { nowLocal } from "@/lib/local-time";
import type { FilingInput } from "@/lib/validations/complaint";
import { ComplaintForm } from "./complaint-form";
import { FilingForm } from "./filing-form";

type Props = {
  type: DocumentType;
  /** The values of its messages ({name}, {toSender}…). */
  values: Record<string, string>;
  caseId: string;
  user: User;
  draft: Draft;
  title: string;
  lead: string;
  /** Where letter.pdf, letter.txt and the portal view live. */
  base: string;
  query: Record<string, string | string[] | undefined>;
  save: (values: Record<string, string>) => Promise<ActionResult>;
  regenerate: () => Promise<ActionResult<{ keptEdits: string[] }>>;
  recordSent: (values: FilingInput) => Promise<ActionResult>;
};

/**
 * A document prepared from a case: downloads, the editable draft, and "I filed / sent it".
 * The same for every kind: what differs is in the kind's entry of lib/documents/registry.ts.
 */
export async function DocumentEditor({ type, values, caseId, user, draft, title, lead, base, query, save, regenerate, recordSent }: Props) {
  const { namespace } = type.wording;
  const [t, tn, format] = await Promise.all([getTranslations("complaint"), getTranslations(namespace), getFormatter()]);
  const kept = typeof query.kept === "string" ? query.kept.split(",").filter((field) => field in draft.fields) : [];
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short", timeZone: user.timeZone });

  return (
    <div className="space-y-5">
      <Link href={`/cases/${caseId}`} className="link inline-block py-2">
        ← {t("backToCase")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p className="text-stone-700">{lead}</p>
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
        {type.portal ? (
          <Link href={`${base}/portal`} className="btn-secondary">
            {tn("portalView", values)}
          </Link>
        ) : null}
      </div>
      <p className="hint mt-0">{t("downloadHint")}</p>
      <ComplaintForm
        fields={type.fields}
        short={type.short}
        omit={type.omit}
        // Only filling in again replaces what the form shows; saving keeps the form as it is.
        key={typeof query.regenerated === "string" ? query.regenerated : "draft"}
        defaultValues={draft.fields}
        save={save}
        regenerate={regenerate}
      />
      <section aria-labelledby="sent-heading" className="card space-y-3">
        <h2 id="sent-heading" className="text-xl font-semibold">
          {tn("filingTitle", values)}
        </h2>
        {draft.filed ? (
          <p role="status" className="font-medium">
            {tn("filed", { ...values, date: when(draft.filed.at), reference: draft.filed.reference ?? "—" })}
          </p>
        ) : (
          <>
            <p>{tn("filingLead", values)}</p>
            <FilingForm
              namespace={namespace}
              defaultValues={{ timeZone: user.timeZone, filedAt: nowLocal(user.timeZone), channel: type.defaultChannel, reference: "" }}
              save={recordSent}
            />
          </>
        )}
      </section>
    </div>
  );
}
