import "server-only";
import bcrypt from "bcryptjs";
import { getDb } from "@/db";
import { findUserByEmail, insertUser, updateUserProfile } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { env } from "./env";
import { syncSharedCasesOf } from "./public/sharing";
import { clearFailedSignIns, isSignInBlocked, recordFailedSignIn } from "./sign-in-throttle";
import type { SignInInput, SignUpInput } from "./validations/auth";

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("spamtrail-timing-equaliser", 10);

export type RegisterResult = { ok: true; user: User } | { ok: false; error: "emailTaken" };

export async function registerUser(input: SignUpInput): Promise<RegisterResult> {
  const passwordHash = await bcrypt.hash(input.password, env.BCRYPT_COST);
  const user = insertUser({ email: input.email, passwordHash });
  return user ? { ok: true, user } : { ok: false, error: "emailTaken" };
}

export type AuthenticateResult = { ok: true; user: User } | { ok: false; error: "wrongCredentials" | "tooManyAttempts" };

/** Checks credentials; never says which of email and password was wrong. */
export async function authenticate(input: SignInInput): Promise<AuthenticateResult> {
  if (await isSignInBlocked(input.email)) return { ok: false, error: "tooManyAttempts" };
  const user = findUserByEmail(input.email);
  const matches = await bcrypt.compare(input.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !matches) {
    await recordFailedSignIn(input.email);
    return { ok: false, error: "wrongCredentials" };
  }
  await clearFailedSignIns(input.email);
  return { ok: true, user };
}

/** Saves the profile; the region and time zone decide holidays, so the cases the user shares are checked again. */
export function changeProfile(userId: string, fields: Pick<User, "name" | "locale" | "timeZone" | "country" | "region">): void {
  getDb().transaction((tx) => {
    updateUserProfile(userId, fields, tx);
    syncSharedCasesOf(tx, userId);
  });
}
