"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type ComponentProps } from "react";
import { openSharedDraftAction, type SharedDraftResult } from "@/lib/actions/shared-draft";
import { IncidentForm } from "./incident-form";

type Props = Omit<ComponentProps<typeof IncidentForm>, "pendingEvidence" | "refusedFiles"> & {
  /** The share named in the address, or null to open one this browser made and has not opened. */
  shareId: string | null;
};

/**
 * The new-incident form, opened from something shared into Spamtrail (app/api/share). It asks
 * for the share once, when it appears (the share is used up by opening it), then shows the form
 * with the shared text as the message and the shared pictures as screenshots already added.
 */
export function SharedIncidentForm({ shareId, defaultValues, ...form }: Props) {
  const t = useTranslations("share.incoming");
  const [result, setResult] = useState<SharedDraftResult | "failed" | null>(null);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    openSharedDraftAction(shareId).then(setResult, () => setResult("failed"));
  }, [shareId]);

  if (result === null) {
    return (
      <p role="status" className="hint">
        {t("opening")}
      </p>
    );
  }
  const draft = typeof result === "object" && result.status === "opened" ? result.draft : null;
  const gone = result === "failed" || (typeof result === "object" && result.status === "gone");
  return (
    <div className="space-y-4">
      {draft ? (
        <p role="status" className="rounded-lg border border-brand-700 bg-brand-50 p-3">
          {t("prefilled")}
        </p>
      ) : gone ? (
        <p role="alert" className="rounded-lg border border-amber-600 bg-amber-50 p-3">
          {t("gone")}
        </p>
      ) : null}
      <IncidentForm
        {...form}
        defaultValues={draft ? { ...defaultValues, messageText: draft.messageText, source: "share" } : defaultValues}
        pendingEvidence={draft?.evidence}
        refusedFiles={draft?.refused}
      />
    </div>
  );
}
