"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/action-result";
import { setServerErrors, useErrorText } from "./form-fields";

/**
 * The submit path of every form that calls a server action: validate on the client with the
 * form's schema, send, put the server's field errors on the fields, and say in one translated
 * line what went wrong. The form keeps everything typed on any failure. `refresh` re-reads the
 * page after a save that stays on it (actions that redirect need nothing).
 */
export function useActionForm<T extends FieldValues>(
  form: UseFormReturn<T>,
  action: (values: T) => Promise<ActionResult<unknown>>,
  options: { refresh?: boolean } = {},
) {
  const t = useTranslations("forms");
  const errorText = useErrorText();
  const router = useRouter();
  const [state, setState] = useState<{ saved: boolean; error?: string }>({ saved: false });

  const onSubmit = form.handleSubmit(
    async (values) => {
      setState({ saved: false });
      try {
        const result = await action(values);
        if (result && !result.ok) {
          setServerErrors(form.setError, result.fieldErrors);
          return setState({ saved: false, error: result.formError ? errorText(result.formError) : t("fixErrors") });
        }
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
