import { type z } from "zod";
import type { Failure, FailureCode } from "./failure";

/**
 * What a server action answers the form that called it: field errors and a form-level error
 * are message keys under `errors.`, translated by the form.
 */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string>; formError?: string };

export function invalid(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}

export function failed(formError: string, fieldErrors: Record<string, string> = {}): ActionResult<never> {
  return { ok: false, fieldErrors, formError };
}

/** The form message of each failure code (lib/failure.ts), when the failure names none. */
const FAILURE_MESSAGE: Record<FailureCode, string> = {
  notFound: "notFound",
  notYours: "notFound",
  invalid: "invalid",
  conflict: "conflict",
  tooMany: "tooMany",
};

/** A domain failure as the form's answer: its message (or the code's), on its field when it names one. */
export function failedWith(failure: Failure): ActionResult<never> {
  const message = failure.message ?? FAILURE_MESSAGE[failure.code];
  return failure.field ? { ok: false, fieldErrors: { [failure.field]: message } } : failed(message);
}
