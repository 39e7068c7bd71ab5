"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { claimSchema, type ClaimInput } from "@/lib/validations/organisation";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

/** A line of the senders box nobody reported comes back as "claimSenderUnknown:<the line>": say which line. */
function useSendersError() {
  const t = useTranslations("errors");
  const errorText = useErrorText();
  return (message?: string) => {
    const [key, line] = message?.startsWith("claimSenderUnknown:") ? ["claimSenderUnknown", message.slice("claimSenderUnknown:".length)] : [message];
    return key === "claimSenderUnknown" ? t("claimSenderUnknown", { line: line ?? "" }) : errorText(key);
  };
}

/** "These senders are my organisation's": for an admin to check before anything is published. */
export function ClaimForm({ claim, defaultValues }: { claim: (values: ClaimInput) => Promise<ActionResult>; defaultValues: Partial<ClaimInput> }) {
  const t = useTranslations("organisation");
  const errorText = useErrorText();
  const sendersError = useSendersError();
  const form = useForm<ClaimInput>({
    resolver: zodResolver(claimSchema),
    defaultValues: { organisationName: "", domain: "", senders: "", note: "", ...defaultValues },
  });
  const { onSubmit, formError } = useActionForm(form, claim, { refresh: true });
  const { errors } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <TextField id="claim-name" label={t("name")} error={errorText(errors.organisationName)} registration={form.register("organisationName")} />
      <TextField
        id="claim-domain"
        label={t("domain")}
        hint={t("domainHint")}
        inputMode="url"
        autoCapitalize="none"
        error={errorText(errors.domain)}
        registration={form.register("domain")}
      />
      <TextField
        id="claim-senders"
        label={t("senders")}
        hint={t("sendersHint")}
        multiline
        rows={4}
        error={sendersError(errors.senders?.message)}
        registration={form.register("senders")}
      />
      <TextField
        id="claim-note"
        label={t("note")}
        hint={t("noteHint")}
        multiline
        rows={3}
        error={errorText(errors.note)}
        registration={form.register("note")}
      />
      <button type="submit" className="btn-primary" disabled={form.formState.isSubmitting}>
        {t("submit")}
      </button>
    </form>
  );
}
