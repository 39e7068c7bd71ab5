"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import { FormAlert, useErrorText } from "./form-fields";

/** An admin shows a hidden item again (one click: hiding it again is as easy). */
export function RestoreButton({ restore }: { restore: () => Promise<ActionResult> }) {
  const t = useTranslations("moderation");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <button
        type="button"
        className="btn-secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            try {
              const result = await restore();
              if (result && !result.ok) return setError(errorText(result.formError));
              setError(undefined);
              router.refresh();
            } catch {
              setError(errorText("unexpected"));
            }
          })
        }
      >
        {t("restore")}
      </button>
    </div>
  );
}
