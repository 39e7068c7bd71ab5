"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { EvidenceUploader } from "./evidence-uploader";

type Props = { incidents: { id: string; label: string; room: number }[] };

/** Adds files to one of the case's saved incidents, straight from the case page. */
export function CaseEvidenceAdder({ incidents }: Props) {
  const t = useTranslations("evidence");
  const selectId = useId();
  const [incidentId, setIncidentId] = useState(incidents.at(-1)?.id ?? "");
  const chosen = incidents.find((incident) => incident.id === incidentId);
  if (!chosen) return null;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={selectId} className="label">
          {t("forIncident")}
        </label>
        <select id={selectId} className="input" value={incidentId} onChange={(event) => setIncidentId(event.target.value)}>
          {incidents.map((incident) => (
            <option key={incident.id} value={incident.id}>
              {incident.label}
            </option>
          ))}
        </select>
      </div>
      <EvidenceUploader key={chosen.id} incidentId={chosen.id} maxFiles={chosen.room} />
    </div>
  );
}
