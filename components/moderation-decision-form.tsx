"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { moderationDecisionSchema, type ModerationDecision } from "@/lib/validations/moderation";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

/** Hide with a reason the reporter will read, or keep. */
export function ModerationDecisionForm({ id, decide }: { id: string; decide: (values: ModerationDecision) => Promise<ActionResult> }) {
  const t = useTranslations("moderation");
  const errorText = useErrorText();
  const form = useForm<ModerationDecision>({ resolver: zodResolver(moderationDecisionSchema), defaultValues: { action: "hide", reason: "" } });
  const { onSubmit, formError } = useActionForm(form, decide, { refresh: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <TextField
        id={`decision-${id}`}
        label={t("hideReason")}
        hint={t("hideReasonHint")}
        error={errorText(form.formState.errors.reason)}
        registration={form.register("reason")}
      />
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" className="btn-danger" onClick={() => form.setValue("action", "hide")} disabled={form.formState.isSubmitting}>
          {t("hide")}
        </button>
        <button type="submit" className="btn-secondary" onClick={() => form.setValue("action", "keep")} disabled={form.formState.isSubmitting}>
          {t("keep")}
        </button>
      </div>
    </form>
  );
}
