"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { updateDocumentProfileAction } from "@/lib/actions/profile";
import { documentProfileSchema, type DocumentProfileInput } from "@/lib/validations/profile";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** The private details for the user's own letters: every field optional. */
export function DocumentProfileForm({ defaultValues }: { defaultValues: DocumentProfileInput }) {
  const t = useTranslations("documents");
  const errorText = useErrorText();
  const form = useForm<DocumentProfileInput>({ resolver: zodResolver(documentProfileSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;

  const { onSubmit, saved, formError } = useActionForm(form, updateDocumentProfileAction, { refresh: true });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5" aria-labelledby="documents-heading">
      <div>
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t("title")}
        </h2>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("saved")} /> : null}
      <fieldset disabled={isSubmitting} className="space-y-5">
        <TextField
          id="legalName"
          autoComplete="name"
          label={t("legalName")}
          hint={t("legalNameHint")}
          error={errorText(errors.legalName)}
          registration={form.register("legalName")}
        />
        <TextField
          id="idNumber"
          inputMode="text"
          autoComplete="off"
          label={t("idNumber")}
          hint={t("idNumberHint")}
          error={errorText(errors.idNumber)}
          registration={form.register("idNumber")}
        />
        <TextField
          id="postalAddress"
          multiline
          autoComplete="street-address"
          label={t("postalAddress")}
          error={errorText(errors.postalAddress)}
          registration={form.register("postalAddress")}
        />
        <TextField id="phone" type="tel" autoComplete="tel" label={t("phone")} error={errorText(errors.phone)} registration={form.register("phone")} />
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t("save")}
        </button>
      </fieldset>
    </form>
  );
}
