"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { CASE_SETTING_SCHEMAS, type CaseSetting } from "@/lib/validations/case-settings";
import { FormAlert, SelectField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

type Props = {
  setting: CaseSetting;
  value: string;
  options: { value: string; label: string }[];
  text: { label: string; hint: string; save: string; saved: string };
  save: (values: Record<string, string>) => Promise<ActionResult>;
};

/** One choice on a case (its status, its country), saved on its own; the page then refreshes. */
export function CaseSettingForm({ setting, value, options, text, save }: Props) {
  const errorText = useErrorText();
  const form = useForm<Record<string, string>>({ resolver: zodResolver(CASE_SETTING_SCHEMAS[setting]) as never, defaultValues: { [setting]: value } });

  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, save, { refresh: true });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      <SelectField
        id={`case-${setting}`}
        label={text.label}
        hint={text.hint}
        error={errorText(form.formState.errors[setting]?.message)}
        registration={form.register(setting, { onChange: clearSaved })}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn-secondary" disabled={form.formState.isSubmitting}>
          {text.save}
        </button>
        {saved ? (
          <p role="status" className="text-sm font-medium text-green-800">
            {text.saved}
          </p>
        ) : null}
      </div>
    </form>
  );
}
