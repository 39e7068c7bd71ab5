import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { DocumentEditor } from "@/components/document-editor";
import { findCaseForUser } from "@/db/queries/cases";
import { recordDataLetterSentAction, regenerateDocumentAction, saveDocumentAction } from "@/lib/actions/complaint";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import { countryPack } from "@/lib/countries";
import { isUuid } from "@/lib/validations/id";
import { ClientMessages } from "@/components/client-messages";

/** The personal-data letter to the sender: review, edit, download, and record when it was sent. */
export default async function DataLetterPage({ params, searchParams }: PageProps<"/cases/[caseId]/letters/data-request">) {
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/letters/data-request`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const draft = userCase ? openDocument("sender_data", user, userCase) : null;
  const rule = userCase ? countryPack(userCase.country).dataRequest : null;
  if (!userCase || !draft || !rule) notFound();
  const t = await getTranslations("dataLetter");
  return (
    <ClientMessages namespaces={["complaint", "dataLetter", "errors", "forms", "regulatorComplaint"]}>
    <DocumentEditor
      kind="sender_data"
      caseId={userCase.id}
      user={user}
      draft={draft}
      title={t("title")}
      lead={t("lead", { sender: userCase.sender.display, law: rule.law.instrument })}
      base={`/cases/${userCase.id}/letters/data-request`}
      query={query}
      save={saveDocumentAction.bind(null, "sender_data", userCase.id)}
      regenerate={regenerateDocumentAction.bind(null, "sender_data", userCase.id)}
      recordSent={recordDataLetterSentAction.bind(null, userCase.id)}
      defaultChannel="email"
    />
    </ClientMessages>
  );
}
