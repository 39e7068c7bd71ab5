import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { DocumentEditor } from "@/components/document-editor";
import { recordRegulatorFilingAction, regenerateDocumentAction, saveDocumentAction } from "@/lib/actions/complaint";
import { requireUser } from "@/lib/auth";
import { ownRegulatorDraft } from "@/lib/complaints/regulator-page";
import { regulatorDocument } from "@/lib/domain";
import { ClientMessages } from "@/components/client-messages";

/** A complaint to a body of the case's country (or a demand letter to the sender), pre-filled from its template. */
export default async function RegulatorComplaintPage({ params, searchParams }: PageProps<"/cases/[caseId]/complaints/[regulatorId]">) {
  const [{ caseId, regulatorId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/complaints/${regulatorId}`);
  const found = ownRegulatorDraft(user, caseId, regulatorId);
  if (!found) notFound();
  const { userCase, regulator, draft } = found;
  const [t, tl] = await Promise.all([getTranslations("regulatorComplaint"), getTranslations("letterLanguage")]);
  const template = regulator.complaint;
  const kind = regulatorDocument(regulator.id);
  const base = `/cases/${userCase.id}/complaints/${regulator.id}`;
  const body = { name: regulator.name, toSender: template.toSender ?? false };
  return (
    <ClientMessages namespaces={["complaint", "dataLetter", "errors", "forms", "regulatorComplaint"]}>
    <DocumentEditor
      kind={kind}
      body={body}
      omit={regulator.requiredFields.includes("idDocument") ? [] : ["complainantId"]}
      caseId={userCase.id}
      user={user}
      draft={draft}
      title={t("title", { ...body, toSender: String(body.toSender) })}
      lead={t("lead", { sender: userCase.sender.display, name: regulator.name, language: tl(template.language) })}
      base={base}
      portalHref={template.portal ? `${base}/portal` : undefined}
      query={query}
      save={saveDocumentAction.bind(null, kind, userCase.id)}
      regenerate={regenerateDocumentAction.bind(null, kind, userCase.id)}
      recordSent={recordRegulatorFilingAction.bind(null, regulator.id, userCase.id)}
      defaultChannel={template.portal ? "web" : template.toSender ? "letter" : "email"}
    />
    </ClientMessages>
  );
}
