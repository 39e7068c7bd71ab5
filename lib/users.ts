import "server-only";
import { writeTransaction } from "@/db";
import { markAllAuthTokensUsed } from "@/db/queries/auth-tokens";
import {
  bumpSessionVersion,
  confirmUserEmail,
  findUserByEmail,
  findUserById,
  insertUser,
  replacePassword,
  setPasswordHash,
  updateUserProfile,
} from "@/db/queries/users";
import type { User } from "@/db/schema";
import { sendAlreadyRegisteredMail, sendConfirmMail, sendResetMail } from "./account-mail";
import { consumeAuthToken, findValidAuthToken, issueAuthToken } from "./auth-tokens";
import type { Locale } from "./domain";
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from "./password-hash";
import { syncSharedCasesOf } from "./public/sharing";
import { checkSignIn, mayMail, recordFailedSignIn, recordSuccessfulSignIn, type AttemptSource } from "./sign-in-throttle";
import type { SignInInput, SignUpInput } from "./validations/auth";

/**
 * Sign-up answers the same whether or not the address has an account ("check your inbox"), and
 * costs the same (one hash, one mail): what happens is told only to the inbox's owner.
 * - new address: an unconfirmed account and a confirmation link;
 * - confirmed account: a mail saying so, with a reset link;
 * - unconfirmed account: the new password replaces the old (whoever set it never proved the
 *   address) and a fresh confirmation link goes out.
 */
export async function registerUser(input: SignUpInput, locale: Locale): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const created = await insertUser({ email: input.email, passwordHash, locale });
  if (created) return mailConfirmation(created);
  const existing = await findUserByEmail(input.email);
  if (!existing) return;
  if (existing.emailVerifiedAt) {
    if (await mayMail(existing.email)) await sendAlreadyRegisteredMail(existing.email, existing.locale, await issueAuthToken(existing.id, "reset-password"));
    return;
  }
  await setPasswordHash(existing.id, passwordHash);
  await mailConfirmation(existing);
}

async function mailConfirmation(user: User): Promise<void> {
  if (await mayMail(user.email)) await sendConfirmMail(user.email, user.locale, await issueAuthToken(user.id, "confirm-email"));
}

export type AuthenticateResult =
  | { ok: true; user: User }
  | { ok: false; error: "wrongCredentials" | "emailNotConfirmed" }
  | { ok: false; error: "tooManyAttempts"; retryAfterSeconds: number };

/**
 * Checks credentials; never says which of email and password was wrong. `deviceOf` reads the
 * known-device cookie for this email's account, if any (see lib/known-device.ts).
 */
export async function authenticate(input: SignInInput, from: { ip: string; deviceOf?: (user: User) => string | null }): Promise<AuthenticateResult> {
  const user = await findUserByEmail(input.email);
  const source: AttemptSource = { ip: from.ip, deviceId: user && from.deviceOf ? from.deviceOf(user) : null };
  const allowed = await checkSignIn(input.email, source);
  if (!allowed.ok) return { ok: false, error: "tooManyAttempts", retryAfterSeconds: allowed.retryAfterSeconds };
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await getDummyHash()));
  if (!user || !matches) {
    await recordFailedSignIn(input.email, source);
    return { ok: false, error: "wrongCredentials" };
  }
  await recordSuccessfulSignIn(input.email, source);
  // Accounts from before scrypt (bcrypt) or from a lower cost get today's hash now that the password is known.
  if (needsRehash(user.passwordHash)) await setPasswordHash(user.id, await hashPassword(input.password));
  if (!user.emailVerifiedAt) {
    await mailConfirmation(user);
    return { ok: false, error: "emailNotConfirmed" };
  }
  return { ok: true, user };
}

export type TokenResult = { ok: true; email: string } | { ok: false; error: "linkInvalid" | "wrongPassword" };

/**
 * The confirmation link's form: the password proves the person holding the link made the
 * account. Opening the link (GET, mail scanners do it) uses nothing; this does.
 */
export async function confirmEmail(token: string, password: string): Promise<TokenResult> {
  const row = await findValidAuthToken(token, "confirm-email");
  const user = row ? await findUserById(row.userId) : undefined;
  if (!row || !user) return { ok: false, error: "linkInvalid" };
  if (!(await verifyPassword(password, user.passwordHash))) return { ok: false, error: "wrongPassword" };
  const now = new Date();
  const used = await writeTransaction(async (tx) => {
    if (!(await consumeAuthToken(row, tx, now))) return false;
    await confirmUserEmail(tx, user.id, now);
    await markAllAuthTokensUsed(tx, user.id, "confirm-email", now);
    return true;
  });
  return used ? { ok: true, email: user.email } : { ok: false, error: "linkInvalid" };
}

/** Sends a reset link when the address has an account; the caller answers the same either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await findUserByEmail(email);
  if (!user || !(await mayMail(user.email))) return;
  await sendResetMail(user.email, user.locale, await issueAuthToken(user.id, "reset-password"));
}

/** The reset link's form: a new password, the address confirmed (the mail reached it), every session ended. */
export async function resetPassword(token: string, password: string): Promise<TokenResult> {
  const row = await findValidAuthToken(token, "reset-password");
  const user = row ? await findUserById(row.userId) : undefined;
  if (!row || !user) return { ok: false, error: "linkInvalid" };
  const passwordHash = await hashPassword(password);
  const now = new Date();
  const used = await writeTransaction(async (tx) => {
    if (!(await consumeAuthToken(row, tx, now))) return false;
    await replacePassword(tx, user.id, passwordHash, now);
    await markAllAuthTokensUsed(tx, user.id, "reset-password", now);
    return true;
  });
  return used ? { ok: true, email: user.email } : { ok: false, error: "linkInvalid" };
}

export type ChangePasswordResult = { ok: true } | { ok: false; error: "wrongPassword" } | { ok: false; error: "tooManyAttempts"; retryAfterSeconds: number };

/** Needs the current password (counted like a sign-in); ends every other session. */
export async function changePassword(user: User, currentPassword: string, newPassword: string, source: AttemptSource): Promise<ChangePasswordResult> {
  const allowed = await checkSignIn(user.email, source);
  if (!allowed.ok) return { ok: false, error: "tooManyAttempts", retryAfterSeconds: allowed.retryAfterSeconds };
  if (!(await verifyPassword(currentPassword, user.passwordHash))) {
    await recordFailedSignIn(user.email, source);
    return { ok: false, error: "wrongPassword" };
  }
  const passwordHash = await hashPassword(newPassword);
  await writeTransaction((tx) => replacePassword(tx, user.id, passwordHash, null));
  return { ok: true };
}

export async function signOutEverywhere(userId: string): Promise<void> {
  await bumpSessionVersion(userId);
}

/** Saves the profile; the region and time zone decide holidays, so the cases the user shares are checked again. */
export async function changeProfile(userId: string, fields: Pick<User, "name" | "locale" | "timeZone" | "country" | "region">): Promise<void> {
  await writeTransaction(async (tx) => {
    await updateUserProfile(tx, userId, fields);
    await syncSharedCasesOf(tx, userId);
  });
}
