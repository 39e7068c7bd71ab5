"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { complaintContactSchema, type ComplaintContactInput } from "@/lib/validations/organisation";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** Where the public complains to the organisation, shown on its senders' pages. */
export function ComplaintContactForm({ contact, save }: { contact: string; save: (values: ComplaintContactInput) => Promise<ActionResult> }) {
  const t = useTranslations("organisation");
  const errorText = useErrorText();
  const form = useForm<ComplaintContactInput>({ resolver: zodResolver(complaintContactSchema), defaultValues: { contact } });
  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, save, { refresh: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("contactSaved")} /> : null}
      <TextField
        id="complaint-contact"
        label={t("contact")}
        hint={t("contactHint")}
        autoCapitalize="none"
        error={errorText(form.formState.errors.contact)}
        registration={form.register("contact", { onChange: clearSaved })}
      />
      <button type="submit" className="btn-primary" disabled={form.formState.isSubmitting}>
        {t("contactSave")}
      </button>
    </form>
  );
}
