"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { useMemo, useTransition } from "react";
import { documentFormSchema } from "@/lib/validations/complaint";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** Fields that hold a whole letter or list: shown tall enough to read without scrolling inside. */
const LONG = ["chronology", "rulesBroken", "evidenceList", "body", "declarations"];

type Values = Record<string, string>;
type Props = {
  /** The document's fields, in order (lib/documents/registry.ts); the same schema checks them on the server. */
  fields: readonly string[];
  /** Those shown on one line. */
  short: readonly string[];
  /** Fields this document does not ask for: not shown, kept in the draft as they are. */
  omit?: readonly string[];
  defaultValues: Values;
  save: (values: Values) => Promise<ActionResult>;
  regenerate: () => Promise<ActionResult<{ keptEdits: string[] }>>;
};

/** Every field of a document prepared from the case, pre-filled and editable; drafts are saved on the server. */
export function ComplaintForm({ fields, short, omit = [], defaultValues, save, regenerate }: Props) {
  const schema = useMemo(() => documentFormSchema(fields), [fields]);
  const t = useTranslations("complaint");
  const errorText = useErrorText();
  const router = useRouter();
  const [regenerating, startRegenerate] = useTransition();
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const { onSubmit, saved, formError, setFormError, clearSaved } = useActionForm(form, save, { refresh: true });

  const onRegenerate = () =>
    startRegenerate(async () => {
      try {
        const result = await regenerate();
        if (!result.ok) return setFormError(errorText(result.formError));
        // A fresh page shows the new text; the edits kept are named there.
        router.replace(`?regenerated=${Date.now()}&kept=${result.data.keptEdits.join(",")}`);
        router.refresh();
      } catch {
        setFormError(errorText("unexpected"));
      }
    });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("saved")} /> : null}
      <fieldset disabled={isSubmitting || regenerating} className="space-y-5">
        {fields
          .filter((field) => !omit.includes(field))
          .map((field) => (
            <TextField
              key={field}
              id={field}
              dir="auto"
              multiline={!short.includes(field)}
              rows={LONG.includes(field) ? 12 : 4}
              label={t(`field.${field}`)}
              error={errorText(errors[field]?.message)}
              registration={form.register(field, { onChange: clearSaved })}
            />
          ))}
        <div className="flex flex-col gap-3 sm:flex-row">
          <button type="submit" className="btn-primary">
            {t("saveDraft")}
          </button>
          <button type="button" className="btn-secondary" onClick={onRegenerate}>
            {t("regenerate")}
          </button>
        </div>
        <p className="hint">{t("regenerateHint")}</p>
      </fieldset>
    </form>
  );
}
