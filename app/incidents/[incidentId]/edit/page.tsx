import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { DeleteIncidentButton } from "@/components/delete-incident-button";
import { IncidentForm } from "@/components/incident-form";
import { findIncidentForUser } from "@/db/queries/incidents";
import { deleteIncidentAction, updateIncidentAction } from "@/lib/actions/incident";
import { requireUser } from "@/lib/auth";
import type { Country } from "@/lib/domain";
import { incidentToInput } from "@/lib/incidents";

export default async function EditIncidentPage({ params }: PageProps<"/incidents/[incidentId]/edit">) {
  const { incidentId } = await params;
  const user = await requireUser(`/incidents/${incidentId}/edit`);
  const incident = findIncidentForUser(user.id, incidentId);
  if (!incident) notFound();
  const t = await getTranslations("incident");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <IncidentForm
        submit={updateIncidentAction.bind(null, incident.id)}
        submitLabel={t("submitEdit")}
        cancelHref={`/cases/${incident.caseId}`}
        defaultValues={incidentToInput(incident, user.country as Country, files)}
      />
      <DeleteIncidentButton remove={deleteIncidentAction.bind(null, incident.id)} />
    </div>
  );
}
