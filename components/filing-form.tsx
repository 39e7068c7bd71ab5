"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { FILING_CHANNELS } from "@/lib/domain";
import { filingSchema, type FilingInput } from "@/lib/validations/complaint";
import { FormAlert, SelectField, TextField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

/** "I filed it" / "I sent it": the document's date enters the case and its timeline. */
export function FilingForm({
  namespace,
  defaultValues,
  save,
}: {
  /** Where the form's words are: an OJK filing, a letter sent to the sender, or another body's complaint. */
  namespace: "complaint" | "dataLetter" | "regulatorComplaint";
  defaultValues: FilingInput;
  save: (values: FilingInput) => Promise<ActionResult>;
}) {
  const t = useTranslations(namespace);
  const errorText = useErrorText();
  const form = useForm<FilingInput>({ resolver: zodResolver(filingSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;

  const { onSubmit, formError } = useActionForm(form, save, { refresh: true, once: true });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <fieldset disabled={isSubmitting} className="space-y-4">
        <TextField id="filedAt" type="datetime-local" label={t("filedAt")} error={errorText(errors.filedAt)} registration={form.register("filedAt")} />
        <SelectField id="filingChannel" label={t("filingChannel")} error={errorText(errors.channel)} registration={form.register("channel")}>
          {FILING_CHANNELS.map((value) => (
            <option key={value} value={value}>
              {t(`filingChannelOption.${value}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="filingReference"
          autoComplete="off"
          label={t("filingReference")}
          hint={t("filingReferenceHint")}
          error={errorText(errors.reference)}
          registration={form.register("reference")}
        />
        <button type="submit" className="btn-primary">
          {t("recordFiling")}
        </button>
      </fieldset>
    </form>
  );
}
