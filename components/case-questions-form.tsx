"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import type { CaseQuestion } from "@/lib/cases/questions";
import { ANSWERS, NUMBER_SOURCES } from "@/lib/domain";
import { caseQuestionsSchema, PRODUCT_MAX_LENGTH, type CaseQuestionsInput } from "@/lib/validations/case-questions";
import { ChoiceGroup, FormAlert, TextField, useErrorText } from "./form-fields";
import { useActionForm } from "./use-action-form";

type Props = {
  questions: readonly CaseQuestion[];
  defaultValues: CaseQuestionsInput;
  save: (values: CaseQuestionsInput) => Promise<ActionResult>;
};

/** The few questions about the case that change its rules, deadlines and routes, each with "not sure". */
export function CaseQuestionsForm({ questions, defaultValues, save }: Props) {
  const t = useTranslations("caseQuestions");
  const errorText = useErrorText();
  const form = useForm<CaseQuestionsInput>({ resolver: zodResolver(caseQuestionsSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, save, { refresh: true });
  const [customer, loss] = form.watch(["customer", "loss"]);
  const answer = (value: string) => t(`answer.${value || "skip"}`);
  const asked = (question: CaseQuestion) => questions.includes(question);

  return (
    <form onSubmit={onSubmit} onChange={clearSaved} noValidate className="space-y-4">
      <FormAlert message={formError} />
      <fieldset disabled={isSubmitting} className="space-y-4">
        {asked("licensed") ? (
          <ChoiceGroup
            name="licensed"
            columns={1}
            legend={t("licensed")}
            hint={t("licensedHint")}
            options={["", ...ANSWERS].map((value) => ({ value, label: answer(value) }))}
            registration={form.register("licensed")}
            error={errorText(errors.licensed)}
          />
        ) : null}
        {asked("customer") ? (
          <>
            <ChoiceGroup
              name="customer"
              columns={1}
              legend={t("customer")}
              hint={t("customerHint")}
              options={["", ...ANSWERS].map((value) => ({ value, label: answer(value) }))}
              registration={form.register("customer")}
              error={errorText(errors.customer)}
            />
            {customer === "yes" ? (
              <TextField
                id="product"
                label={t("product")}
                hint={t("productHint")}
                maxLength={PRODUCT_MAX_LENGTH}
                error={errorText(errors.product)}
                registration={form.register("product")}
              />
            ) : null}
          </>
        ) : null}
        {asked("loss") ? (
          <>
            <ChoiceGroup
              name="loss"
              columns={1}
              legend={t("loss")}
              hint={t("lossHint")}
              options={["", "none", "some"].map((value) => ({ value, label: t(`lossOption.${value || "skip"}`) }))}
              registration={form.register("loss")}
              error={errorText(errors.loss)}
            />
            {loss === "some" ? (
              <TextField
                id="lossAmount"
                inputMode="numeric"
                label={t("lossAmount")}
                hint={t("lossAmountHint")}
                error={errorText(errors.lossAmount)}
                registration={form.register("lossAmount")}
              />
            ) : null}
          </>
        ) : null}
        {asked("numberSource") ? (
          <ChoiceGroup
            name="numberSource"
            columns={1}
            legend={t("numberSource")}
            options={["", ...NUMBER_SOURCES].map((value) => ({ value, label: t(`numberSourceOption.${value || "skip"}`) }))}
            registration={form.register("numberSource")}
            error={errorText(errors.numberSource)}
          />
        ) : null}
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-secondary">
            {t("save")}
          </button>
          {saved ? (
            <p role="status" className="text-sm font-medium text-green-800">
              {t("saved")}
            </p>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}
