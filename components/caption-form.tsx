"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { EVIDENCE_CAPTION_MAX_LENGTH } from "@/lib/evidence/limits";
import { captionSchema, type CaptionInput } from "@/lib/validations/evidence";
import { FormAlert, setServerErrors, TextField, useErrorText } from "./form-fields";

export function CaptionForm({ caption, save }: { caption: string; save: (values: CaptionInput) => Promise<ActionResult> }) {
  const t = useTranslations("evidence");
  const errorText = useErrorText();
  const [status, setStatus] = useState<{ saved: boolean; error?: string }>({ saved: false });
  const form = useForm<CaptionInput>({ resolver: zodResolver(captionSchema), defaultValues: { caption } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setStatus({ saved: false });
    try {
      const result = await save(values);
      if (result.ok) return setStatus({ saved: true });
      setServerErrors(form.setError, result.fieldErrors);
      setStatus({ saved: false, error: result.formError ? errorText(result.formError) : undefined });
    } catch {
      setStatus({ saved: false, error: errorText("unexpected") });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={status.error} />
      <TextField
        id="caption"
        dir="auto"
        label={t("caption")}
        hint={t("captionHint", { max: EVIDENCE_CAPTION_MAX_LENGTH })}
        error={errorText(errors.caption)}
        registration={form.register("caption", { onChange: () => setStatus({ saved: false }) })}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={isSubmitting}>
          {t("saveCaption")}
        </button>
        {status.saved ? (
          <p role="status" className="text-sm font-medium text-green-800">
            {t("captionSaved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
