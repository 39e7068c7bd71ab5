"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { CASE_STATUSES } from "@/lib/domain";
import { caseStatusSchema, type CaseStatusInput } from "@/lib/validations/case-status";
import { FormAlert, SelectField, useErrorText } from "./form-fields";

/** The user's own word on the case; "follows your messages" hands the status back to the data. */
export function CaseStatusForm({ status, save }: { status: CaseStatusInput["status"]; save: (values: CaseStatusInput) => Promise<ActionResult> }) {
  const t = useTranslations("caseStatus");
  const errorText = useErrorText();
  const router = useRouter();
  const [message, setMessage] = useState<{ saved: boolean; error?: string }>({ saved: false });
  const form = useForm<CaseStatusInput>({ resolver: zodResolver(caseStatusSchema), defaultValues: { status } });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage({ saved: false });
    try {
      const result = await save(values);
      if (!result.ok) return setMessage({ saved: false, error: errorText(result.formError ?? result.fieldErrors.status) });
      setMessage({ saved: true });
      router.refresh();
    } catch {
      setMessage({ saved: false, error: errorText("unexpected") });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={message.error} />
      <SelectField id="case-status" label={t("label")} hint={t("hint")} error={errorText(form.formState.errors.status)} registration={form.register("status", { onChange: () => setMessage({ saved: false }) })}>
        {CASE_STATUSES.map((value) => (
          <option key={value} value={value}>
            {t(`option.${value}`)}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-secondary" disabled={form.formState.isSubmitting}>
          {t("save")}
        </button>
        {message.saved ? (
          <p role="status" className="text-sm font-medium text-green-800">
            {t("saved")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
