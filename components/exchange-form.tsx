"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRef } from "react";
import { useForm, type DefaultValues } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { DIRECTIONS, RECORDED_EXCHANGE_CHANNELS, EXCHANGE_TAGS, MESSAGE_MAX_LENGTH } from "@/lib/domain";
import type { EvidenceView } from "@/lib/evidence/view";
import { localToInstant, nowLocal } from "@/lib/local-time";
import { exchangeSchema, type ExchangeInput } from "@/lib/validations/exchange";
import { EvidenceFieldset } from "./evidence-fieldset";
import { CheckboxField, CheckboxGroup, ChoiceGroup, FormAlert, SelectField, TextField, useErrorText } from "./form-fields";
import { useEvidenceForm } from "./use-evidence-form";

type Props = {
  defaultValues: DefaultValues<ExchangeInput>;
  /** Called with the values and whether to go on to the next message; it redirects on success. */
  submit: (values: ExchangeInput, addNext: boolean) => Promise<ActionResult>;
  submitLabel: string;
  cancelHref: string;
  initialEvidence?: EvidenceView[];
  /** The first incident of the case (ISO instant): an exchange before it gets a gentle warning. */
  firstIncidentAt?: string;
  /** Offer "Save and add the next message" (new exchanges only). */
  offerNext?: boolean;
};

export function ExchangeForm({ defaultValues, submit, submitLabel, cancelHref, initialEvidence = [], firstIncidentAt, offerNext = false }: Props) {
  const t = useTranslations("exchange");
  const tch = useTranslations("exchangeChannel");
  const tdir = useTranslations("direction");
  const ttag = useTranslations("exchangeTag");
  const errorText = useErrorText();
  const addNext = useRef(false);
  const form = useForm<ExchangeInput>({ resolver: zodResolver(exchangeSchema), defaultValues, shouldFocusError: true });
  const { errors, isSubmitting } = form.formState;
  const { formError, onSubmit, evidenceField } = useEvidenceForm(form, (values) => {
    const next = addNext.current;
    addNext.current = false;
    return submit(values, next);
  });
  const [direction, occurredAt, body, timeZone] = form.watch(["direction", "occurredAt", "body", "timeZone"]);
  const instant = occurredAt ? localToInstant(occurredAt, timeZone) : null;
  const beforeIncidents = firstIncidentAt !== undefined && instant !== null && instant < new Date(firstIncidentAt);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert message={formError} />
      <fieldset disabled={isSubmitting} className="space-y-5">
        <ChoiceGroup
          name="direction"
          legend={t("direction")}
          options={DIRECTIONS.map((value) => ({ value, label: tdir(value) }))}
          registration={form.register("direction")}
          error={errorText(errors.direction)}
        />
        <SelectField id="channel" label={t("channel")} error={errorText(errors.channel)} registration={form.register("channel")}>
          <option value="">—</option>
          {RECORDED_EXCHANGE_CHANNELS.map((value) => (
            <option key={value} value={value}>
              {tch(value)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="handle"
          label={t("handle")}
          hint={t("handleHint")}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          error={errorText(errors.handle)}
          registration={form.register("handle")}
        />
        <div>
          <TextField
            id="occurredAt"
            type="datetime-local"
            label={t("occurredAt")}
            error={errorText(errors.occurredAt)}
            registration={form.register("occurredAt")}
          />
          {beforeIncidents ? (
            <p className="mt-1 rounded-lg border border-amber-600 bg-amber-50 p-2 text-sm text-amber-950" role="status">
              {t("beforeFirstIncident")}
            </p>
          ) : null}
          <button
            type="button"
            className="btn-secondary mt-2 min-h-10 py-1 text-sm"
            onClick={() => form.setValue("occurredAt", nowLocal(timeZone), { shouldValidate: true })}
          >
            {t("now")}
          </button>
        </div>
        <TextField
          id="body"
          multiline
          dir="auto"
          label={direction === "incoming" ? t("bodyIncoming") : t("bodyOutgoing")}
          hint={`${t("bodyHint")} ${t("characters", { count: body?.length ?? 0, max: MESSAGE_MAX_LENGTH })}`}
          error={errorText(errors.body)}
          registration={form.register("body")}
        />
        <TextField id="reference" label={t("reference")} autoComplete="off" error={errorText(errors.reference)} registration={form.register("reference")} />

        {direction === "incoming" ? (
          <CheckboxGroup
            name="tags"
            legend={t("tags")}
            hint={t("tagsHint")}
            options={EXCHANGE_TAGS.map((value) => ({ value, label: ttag(value) }))}
            registration={form.register("tags")}
            error={errorText(errors.tags?.message)}
          />
        ) : (
          <fieldset className="space-y-2">
            <legend className="label">{t("whatItWas")}</legend>
            <CheckboxField label={t("isComplaint")} registration={form.register("isComplaint")} />
            <CheckboxField label={t("isStopRequest")} registration={form.register("isStopRequest")} />
          </fieldset>
        )}

        <EvidenceFieldset legend={t("attachments")} initial={initialEvidence} {...evidenceField} />

        <div className="flex flex-col gap-3 sm:flex-row sm:flex-wrap">
          <button type="submit" className="btn-primary">
            {isSubmitting ? t("saving") : submitLabel}
          </button>
          {offerNext ? (
            <button type="submit" className="btn-secondary" onClick={() => (addNext.current = true)}>
              {t("saveAndNext")}
            </button>
          ) : null}
          <Link href={cancelHref} className="btn-secondary">
            {t("cancel")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
