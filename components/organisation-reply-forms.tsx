"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { disputeSchema, replySchema, statementSchema, type DisputeInput, type ReplyInput, type StatementInput } from "@/lib/validations/replies";
import { ChoiceGroup, FormAlert, TextField, useErrorText } from "./form-fields";
import { SavedNotice } from "./saved-notice";
import { useActionForm } from "./use-action-form";

/** A member's public reply under one report; the page shows it once saved. */
export function ReplyForm({ reportId, reply }: { reportId: string; reply: (values: ReplyInput) => Promise<ActionResult> }) {
  const t = useTranslations("replies");
  const errorText = useErrorText();
  const form = useForm<ReplyInput>({ resolver: zodResolver(replySchema), defaultValues: { reportId, text: "" } });
  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, reply, { refresh: true, once: true });
  // Published: the reply now shows above the form, which is ready for another one.
  useEffect(() => {
    if (saved) form.reset({ reportId, text: "" });
  }, [saved, form, reportId]);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("replySaved")} /> : null}
      <TextField
        id={`reply-${reportId}`}
        multiline
        rows={3}
        label={t("replyText")}
        hint={t("replyHint")}
        error={errorText(form.formState.errors.text)}
        registration={form.register("text", { onChange: clearSaved })}
      />
      <button type="submit" className="btn-primary" disabled={form.formState.isSubmitting}>
        {t("replySend")}
      </button>
    </form>
  );
}

/** A member disputes a report: the reason goes to the moderators, not to the public. */
export function DisputeForm({ reportId, dispute }: { reportId: string; dispute: (values: DisputeInput) => Promise<ActionResult> }) {
  const t = useTranslations("replies");
  const errorText = useErrorText();
  const form = useForm<DisputeInput>({ resolver: zodResolver(disputeSchema), defaultValues: { reportId, reason: "" } });
  const { onSubmit, saved, formError } = useActionForm(form, dispute);
  if (saved) return <SavedNotice message={t("disputeSent")} />;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer py-2 font-medium text-stone-800">{t("disputeSummary")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 space-y-2">
        <FormAlert message={formError} />
        <TextField
          id={`dispute-${reportId}`}
          multiline
          rows={3}
          label={t("disputeReason")}
          hint={t("disputeHint")}
          error={errorText(form.formState.errors.reason)}
          registration={form.register("reason")}
        />
        <button type="submit" className="btn-secondary" disabled={form.formState.isSubmitting}>
          {t("disputeSend")}
        </button>
      </form>
    </details>
  );
}

/** The organisation's statement about the sender: not its number, or it stopped and what it did. */
export function StatementForm({ save }: { save: (values: StatementInput) => Promise<ActionResult> }) {
  const t = useTranslations("replies");
  const errorText = useErrorText();
  const form = useForm<StatementInput>({ resolver: zodResolver(statementSchema), defaultValues: { kind: "stopped", text: "" } });
  const { onSubmit, saved, formError, clearSaved } = useActionForm(form, save, { refresh: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormAlert message={formError} />
      {saved ? <SavedNotice message={t("statementSaved")} /> : null}
      <ChoiceGroup
        name="statement-kind"
        legend={t("statementKind")}
        columns={1}
        options={(["not_ours", "stopped"] as const).map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
        registration={form.register("kind", { onChange: clearSaved })}
        error={errorText(form.formState.errors.kind)}
      />
      <TextField
        id="statement-text"
        multiline
        rows={4}
        label={t("statementText")}
        hint={t("statementHint")}
        error={errorText(form.formState.errors.text)}
        registration={form.register("text", { onChange: clearSaved })}
      />
      <button type="submit" className="btn-primary" disabled={form.formState.isSubmitting}>
        {t("statementSave")}
      </button>
    </form>
  );
}
