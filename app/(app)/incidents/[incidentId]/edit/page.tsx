import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { IncidentForm } from "@/components/incident-form";
import { deleteIncidentAction, updateIncidentAction } from "@/lib/actions/incident";
import { requireUser } from "@/lib/auth";
import { loadIncidentEditPage } from "@/lib/cases/incident-pages";
import { ClientMessages } from "@/components/client-messages";

export default async function EditIncidentPage({ params }: PageProps<"/incidents/[incidentId]/edit">) {
  const { incidentId } = await params;
  const user = await requireUser(`/incidents/${incidentId}/edit`);
  const page = await loadIncidentEditPage(user, incidentId);
  if (!page) notFound();
  const { incident, defaultValues, initialEvidence } = page;
  const t = await getTranslations("incident");
  return (
    <ClientMessages
      namespaces={[
        "category",
        "channel",
        "common",
        "consent",
        "errors",
        "errors.evidence",
        "evidence",
        "forms",
        "incident",
        "ocr",
        "stopRequest",
        "suggest",
        "zones",
      ]}
    >
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
        <IncidentForm
          submit={updateIncidentAction.bind(null, incident.id)}
          submitLabel={t("submitEdit")}
          cancelHref={`/cases/${incident.caseId}`}
          defaultValues={defaultValues}
          initialEvidence={initialEvidence}
        />
        <ConfirmDeleteButton remove={deleteIncidentAction.bind(null, incident.id)} label={t("delete")} question={t("confirmDelete")} />
      </div>
    </ClientMessages>
  );
}
