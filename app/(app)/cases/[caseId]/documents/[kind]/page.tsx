import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { DocumentEditor } from "@/components/document-editor";
import { recordDocumentSentAction, regenerateDocumentAction, saveDocumentAction } from "@/lib/actions/complaint";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import { documentHref, ownDocument } from "@/lib/documents/registry";
import { ClientMessages } from "@/components/client-messages";

/** Any document prepared from a case (lib/documents/registry.ts): review and edit the draft, download it, record it as filed or sent. */
export default async function DocumentPage({ params, searchParams }: PageProps<"/cases/[caseId]/documents/[kind]">) {
  const [{ caseId, kind }, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(documentHref(caseId, kind));
  const found = await ownDocument(user, caseId, kind);
  const draft = found ? await openDocument(found.type, user, found.userCase) : null;
  if (!found || !draft) notFound();
  const { type, userCase } = found;
  const [t, tl] = await Promise.all([getTranslations(type.wording.namespace), getTranslations("letterLanguage")]);
  const values = type.values(userCase, (language) => tl(language));
  const base = documentHref(userCase.id, type.slug);
  return (
    <ClientMessages namespaces={["complaint", "dataLetter", "errors", "forms", "regulatorComplaint"]}>
      <DocumentEditor
        type={type}
        values={values}
        caseId={userCase.id}
        user={user}
        draft={draft}
        title={t(type.wording.title, values)}
        lead={t(type.wording.lead, values)}
        base={base}
        query={query}
        save={saveDocumentAction.bind(null, type.slug, userCase.id)}
        regenerate={regenerateDocumentAction.bind(null, type.slug, userCase.id)}
        recordSent={recordDocumentSentAction.bind(null, type.slug, userCase.id)}
      />
    </ClientMessages>
  );
}
