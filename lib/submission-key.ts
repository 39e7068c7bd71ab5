/**
 * The field a create form's values carry its submission key in (added by
 * components/use-action-form.ts with `once`; used by lib/submissions.ts). Shared by both sides,
 * so it lives apart from the server-only module.
 */
export const SUBMISSION_KEY_FIELD = "submissionKey";

// A plain pattern, not a zod schema: the forms import this module for the field's name, and a
// schema here would bring zod into every form page's first load.
const KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The key sent with a form's values. Undefined when there is none or it is not a key we make:
 * the save then simply happens, as it did before keys existed (a page loaded before an update).
 */
export function submissionKeyOf(values: unknown): string | undefined {
  if (typeof values !== "object" || values === null) return undefined;
  const key = (values as Record<string, unknown>)[SUBMISSION_KEY_FIELD];
  return typeof key === "string" && KEY_PATTERN.test(key) ? key : undefined;
}
