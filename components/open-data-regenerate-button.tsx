"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { SavedNotice } from "./saved-notice";
import { FormAlert } from "./form-fields";

/** Admins: starts making the open data download again; says it started (or was already under way). */
export function OpenDataRegenerateButton({ regenerate }: { regenerate: () => Promise<ActionResult<{ alreadyRunning: boolean }>> }) {
  const t = useTranslations("openDataAdmin");
  const [pending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<"started" | "alreadyRunning" | "failed" | null>(null);
  const onClick = () =>
    startTransition(async () => {
      const result = await regenerate().catch(() => null);
      setAnswer(!result?.ok ? "failed" : result.data.alreadyRunning ? "alreadyRunning" : "started");
    });
  return (
    <div className="space-y-3">
      {answer === "failed" ? <FormAlert message={t("regenerateFailed")} /> : null}
      {answer === "started" || answer === "alreadyRunning" ? (
        <SavedNotice message={t(answer === "started" ? "regenerateStarted" : "regenerateRunning")} />
      ) : null}
      <button type="button" className="btn-primary" onClick={onClick} disabled={pending}>
        {t("regenerate")}
      </button>
    </div>
  );
}
