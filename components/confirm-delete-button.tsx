"use client";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormAlert, useErrorText } from "./form-fields";

type Props = {
  remove: () => Promise<ActionResult>;
  /** The button's text, e.g. "Delete this incident". */
  label: string;
  /** The question that asks for the second click. */
  question: string;
  /** The second button's text, when "Yes, delete" would not say what it does. */
  confirmLabel?: string;
};

/** Deleting takes two clicks: the second one, on a clearly worded question, does it. */
export function ConfirmDeleteButton({ remove, label, question, confirmLabel }: Props) {
  const t = useTranslations("common");
  const errorText = useErrorText();
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  if (!confirming) {
    return (
      <button type="button" className="btn-secondary w-full border-red-700 text-red-800 sm:w-auto" onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="card space-y-3 border-red-700">
      <p id={questionId} className="font-semibold">
        {question}
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
          {confirmLabel ?? t("confirmDeleteYes")}
        </button>
        <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
