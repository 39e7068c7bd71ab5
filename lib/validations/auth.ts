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

export const signUpSchema = z
  .object({
    email,
    password: z
      .string()
      .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
      .max(128, { error: "passwordTooLong" })
      .refine((p) => !isWeak(p), { error: "passwordTooCommon" }),
  })
  .refine((v) => !v.password.toLowerCase().includes(v.email.split("@")[0] ?? "\0"), {
    error: "passwordLikeEmail",
    path: ["password"],
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: "passwordRequired" }).max(128, { error: "passwordTooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;
