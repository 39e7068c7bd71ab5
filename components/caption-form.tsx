"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { EVIDENCE_CAPTION_MAX_LENGTH } from "@/lib/evidence/limits";
import { captionSchema, type CaptionInput } from "@/lib/validations/evidence";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

export function CaptionForm({ caption, save }: { caption: string; save: (values: CaptionInput) => Promise<ActionResult> }) {
  const t = useTranslations("evidence");
  const errorText = useErrorText();
  const form = useForm<CaptionInput>({ resolver: zodResolver(captionSchema), defaultValues: { caption } });
  const { errors, isSubmitting } = form.formState;

  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, save);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <TextField
        id="caption"
        dir="auto"
        label={t("caption")}
        hint={t("captionHint", { max: EVIDENCE_CAPTION_MAX_LENGTH })}
        error={errorText(errors.caption)}
        registration={form.register("caption", { onChange: clearSaved })}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-primary" disabled={isSubmitting}>
          {t("saveCaption")}
        </button>
        {saved ? (
          <p role="status" className="text-sm font-medium text-green-800">
            {t("captionSaved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
