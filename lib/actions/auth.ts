"use server";
import { getLocale } from "next-intl/server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { failed, invalid, type ActionResult } from "../action-result";
import { userAction } from "../user-action";
import { clientIp } from "../client-ip";
import { asLocale, DEFAULT_LOCALE } from "../domain";
import { KNOWN_DEVICE_COOKIE, knownDeviceOf } from "../known-device";
import { checkResetRequest, checkSignUp } from "../sign-in-throttle";
import { changePassword, confirmEmail, registerUser, requestPasswordReset, resetPassword, signOutEverywhere } from "../users";
import { changePasswordSchema, confirmEmailSchema, passwordLooksLikeEmail, resetPasswordSchema, resetRequestSchema, signUpSchema } from "../validations/auth";

/** `tooManyAttempts:<seconds>`: the form says how long to wait. */
function tooMany(retryAfterSeconds: number): ActionResult<never> {
  return failed(`tooManyAttempts:${retryAfterSeconds}`);
}

/** Always the same answer ("check your inbox"): whether the address has an account is told only to its inbox. */
export async function signUpAction(values: unknown): Promise<ActionResult> {
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const allowed = await checkSignUp(await clientIp());
  if (!allowed.ok) return tooMany(allowed.retryAfterSeconds);
  await registerUser(parsed.data, asLocale(await getLocale()) ?? DEFAULT_LOCALE);
  return { ok: true, data: undefined };
}

/** Confirms the address; the form then signs in with the email answered here and the password it has. */
export async function confirmEmailAction(values: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = confirmEmailSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await confirmEmail(parsed.data.token, parsed.data.password);
  if (!result.ok) return result.error === "wrongPassword" ? failed("wrongPassword", { password: "wrongPassword" }) : failed("linkInvalid");
  return { ok: true, data: { email: result.email } };
}

/** Same answer whether or not the address has an account. */
export async function requestResetAction(values: unknown): Promise<ActionResult> {
  const parsed = resetRequestSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const allowed = await checkResetRequest(await clientIp());
  if (!allowed.ok) return tooMany(allowed.retryAfterSeconds);
  await requestPasswordReset(parsed.data.email);
  return { ok: true, data: undefined };
}

export async function resetPasswordAction(values: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = resetPasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  const result = await resetPassword(parsed.data.token, parsed.data.password);
  if (!result.ok) return failed("linkInvalid");
  return { ok: true, data: { email: result.email } };
}

/** Ends every session including this one; the form signs this browser in again with the new password. */
export const changePasswordAction = userAction(async (user, values: unknown): Promise<ActionResult<{ email: string }>> => {
  const parsed = changePasswordSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error);
  if (passwordLooksLikeEmail(parsed.data.newPassword, user.email)) return failed("passwordLikeEmail", { newPassword: "passwordLikeEmail" });
  const device = (await cookies()).get(KNOWN_DEVICE_COOKIE)?.value;
  const result = await changePassword(user, parsed.data.currentPassword, parsed.data.newPassword, {
    ip: await clientIp(),
    deviceId: knownDeviceOf(device, user),
  });
  if (!result.ok) return result.error === "tooManyAttempts" ? tooMany(result.retryAfterSeconds) : failed("wrongPassword", { currentPassword: "wrongPassword" });
  return { ok: true, data: { email: user.email } };
});

// next-auth's session cookie, over http and over https.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/** Ends every session of the user, this one too. */
export const signOutEverywhereAction = userAction(async (user): Promise<void> => {
  await signOutEverywhere(user.id);
  const store = await cookies();
  for (const name of SESSION_COOKIES) store.delete(name);
  redirect("/login");
});
