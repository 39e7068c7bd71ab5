"use server";
import { failed, invalid, type ActionResult } from "../action-result";
import { registerUser } from "../users";
import { signUpSchema } from "../validations/auth";

/** Creates the account; the form then signs in through next-auth with the same credentials. */
export async function signUpAction(values: unknown): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await registerUser(parsed.data);
  if (!result.ok) return failed(result.error, { email: result.error });
  return { ok: true, data: undefined };
}
