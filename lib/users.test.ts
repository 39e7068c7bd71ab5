import { describe, expect, it } from "vitest";
import { authenticate, registerUser } from "./users";
import { signUpSchema } from "./validations/auth";

describe("registerUser and authenticate", () => {
  it("signs up once per email and checks the password with a slow hash", async () => {
    const input = signUpSchema.parse({ email: "  Rina@Example.TEST ", password: "sms-spam-is-rude" });
    const created = await registerUser(input);
    expect(created.ok).toBe(true);
    expect(created.ok && created.user.passwordHash).toMatch(/^\$2[aby]\$/);
    expect(await registerUser(input)).toEqual({ ok: false, error: "emailTaken" });
    expect((await authenticate({ email: "rina@example.test", password: "sms-spam-is-rude" }))?.email).toBe("rina@example.test");
    expect(await authenticate({ email: "rina@example.test", password: "wrong-password" })).toBeNull();
    expect(await authenticate({ email: "nobody@example.test", password: "sms-spam-is-rude" })).toBeNull();
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
