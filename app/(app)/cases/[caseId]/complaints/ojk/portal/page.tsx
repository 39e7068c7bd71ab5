import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { PortalSteps } from "@/components/portal-steps";
import { findCaseForUser } from "@/db/queries/cases";
import { requireUser } from "@/lib/auth";
import { openDocument } from "@/lib/complaints/drafts";
import type { OjkViolationField } from "@/lib/complaints/ojk";
import { isUuid } from "@/lib/validations/id";
import { ClientMessages } from "@/components/client-messages";

/** The APPK portal's three steps, with the draft's fields in that order. */
const STEPS: { step: "firm" | "person" | "files"; fields: OjkViolationField[] }[] = [
  { step: "firm", fields: ["firm", "product", "dateOfUse", "problem"] },
  { step: "person", fields: ["complainantName", "complainantId", "address", "phone", "email", "chronology", "rulesBroken", "stepsTaken", "demand"] },
  { step: "files", fields: ["evidenceList"] },
];

export default async function OjkPortalPage({ params }: PageProps<"/cases/[caseId]/complaints/ojk/portal">) {
  const { caseId } = await params;
  const user = await requireUser(`/cases/${caseId}/complaints/ojk/portal`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  const draft = userCase ? openDocument("ojk_violation", user, userCase) : null;
  if (!userCase || !draft) notFound();
  const t = await getTranslations("complaint");
  return (
    <ClientMessages namespaces={["complaint"]}>
    <PortalSteps
      title={t("portalTitle")}
      lead={t("portalLead")}
      backHref={`/cases/${userCase.id}/complaints/ojk`}
      backLabel={t("backToDraft")}
      url="https://kontak157.ojk.go.id/appkpublicportal/Pengaduan"
      steps={STEPS.map(({ step, fields }) => ({ name: t(`portalStepName.${step}`), fields }))}
      fields={draft.fields}
      filesHint={t("portalFilesHint")}
    />
    </ClientMessages>
  );
}
