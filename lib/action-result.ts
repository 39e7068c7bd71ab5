import { type z } from "zod";

/**
 * What a server action answers the form that called it: field errors and a form-level error
 * are message keys under `errors.`, translated by the form.
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; fieldErrors: Record<string, string>; formError?: string };

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
