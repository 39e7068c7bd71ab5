"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { DATA_LETTER_FIELDS } from "@/lib/complaints/data-request";
import { OJK_DISPUTE_FIELDS, OJK_VIOLATION_FIELDS } from "@/lib/complaints/ojk";
import { REGULATOR_COMPLAINT_FIELDS } from "@/lib/countries/types";
import type { ComplaintKind, DocumentKind } from "@/lib/domain";
import { dataLetterSchema, ojkDisputeSchema, ojkViolationSchema, regulatorComplaintSchema } from "@/lib/validations/complaint";
import { FormAlert, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** Each kind of document: its fields in order, which are one line, and its schema. */
const FORMS = {
  ojk_violation: { fields: OJK_VIOLATION_FIELDS, short: ["firm", "product", "complainantName", "complainantId", "phone", "email"], schema: ojkViolationSchema },
  ojk_dispute: {
    fields: OJK_DISPUTE_FIELDS,
    short: ["firm", "product", "complainantName", "complainantId", "phone", "email", "lossAmount"],
    schema: ojkDisputeSchema,
  },
  sender_data: { fields: DATA_LETTER_FIELDS, short: ["recipient", "subject"], schema: dataLetterSchema },
} as const satisfies Record<ComplaintKind, { fields: readonly string[]; short: readonly string[]; schema: unknown }>;
const REGULATOR_FORM = {
  fields: REGULATOR_COMPLAINT_FIELDS,
  short: ["subject", "complainantName", "complainantId", "phone", "email", "senderNumber", "company", "product"],
  schema: regulatorComplaintSchema,
};

/** Fields that hold a whole letter or list: shown tall enough to read without scrolling inside. */
const LONG = ["chronology", "rulesBroken", "evidenceList", "body", "declarations"];

type Values = Record<string, string>;
type Props = {
  kind: DocumentKind;
  /** Fields this body does not ask for (they stay in the draft, empty). */
  omit?: readonly string[];
  defaultValues: Values;
  save: (values: Values) => Promise<ActionResult>;
  regenerate: () => Promise<ActionResult<{ keptEdits: string[] }>>;
};

/** Every field of a document prepared from the case, pre-filled and editable; drafts are saved on the server. */
export function ComplaintForm({ kind, omit = [], defaultValues, save, regenerate }: Props) {
  const { fields, short, schema } = kind.startsWith("regulator:") ? REGULATOR_FORM : FORMS[kind as ComplaintKind];
  const t = useTranslations("complaint");
  const errorText = useErrorText();
  const router = useRouter();
  const [regenerating, startRegenerate] = useTransition();
  const form = useForm<Values>({ resolver: zodResolver(schema as typeof ojkViolationSchema) as never, defaultValues });
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
            multiline={!(short as readonly string[]).includes(field)}
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
