/**
 * Why a domain function refused, in a handful of codes; routes turn one into an HTTP status
 * (failureResponse, lib/http/responses.ts) and actions into a form message (failedWith,
 * lib/action-result.ts), each in that one place.
 * - notFound: no such thing.
 * - notYours: it exists but belongs to someone else, or needs a role the user lacks (answered
 *   like notFound, so nobody learns what others have).
 * - invalid: the input cannot be stored (a field, when the failure names one).
 * - conflict: the state does not allow it now (a limit reached, a duplicate).
 * - tooMany: the user did it too often; try later.
 */
export const FAILURE_CODES = ["notFound", "notYours", "invalid", "conflict", "tooMany"] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export class Failure {
  constructor(
    readonly code: FailureCode,
    /** A message key under `errors.` for the form, when the code alone says too little. */
    readonly message?: string,
    /** The form field the failure is about (invalid input). */
    readonly field?: string,
  ) {}
}

export const fail = (code: FailureCode, message?: string, field?: string) => new Failure(code, message, field);

export const isFailure = (value: unknown): value is Failure => value instanceof Failure;

/** The HTTP status of each code. Another user's thing answers 404 like a missing one. */
export const FAILURE_STATUS: Record<FailureCode, number> = {
  notFound: 404,
  notYours: 404,
  invalid: 422,
  conflict: 409,
  tooMany: 429,
};
