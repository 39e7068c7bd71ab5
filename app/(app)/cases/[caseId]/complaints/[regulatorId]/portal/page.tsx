import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { PortalSteps } from "@/components/portal-steps";
import { requireUser } from "@/lib/auth";
import { ownRegulatorDraft } from "@/lib/complaints/regulator-page";
import { ClientMessages } from "@/components/client-messages";

/** A body's web form, with the draft's fields in the form's order (from the country pack). */
export default async function RegulatorPortalPage({ params }: PageProps<"/cases/[caseId]/complaints/[regulatorId]/portal">) {
  const { caseId, regulatorId } = await params;
  const user = await requireUser(`/cases/${caseId}/complaints/${regulatorId}/portal`);
  const found = ownRegulatorDraft(user, caseId, regulatorId);
  const portal = found?.regulator.complaint.portal;
  if (!found || !portal) notFound();
  const [t, locale] = await Promise.all([getTranslations("regulatorComplaint"), getLocale()]);
  return (
    <ClientMessages namespaces={["complaint"]}>
    <PortalSteps
      title={t("portalTitle", { name: found.regulator.name })}
      lead={t("portalLead")}
      backHref={`/cases/${found.userCase.id}/complaints/${found.regulator.id}`}
      backLabel={t("backToDraft")}
      url={portal.url}
      steps={portal.steps.map((step) => ({ name: locale === "en" ? step.name.en : step.name.id, fields: step.fields }))}
      fields={found.draft.fields}
      filesHint={t("portalFilesHint")}
    />
    </ClientMessages>
  );
}
