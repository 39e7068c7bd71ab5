"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { saveEmailPreferencesAction } from "@/lib/actions/notifications";
import { NOTIFICATION_KINDS } from "@/lib/domain";
import { emailPreferencesSchema, type EmailPreferencesInput } from "@/lib/validations/notifications";
import { CheckboxField, CheckboxGroup, FormAlert, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** Which notifications also come by email, and whether as one email a day. */
export function EmailPreferencesForm({ defaultValues }: { defaultValues: EmailPreferencesInput }) {
  const t = useTranslations("notifications");
  const errorText = useErrorText();
  const form = useForm<EmailPreferencesInput>({ resolver: zodResolver(emailPreferencesSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const { onSubmit, saved, formError } = useActionForm(form, saveEmailPreferencesAction, { refresh: true });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-labelledby="emails-heading">
      <div>
        <h2 id="emails-heading" className="text-xl font-semibold">
          {t("prefsTitle")}
        </h2>
        <p className="text-stone-700">{t("prefsLead")}</p>
      </div>
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("saved")} /> : null}
      <fieldset disabled={isSubmitting} className="space-y-5">
        <CheckboxGroup
          name="emailed"
          legend={t("prefsLegend")}
          options={NOTIFICATION_KINDS.map((kind) => ({ value: kind, label: t(`about.${kind}`) }))}
          registration={form.register("emailed")}
          error={errorText(errors.emailed?.message)}
        />
        <div>
          <CheckboxField label={t("digest")} registration={form.register("digest")} />
          <p className="hint">{t("digestHint")}</p>
        </div>
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t("save")}
        </button>
      </fieldset>
    </form>
  );
}
