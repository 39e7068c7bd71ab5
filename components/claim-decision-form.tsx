"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { claimDecisionSchema, type ClaimDecision } from "@/lib/validations/organisation";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

/** An admin corrects the official domain if needed, then approves, or refuses with a reason the claimant reads. */
export function ClaimDecisionForm({ id, domain, decide }: { id: string; domain: string; decide: (values: ClaimDecision) => Promise<ActionResult> }) {
  const t = useTranslations("organisation");
  const errorText = useErrorText();
  const form = useForm<ClaimDecision>({ resolver: zodResolver(claimDecisionSchema), defaultValues: { action: "approve", domain, reason: "" } });
  const { onSubmit, formError } = useActionForm(form, decide, { refresh: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      <TextField
        id={`claim-domain-${id}`}
        label={t("officialDomain")}
        hint={t("officialDomainHint")}
        autoCapitalize="none"
        error={errorText(form.formState.errors.domain)}
        registration={form.register("domain")}
      />
      <TextField
        id={`claim-reason-${id}`}
        label={t("refuseReason")}
        hint={t("refuseReasonHint")}
        error={errorText(form.formState.errors.reason)}
        registration={form.register("reason")}
      />
      <div className="flex flex-col gap-2 sm:flex-row">
        <button type="submit" className="btn-primary" onClick={() => form.setValue("action", "approve")} disabled={form.formState.isSubmitting}>
          {t("approve")}
        </button>
        <button type="submit" className="btn-danger" onClick={() => form.setValue("action", "refuse")} disabled={form.formState.isSubmitting}>
          {t("refuse")}
        </button>
      </div>
    </form>
  );
}
