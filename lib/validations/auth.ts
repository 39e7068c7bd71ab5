import { z } from "zod";
import "./text";

/**
 * Error messages in these schemas are message keys under `errors.` in messages/*.json, so the
 * same schema gives translated errors in the browser and on the server.
 */
const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "emailRequired" })
  .max(254, { error: "emailInvalid" })
  .pipe(z.email({ error: "emailInvalid" }));

const PASSWORD_MIN_LENGTH = 10;

// The most used passwords that still pass the length rule (from public breach top lists).
const COMMON_PASSWORDS = new Set([
  "1234567890",
  "12345678910",
  "0123456789",
  "qwertyuiop",
  "1q2w3e4r5t",
  "password12",
  "password123",
  "passw0rd123",
  "iloveyou123",
  "bismillah123",
  "indonesia123",
  "qwerty12345",
  "abcdefghij",
  "aaaaaaaaaa",
  "1111111111",
  "0000000000",
  "katasandi123",
]);

function isWeak(password: string): boolean {
  const lower = password.toLowerCase();
  return COMMON_PASSWORDS.has(lower) || new Set(lower).size < 4;
}

/** The rules for a new password (sign-up, reset, change). */
const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(128, { error: "passwordTooLong" })
  .refine((p) => !isWeak(p), { error: "passwordTooCommon" });

export function passwordLooksLikeEmail(password: string, email: string): boolean {
  return password.toLowerCase().includes(email.split("@")[0] ?? "\0");
}

export const signUpSchema = z.object({ email, password: newPassword }).refine((v) => !passwordLooksLikeEmail(v.password, v.email), {
  error: "passwordLikeEmail",
  path: ["password"],
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: "passwordRequired" }).max(128, { error: "passwordTooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

const token = z.string().max(100);
const currentPassword = z.string().min(1, { error: "passwordRequired" }).max(128, { error: "passwordTooLong" });

/** The confirmation link's form: the password the account was made with. */
export const confirmEmailSchema = z.object({ token, password: currentPassword });
export type ConfirmEmailInput = z.infer<typeof confirmEmailSchema>;

export const resetRequestSchema = z.object({ email });
export type ResetRequestInput = z.infer<typeof resetRequestSchema>;

export const resetPasswordSchema = z.object({ token, password: newPassword });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z.object({ currentPassword, newPassword });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
