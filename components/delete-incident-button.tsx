"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormAlert, useErrorText } from "./form-fields";

/** Deleting takes two clicks: the second one, on a clearly worded question, does it. */
export function DeleteIncidentButton({ remove }: { remove: () => Promise<ActionResult> }) {
  const t = useTranslations("incident");
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  if (!confirming) {
    return (
      <button type="button" className="btn-secondary w-full border-red-700 text-red-800 sm:w-auto" onClick={() => setConfirming(true)}>
        {t("delete")}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby="confirm-delete" className="card space-y-3 border-red-700">
      <p id="confirm-delete" className="font-semibold">
        {t("confirmDelete")}
      </p>
      <FormAlert message={error} />
      <div className="flex flex-col gap-3 sm:flex-row">
        <button
          type="button"
          className="btn-danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              try {
                const result = await remove();
                if (result && !result.ok) setError(errorText(result.formError));
              } catch {
                setError(errorText("unexpected"));
              }
            })
          }
        >
          {t("confirmDeleteYes")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
