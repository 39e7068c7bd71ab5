import { describe, expect, it } from "vitest";
import { MAX_FAILURES } from "./sign-in-throttle";
import { authenticate, registerUser } from "./users";
import { signUpSchema } from "./validations/auth";

describe("registerUser and authenticate", () => {
  it("signs up once per email and checks the password with a slow hash", async () => {
    const input = signUpSchema.parse({ email: "  Rina@Example.TEST ", password: "sms-spam-is-rude" });
    const created = await registerUser(input);
    expect(created.ok).toBe(true);
    expect(created.ok && created.user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await registerUser(input)).toEqual({ ok: false, error: "emailTaken" });
    const signedIn = await authenticate({ email: "rina@example.test", password: "sms-spam-is-rude" });
    expect(signedIn.ok && signedIn.user.email).toBe("rina@example.test");
    expect(await authenticate({ email: "rina@example.test", password: "wrong-password" })).toEqual({ ok: false, error: "wrongCredentials" });
    expect(await authenticate({ email: "nobody@example.test", password: "sms-spam-is-rude" })).toEqual({ ok: false, error: "wrongCredentials" });
  });

  it("blocks an email after too many wrong passwords, even with the right one, and no other email", async () => {
    const input = signUpSchema.parse({ email: "target@example.test", password: "the right passphrase" });
    await registerUser(input);
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authenticate({ ...input, password: `guess ${i}` })).toEqual({ ok: false, error: "wrongCredentials" });
    }
    expect(await authenticate(input)).toEqual({ ok: false, error: "tooManyAttempts" });
    const other = signUpSchema.parse({ email: "bystander@example.test", password: "another passphrase" });
    await registerUser(other);
    expect((await authenticate(other)).ok).toBe(true);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const input = signUpSchema.parse({ email: "forgetful@example.test", password: "my long passphrase" });
    await registerUser(input);
    for (let i = 0; i < MAX_FAILURES - 1; i++) await authenticate({ ...input, password: "typo typo typo" });
    expect((await authenticate(input)).ok).toBe(true);
    expect(await authenticate({ ...input, password: "typo typo typo" })).toEqual({ ok: false, error: "wrongCredentials" });
    expect((await authenticate(input)).ok).toBe(true);
  });
});

describe("signUpSchema", () => {
  const errorsOf = (v: unknown) => {
    const r = signUpSchema.safeParse(v);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };
  it.each([
    [{ email: "", password: "a-good-passphrase" }, "emailRequired"],
    [{ email: "rina@", password: "a-good-passphrase" }, "emailInvalid"],
    [{ email: "rina@example.test", password: "short" }, "passwordTooShort"],
    [{ email: "rina@example.test", password: "1234567890" }, "passwordTooCommon"],
    [{ email: "rina@example.test", password: "abababababab" }, "passwordTooCommon"],
    [{ email: "rina@example.test", password: "rina-2026-xyz" }, "passwordLikeEmail"],
  ])("%j → %s", (input, error) => {
    expect(errorsOf(input)).toContain(error);
  });
});

describe("setUserRoleByEmail (the user:role command)", () => {
  it("promotes an existing user and reports an unknown email", async () => {
    const { setUserRoleByEmail, findUserByEmail } = await import("@/db/queries/users");
    const created = await registerUser(signUpSchema.parse({ email: "advocate@example.test", password: "consumer rights!" }));
    expect(created.ok && created.user.role).toBe("reporter");
    expect(setUserRoleByEmail("advocate@example.test", "advocate")).toBe(true);
    expect(findUserByEmail("advocate@example.test")?.role).toBe("advocate");
    expect(setUserRoleByEmail("missing@example.test", "admin")).toBe(false);
  });
});
