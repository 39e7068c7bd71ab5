import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { DocumentEditor } from "@/components/document-editor";
import { findCaseForUser } from "@/db/queries/cases";
import { recordOjkFilingAction, regenerateDocumentAction, saveDocumentAction } from "@/lib/actions/complaint";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import { isUuid } from "@/lib/validations/id";
import { ClientMessages } from "@/components/client-messages";

/** Review and edit the pre-filled OJK violation report; download it; record the filing. */
export default async function OjkComplaintPage({ params, searchParams }: PageProps<"/cases/[caseId]/complaints/ojk">) {
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/complaints/ojk`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const draft = userCase ? openDocument("ojk_violation", user, userCase) : null;
  if (!userCase || !draft) notFound();
  const t = await getTranslations("complaint");
  const base = `/cases/${userCase.id}/complaints/ojk`;
  return (
    <ClientMessages namespaces={["complaint", "dataLetter", "errors", "forms", "regulatorComplaint"]}>
    <DocumentEditor
      kind="ojk_violation"
      caseId={userCase.id}
      user={user}
      draft={draft}
      title={t("title")}
      lead={t("lead", { sender: userCase.sender.display })}
      base={base}
      portalHref={`${base}/portal`}
      query={query}
      save={saveDocumentAction.bind(null, "ojk_violation", userCase.id)}
      regenerate={regenerateDocumentAction.bind(null, "ojk_violation", userCase.id)}
      recordSent={recordOjkFilingAction.bind(null, userCase.id)}
      defaultChannel="web"
    />
    </ClientMessages>
  );
}
