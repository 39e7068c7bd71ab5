"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { SUBMISSION_KEY_FIELD } from "@/lib/submission-key";
import { setServerErrors, useErrorText } from "./form-fields";

/**
 * The submit path of every form that calls a server action: validate on the client with the
 * form's schema, send, put the server's field errors on the fields, and say in one translated
 * line what went wrong. The form keeps everything typed on any failure. `refresh` re-reads the
 * page after a save that stays on it (actions that redirect need nothing).
 *
 * `once` is for forms that create something (an incident, an exchange, a filing): each
 * submission carries a key made here (lib/submissions.ts), so a double submit, a retry after a
 * timeout or a replayed request saves one record. The key lives as long as the form on the
 * screen stands for one record: it is kept across failures and retries, even if the user
 * changes a field in between (the first attempt may have been saved; one incident shown as
 * saved beats two that inflate the counts the rules are checked on), and a new one is made
 * only after a save succeeded. A new form (another page, "log another") starts without one.
 */
export function useActionForm<T extends FieldValues>(
  form: UseFormReturn<T>,
  action: (values: T) => Promise<ActionResult<unknown>>,
  options: { refresh?: boolean; once?: boolean } = {},
) {
  const t = useTranslations("forms");
  const errorText = useErrorText();
  const router = useRouter();
  const [state, setState] = useState<{ saved: boolean; error?: string }>({ saved: false });

  const onSubmit = form.handleSubmit(
    async (values) => {
      setState({ saved: false });
      try {
        const result = await action(options.once ? ({ ...values, [SUBMISSION_KEY_FIELD]: submissionKeyFor(form.control) } as T) : values);
        if (result && !result.ok) {
          setServerErrors(form.setError, result.fieldErrors);
          return setState({ saved: false, error: result.formError ? errorText(result.formError) : t("fixErrors") });
        }
        // Saved: the next submission from this form is a new record.
        submissionKeys.delete(form.control);
        setState({ saved: true });
        if (options.refresh) router.refresh();
      } catch {
        setState({ saved: false, error: errorText("unexpected") });
      }
    },
    () => setState({ saved: false, error: t("fixErrors") }),
  );

  return {
    onSubmit,
    saved: state.saved,
    formError: state.error,
    /** For messages that are not the action's own (e.g. "wait for the uploads"). */
    setFormError: (error: string | undefined) => setState({ saved: false, error }),
    /** Typing again after a save takes the "saved" notice away. */
    clearSaved: () => setState((current) => (current.saved ? { saved: false } : current)),
  };
}

/** The key of each mounted form's submission in progress, by the form's control (one per mount). */
const submissionKeys = new WeakMap<object, string>();

function submissionKeyFor(control: object): string {
  let key = submissionKeys.get(control);
  if (!key) submissionKeys.set(control, (key = newSubmissionKey()));
  return key;
}

/**
 * 128 random bits, URL-safe. getRandomValues rather than randomUUID: the latter exists only on
 * HTTPS or localhost, and a self-hosted server is often reached over plain HTTP on a LAN.
 */
function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
