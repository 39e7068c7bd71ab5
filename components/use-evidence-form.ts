"use client";
import { useTranslations } from "next-intl";
import { useCallback, useState, type FormEvent } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import type { EvidenceItem } from "@/lib/evidence/lifecycle-types";
import { setServerErrors, useErrorText } from "./form-fields";

/**
 * The submit path shared by forms that carry uploaded files (incident, exchange): validate on
 * the client, send to the server action, show its field errors, and refuse to send while
 * files are still uploading. Nothing typed is lost on any failure: the form stays as it is.
 */
export function useEvidenceForm<T extends FieldValues & { evidence: EvidenceItem[] }>(form: UseFormReturn<T>, submit: (values: T) => Promise<ActionResult>) {
  const t = useTranslations("forms");
  const errorText = useErrorText();
  const [formError, setFormError] = useState<string>();
  const [uploading, setUploading] = useState(false);
  const { setValue } = form;
  const setEvidence = useCallback(
    (items: EvidenceItem[]) => setValue("evidence" as Path<T>, items as PathValue<T, Path<T>>, { shouldDirty: true }),
    [setValue],
  );

  const validateAndSubmit = form.handleSubmit(
    async (values) => {
      setFormError(undefined);
      try {
        const result = await submit(values);
        if (result && !result.ok) {
          setServerErrors(form.setError, result.fieldErrors);
          setFormError(result.formError ? errorText(result.formError) : t("fixErrors"));
        }
      } catch {
        setFormError(errorText("unexpected"));
      }
    },
    () => setFormError(t("fixErrors")),
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!uploading) return validateAndSubmit(event);
    event.preventDefault();
    setFormError(t("waitForUploads"));
  };
  return { formError, onSubmit, setEvidence, setUploading };
}
