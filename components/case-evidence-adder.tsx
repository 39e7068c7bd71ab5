"use client";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { EvidenceUploader } from "./evidence-uploader";

type Target = { kind: "incident" | "exchange"; id: string; label: string; room: number };

/** Adds files to one of the case's saved incidents or exchanges, straight from the case page. */
export function CaseEvidenceAdder({ targets }: { targets: Target[] }) {
  const t = useTranslations("evidence");
  const selectId = useId();
  const [targetId, setTargetId] = useState(targets.at(-1)?.id ?? "");
  const chosen = targets.find((target) => target.id === targetId);
  if (!chosen) return null;
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={selectId} className="label">
          {t("forIncident")}
        </label>
        <select id={selectId} className="input" value={targetId} onChange={(event) => setTargetId(event.target.value)}>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.label}
            </option>
          ))}
        </select>
      </div>
      <EvidenceUploader key={chosen.id} target={{ kind: chosen.kind, id: chosen.id }} maxFiles={chosen.room} />
    </div>
  );
}
