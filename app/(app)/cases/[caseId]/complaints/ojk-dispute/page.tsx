import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { DocumentEditor } from "@/components/document-editor";
import { findCaseForUser } from "@/db/queries/cases";
import { recordOjkDisputeFilingAction, regenerateDocumentAction, saveDocumentAction } from "@/lib/actions/complaint";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import { isUuid } from "@/lib/validations/id";
import { ClientMessages } from "@/components/client-messages";

/** The OJK dispute request (financial firms in Indonesia), pre-filled from the case. */
export default async function OjkDisputePage({ params, searchParams }: PageProps<"/cases/[caseId]/complaints/ojk-dispute">) {
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/complaints/ojk-dispute`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const draft = userCase ? openDocument("ojk_dispute", user, userCase) : null;
  if (!userCase || !draft) notFound();
  const t = await getTranslations("complaint");
  return (
    <ClientMessages namespaces={["complaint", "dataLetter", "errors", "forms", "regulatorComplaint"]}>
    <DocumentEditor
      kind="ojk_dispute"
      caseId={userCase.id}
      user={user}
      draft={draft}
      title={t("disputeTitle")}
      lead={t("disputeLead", { sender: userCase.sender.display })}
      base={`/cases/${userCase.id}/complaints/ojk-dispute`}
      query={query}
      save={saveDocumentAction.bind(null, "ojk_dispute", userCase.id)}
      regenerate={regenerateDocumentAction.bind(null, "ojk_dispute", userCase.id)}
      recordSent={recordOjkDisputeFilingAction.bind(null, userCase.id)}
      defaultChannel="web"
    />
    </ClientMessages>
  );
}
