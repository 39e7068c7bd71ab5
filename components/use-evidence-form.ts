"use client";
import { useTranslations } from "next-intl";
import { useCallback, useState, type FormEvent } from "react";
import type { FieldValues, Path, PathValue, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import type { EvidenceItem } from "@/lib/evidence/lifecycle-types";
import { useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

/**
 * The submit path of forms that carry uploaded files (incident, exchange): the shared one, plus
 * the file list as a form value, and no sending while files are still uploading. Every
 * submission carries a key (`once`): a new record is saved once; edits ignore the key.
 */
export function useEvidenceForm<T extends FieldValues & { evidence: EvidenceItem[] }>(form: UseFormReturn<T>, submit: (values: T) => Promise<ActionResult>) {
  const t = useTranslations("forms");
  const errorText = useErrorText();
  const { onSubmit: validateAndSubmit, formError, setFormError } = useActionForm(form, submit, { once: true });
  const [uploading, setUploading] = useState(false);
  const { setValue } = form;
  const setEvidence = useCallback(
    (items: EvidenceItem[]) => setValue("evidence" as Path<T>, items as PathValue<T, Path<T>>, { shouldDirty: true }),
    [setValue],
  );
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!uploading) return validateAndSubmit(event);
    event.preventDefault();
    setFormError(t("waitForUploads"));
  };
  // The list's own error sits on the field or on its root, depending on how it was set.
  const listError = form.formState.errors.evidence as { message?: string; root?: { message?: string } } | undefined;
  const message = listError?.message ?? listError?.root?.message;
  /** Spread on <EvidenceFieldset>: the uploader feeds the form, and shows the list's error. */
  const evidenceField = { onChange: setEvidence, onBusyChange: setUploading, error: errorText(message) };
  return { formError, onSubmit, evidenceField };
}
