import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import type { User } from "@/db/schema";
import type { ActionResult } from "@/lib/action-result";
import type { Draft } from "@/lib/complaints/drafts";
import type { DocumentKind } from "@/lib/domain";
import { nowLocal } from "@/lib/local-time";
import type { FilingInput } from "@/lib/validations/complaint";
import { ComplaintForm } from "./complaint-form";
import { FilingForm } from "./filing-form";

type Props = {
  kind: DocumentKind;
  /** Fields of the form this document does not use. */
  omit?: readonly string[];
  /** For a body's complaint: its name, and whether the letter goes to the sender itself. */
  body?: { name: string; toSender: boolean };
  caseId: string;
  user: User;
  draft: Draft;
  title: string;
  lead: string;
  /** Where letter.pdf and letter.txt live. */
  base: string;
  portalHref?: string;
  query: Record<string, string | string[] | undefined>;
  save: (values: Record<string, string>) => Promise<ActionResult>;
  regenerate: () => Promise<ActionResult<{ keptEdits: string[] }>>;
  recordSent: (values: FilingInput) => Promise<ActionResult>;
  defaultChannel: FilingInput["channel"];
};

/**
 * A document prepared from a case: downloads, the editable draft, and "I filed / sent it".
 * Shared by the OJK report, the OJK dispute request and the letter to the sender.
 */
export async function DocumentEditor({ kind, omit, body, caseId, user, draft, title, lead, base, portalHref, query, save, regenerate, recordSent, defaultChannel }: Props) {
  const namespace = kind === "sender_data" ? "dataLetter" : kind.startsWith("regulator:") ? "regulatorComplaint" : "complaint";
  const bodyValues = { name: body?.name ?? "", toSender: String(body?.toSender ?? false) };
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
        {portalHref ? (
          <Link href={portalHref} className="btn-secondary">
            {body ? tn("portalView", bodyValues) : t("portalView")}
          </Link>
        ) : null}
      </div>
      <p className="hint mt-0">{t("downloadHint")}</p>
      <ComplaintForm
        kind={kind}
        omit={omit}
        // Only filling in again replaces what the form shows; saving keeps the form as it is.
        key={typeof query.regenerated === "string" ? query.regenerated : "draft"}
        defaultValues={draft.fields}
        save={save}
        regenerate={regenerate}
      />
      <section aria-labelledby="sent-heading" className="card space-y-3">
        <h2 id="sent-heading" className="text-xl font-semibold">
          {tn(kind === "sender_data" ? "sentTitle" : "filingTitle", bodyValues)}
        </h2>
        {draft.filed ? (
          <p role="status" className="font-medium">
            {kind === "sender_data" ? tn("sent", { date: when(draft.filed.at) }) : tn("filed", { ...bodyValues, date: when(draft.filed.at), reference: draft.filed.reference ?? "—" })}
          </p>
        ) : (
          <>
            <p>{tn(kind === "sender_data" ? "sentLead" : "filingLead", bodyValues)}</p>
            <FilingForm namespace={namespace} defaultValues={{ timeZone: user.timeZone, filedAt: nowLocal(user.timeZone), channel: defaultChannel, reference: "" }} save={recordSent} />
          </>
        )}
      </section>
    </div>
  );
}
