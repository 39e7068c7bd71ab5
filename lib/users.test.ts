import { afterAll, describe, expect, it } from "vitest";
import { linkIn, startSmtpReceiver, tokenOf } from "@/lib/testing/smtp";

// Mails go through a real SMTP server started here; lib/env reads SMTP_URL when first imported.
const smtp = await startSmtpReceiver();
process.env.SMTP_URL = smtp.url;
process.env.APP_URL = "https://spamtrail.example";
const { authenticate, changePassword, confirmEmail, registerUser, requestPasswordReset, resetPassword, signOutEverywhere } = await import("./users");
const { FAILURES_PER_SOURCE } = await import("./sign-in-throttle");
const { findUserByEmail } = await import("@/db/queries/users");
const { writeTransaction } = await import("@/db");
const { signUpSchema } = await import("./validations/auth");

afterAll(() => smtp.close());

const HOME = { ip: "198.51.100.7" };

/** Signs up through the mail, as a person would: sign-up, the mailed link, the password. */
async function confirmedUser(email: string, password: string) {
  await registerUser(signUpSchema.parse({ email, password }), "id");
  const confirmed = await confirmEmail(tokenOf(linkIn(smtp.mailsTo(email).at(-1), "/confirm")), password);
  expect(confirmed).toEqual({ ok: true, email });
  return (await findUserByEmail(email))!;
}

describe("sign-up", () => {
  it("creates an unconfirmed account with a scrypt hash and mails a link; the link and the password confirm it once", async () => {
    await registerUser(signUpSchema.parse({ email: "  Rina@Example.TEST ", password: "sms-spam-is-rude" }), "en");
    const user = (await findUserByEmail("rina@example.test"))!;
    expect(user.passwordHash).toMatch(/^scrypt\$4\$8\$1\$/);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.locale).toBe("en");
    const [mail] = smtp.mailsTo("rina@example.test");
    expect(mail?.subject).toBe("Confirm your Spamtrail account");
    const link = linkIn(mail, "/confirm");
    expect(link).toMatch(/^https:\/\/spamtrail\.example\/confirm\?token=/);

    // Before confirming, the right password does not sign in, and sends a fresh link.
    expect(await authenticate({ email: "rina@example.test", password: "sms-spam-is-rude" }, HOME)).toEqual({ ok: false, error: "emailNotConfirmed" });
    expect(smtp.mailsTo("rina@example.test")).toHaveLength(2);

    expect(await confirmEmail(tokenOf(link), "not her password")).toEqual({ ok: false, error: "wrongPassword" });
    expect(await confirmEmail(tokenOf(link), "sms-spam-is-rude")).toEqual({ ok: true, email: "rina@example.test" });
    expect(await confirmEmail(tokenOf(link), "sms-spam-is-rude")).toEqual({ ok: false, error: "linkInvalid" });
    // The other link sent meanwhile stops working too.
    expect(await confirmEmail(tokenOf(linkIn(smtp.mailsTo("rina@example.test")[1], "/confirm")), "sms-spam-is-rude")).toEqual({
      ok: false,
      error: "linkInvalid",
    });
    expect((await findUserByEmail("rina@example.test"))?.emailVerifiedAt).toBeInstanceOf(Date);

    const signedIn = await authenticate({ email: "rina@example.test", password: "sms-spam-is-rude" }, HOME);
    expect(signedIn.ok && signedIn.user.email).toBe("rina@example.test");
    expect(await authenticate({ email: "rina@example.test", password: "wrong-password" }, HOME)).toEqual({ ok: false, error: "wrongCredentials" });
    expect(await authenticate({ email: "nobody@example.test", password: "sms-spam-is-rude" }, HOME)).toEqual({ ok: false, error: "wrongCredentials" });
  });

  it("for a confirmed address changes nothing and mails its owner that they have an account, with a working reset link", async () => {
    const owner = await confirmedUser("pemilik@example.test", "the owner's passphrase");
    await registerUser(signUpSchema.parse({ email: "pemilik@example.test", password: "an attacker's try" }), "en");
    expect((await findUserByEmail("pemilik@example.test"))?.passwordHash).toBe(owner.passwordHash);
    const mail = smtp.mailsTo("pemilik@example.test").at(-1);
    expect(mail?.subject).toBe("Anda sudah punya akun Spamtrail");
    expect(mail?.text).toContain("https://spamtrail.example/login");
    expect(await resetPassword(tokenOf(linkIn(mail, "/reset/new")), "a brand new passphrase")).toEqual({ ok: true, email: "pemilik@example.test" });
    expect((await authenticate({ email: "pemilik@example.test", password: "a brand new passphrase" }, HOME)).ok).toBe(true);
  });

  it("for an unconfirmed address replaces the password and sends a fresh link", async () => {
    await registerUser(signUpSchema.parse({ email: "squatted@example.test", password: "squatter's passphrase" }), "id");
    await registerUser(signUpSchema.parse({ email: "squatted@example.test", password: "the real owner's one" }), "id");
    const link = linkIn(smtp.mailsTo("squatted@example.test").at(-1), "/confirm");
    expect(await confirmEmail(tokenOf(link), "squatter's passphrase")).toEqual({ ok: false, error: "wrongPassword" });
    expect(await confirmEmail(tokenOf(link), "the real owner's one")).toEqual({ ok: true, email: "squatted@example.test" });
  });
});

