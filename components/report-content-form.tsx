"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import type { ModerationTarget } from "@/lib/domain";
import { contentReportSchema, type ContentReportInput } from "@/lib/validations/moderation";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** "Report this": a reason is required; admins decide, and the reporter is told why if it is hidden. */
export function ReportContentForm({
  targetKind,
  targetId,
  report,
}: {
  targetKind: ModerationTarget;
  targetId: string;
  report: (values: ContentReportInput) => Promise<ActionResult>;
}) {
  const t = useTranslations("moderation");
  const errorText = useErrorText();
  const form = useForm<ContentReportInput>({ resolver: zodResolver(contentReportSchema), defaultValues: { targetKind, targetId, reason: "" } });
  const { onSubmit, saved, formError } = useActionForm(form, report);
  if (saved) return <SavedNotice message={t("reported")} />;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer py-1 text-stone-700">{t("reportThis")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 space-y-2">
        <FormAlert message={formError} />
        <TextField
          id={`reason-${targetId}`}
          multiline
          rows={3}
          label={t("reason")}
          hint={t("reasonHint")}
          error={errorText(form.formState.errors.reason)}
          registration={form.register("reason")}
        />
        <button type="submit" className="btn-secondary min-h-10 py-1 text-sm" disabled={form.formState.isSubmitting}>
          {t("send")}
        </button>
      </form>
    </details>
  );
}
