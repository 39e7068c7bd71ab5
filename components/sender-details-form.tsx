"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { SECTORS } from "@/lib/domain";
import { senderDetailsSchema, type SenderDetailsInput } from "@/lib/validations/sender-admin";
import { FormAlert, SelectField, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** Admins: what is known of a sender (organisation, sector), and its other identity. */
export function SenderDetailsForm({ defaultValues, save }: { defaultValues: SenderDetailsInput; save: (values: SenderDetailsInput) => Promise<ActionResult> }) {
  const t = useTranslations("moderation");
  const ts = useTranslations("sector");
  const errorText = useErrorText();
  const form = useForm<SenderDetailsInput>({ resolver: zodResolver(senderDetailsSchema), defaultValues });
  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, save, { refresh: true });
  const { errors } = form.formState;
  return (
    <details className="card">
      <summary className="cursor-pointer py-1 font-semibold">{t("senderDetails")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3">
        <FormAlert message={formError} />
        {saved ? <SavedNotice message={t("senderSaved")} /> : null}
        <TextField
          id="organisation"
          label={t("organisation")}
          error={errorText(errors.organisation)}
          registration={form.register("organisation", { onChange: clearSaved })}
        />
        <SelectField id="sector" label={t("sector")} error={errorText(errors.sector)} registration={form.register("sector")}>
          <option value="">{t("sectorFromReports")}</option>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {ts(sector)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="sameAs"
          label={t("sameAs")}
          hint={t("sameAsHint")}
          error={errorText(errors.sameAs)}
          registration={form.register("sameAs", { onChange: clearSaved })}
        />
        <button type="submit" className="btn-primary">
          {t("senderSave")}
        </button>
      </form>
    </details>
  );
}