describe("password reset", () => {
  it("mails a one-time link that sets a new password, ends every session and confirms the address", async () => {
    const before = await confirmedUser("forgot@example.test", "what was it again");
    await requestPasswordReset("forgot@example.test");
    await requestPasswordReset("nobody-here@example.test");
    expect(smtp.mailsTo("nobody-here@example.test")).toEqual([]);
    const mail = smtp.mailsTo("forgot@example.test").at(-1);
    expect(mail?.subject).toBe("Buat kata sandi Spamtrail baru");
    const token = tokenOf(linkIn(mail, "/reset/new"));
    expect(await resetPassword(token, "now i remember it")).toEqual({ ok: true, email: "forgot@example.test" });
    expect(await resetPassword(token, "and once more please")).toEqual({ ok: false, error: "linkInvalid" });
    expect(await resetPassword("x".repeat(43), "and once more please")).toEqual({ ok: false, error: "linkInvalid" });
    const after = (await findUserByEmail("forgot@example.test"))!;
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await authenticate({ email: "forgot@example.test", password: "what was it again" }, HOME)).toEqual({ ok: false, error: "wrongCredentials" });
    expect((await authenticate({ email: "forgot@example.test", password: "now i remember it" }, HOME)).ok).toBe(true);
  });
});

describe("changePassword and signOutEverywhere", () => {
  it("needs the current password and raises the session version", async () => {
    const user = await confirmedUser("changer@example.test", "first passphrase here");
    expect(await changePassword(user, "not the current one", "second passphrase here", HOME)).toEqual({ ok: false, error: "wrongPassword" });
    expect(await changePassword(user, "first passphrase here", "second passphrase here", HOME)).toEqual({ ok: true });
    expect((await findUserByEmail("changer@example.test"))?.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await authenticate({ email: "changer@example.test", password: "second passphrase here" }, HOME)).ok).toBe(true);
    await signOutEverywhere(user.id);
    expect((await findUserByEmail("changer@example.test"))?.sessionVersion).toBe(user.sessionVersion + 2);
  });
});

describe("old bcrypt hashes", () => {
  it("still sign in, and are replaced by a scrypt hash on success", async () => {
    const bcrypt = (await import("bcryptjs")).default;
    const { insertUser } = await import("@/db/queries/users");
    await writeTransaction(() => insertUser({ email: "old@example.test", passwordHash: bcrypt.hashSync("an old passphrase", 4), emailVerifiedAt: new Date() }));
    expect(await authenticate({ email: "old@example.test", password: "wrong one" }, HOME)).toEqual({ ok: false, error: "wrongCredentials" });
    expect((await findUserByEmail("old@example.test"))?.passwordHash).toMatch(/^\$2/);
    expect((await authenticate({ email: "old@example.test", password: "an old passphrase" }, HOME)).ok).toBe(true);
    expect((await findUserByEmail("old@example.test"))?.passwordHash).toMatch(/^scrypt\$/);
    expect((await authenticate({ email: "old@example.test", password: "an old passphrase" }, HOME)).ok).toBe(true);
  });
});

describe("wrong passwords", () => {
  it("block one source for one account, not the owner's known device nor another account", async () => {
    await confirmedUser("target@example.test", "the right passphrase");
    const attacker = { ip: "203.0.113.9" };
    for (let i = 0; i < FAILURES_PER_SOURCE; i++) {
      expect(await authenticate({ email: "target@example.test", password: `guess ${i}` }, attacker)).toEqual({ ok: false, error: "wrongCredentials" });
    }
    const blocked = await authenticate({ email: "target@example.test", password: "the right passphrase" }, attacker);
    expect(blocked).toMatchObject({ ok: false, error: "tooManyAttempts" });
    expect(blocked.ok === false && blocked.error === "tooManyAttempts" && blocked.retryAfterSeconds).toBeGreaterThan(14 * 60);
    // The owner at home (another address), and on a known device even on the attacker's network.
    expect((await authenticate({ email: "target@example.test", password: "the right passphrase" }, HOME)).ok).toBe(true);
    const user = (await findUserByEmail("target@example.test"))!;
    expect(
      (
        await authenticate(
          { email: "target@example.test", password: "the right passphrase" },
          { ...attacker, deviceOf: (u) => (u.id === user.id ? "phone" : null) },
        )
      ).ok,
    ).toBe(true);
    await confirmedUser("bystander@example.test", "another passphrase");
    expect((await authenticate({ email: "bystander@example.test", password: "another passphrase" }, attacker)).ok).toBe(true);
  });

  it("are forgotten for that source after a successful sign-in", async () => {
    await confirmedUser("forgetful@example.test", "my long passphrase");
    for (let i = 0; i < FAILURES_PER_SOURCE - 1; i++) await authenticate({ email: "forgetful@example.test", password: "typo typo typo" }, HOME);
    expect((await authenticate({ email: "forgetful@example.test", password: "my long passphrase" }, HOME)).ok).toBe(true);
    expect(await authenticate({ email: "forgetful@example.test", password: "typo typo typo" }, HOME)).toEqual({ ok: false, error: "wrongCredentials" });
    expect((await authenticate({ email: "forgetful@example.test", password: "my long passphrase" }, HOME)).ok).toBe(true);
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
    const { setUserRoleByEmail } = await import("@/db/queries/users");
    const created = await confirmedUser("advocate@example.test", "consumer rights!");
    expect(created.role).toBe("reporter");
    expect(await writeTransaction(() => setUserRoleByEmail("advocate@example.test", "advocate"))).toBe(true);
    expect((await findUserByEmail("advocate@example.test"))?.role).toBe("advocate");
    expect(await writeTransaction(() => setUserRoleByEmail("missing@example.test", "admin"))).toBe(false);
  });
});
