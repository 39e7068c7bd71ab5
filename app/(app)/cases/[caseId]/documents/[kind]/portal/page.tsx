import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { PortalSteps } from "@/components/portal-steps";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import { documentHref, ownDocument } from "@/lib/documents/registry";
import { ClientMessages } from "@/components/client-messages";

/** A body's web form, with the draft's fields in the form's order (from the registry or the country pack). */
export default async function PortalPage({ params }: PageProps<"/cases/[caseId]/documents/[kind]/portal">) {
  const { caseId, kind } = await params;
  const user = await requireUser(`${documentHref(caseId, kind)}/portal`);
  const found = await ownDocument(user, caseId, kind);
  const portal = found?.type.portal;
  const draft = found && portal ? await openDocument(found.type, user, found.userCase) : null;
  if (!found || !portal || !draft) notFound();
  const { type, userCase } = found;
  const [t, tl, locale] = await Promise.all([getTranslations(type.wording.namespace), getTranslations("letterLanguage"), getLocale()]);
  const values = type.values(userCase, (language) => tl(language));
  return (
    <ClientMessages namespaces={["complaint"]}>
      <PortalSteps
        title={t("portalTitle", values)}
        lead={t("portalLead")}
        backHref={documentHref(userCase.id, type.slug)}
        backLabel={t("backToDraft")}
        url={portal.url}
        steps={portal.steps.map((step) => ({ name: locale === "en" ? step.name.en : step.name.id, fields: step.fields }))}
        fields={draft.fields}
        filesHint={t("portalFilesHint")}
      />
    </ClientMessages>
  );
}
