"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resumeImportAction } from "@/lib/actions/import";
import { FormAlert, useErrorText } from "./form-fields";

/** Starts a stopped import again (reading or importing); what is already imported is skipped. */
export function ImportResumeButton({ importId }: { importId: string }) {
  const t = useTranslations("import");
  const errorText = useErrorText();
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <FormAlert message={error} />
      <button
        type="button"
        className="btn-primary w-full sm:w-auto"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await resumeImportAction(importId).catch(() => null);
            if (!result?.ok) return setError(errorText(result?.formError ?? "unexpected"));
            router.refresh();
          })
        }
      >
        {t("resume")}
      </button>
    </div>
  );
}
