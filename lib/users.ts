import "server-only";
import bcrypt from "bcryptjs";
import { findUserByEmail, insertUser } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { env } from "./env";
import type { SignInInput, SignUpInput } from "./validations/auth";

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("spamtrail-timing-equaliser", 10);

export type RegisterResult = { ok: true; user: User } | { ok: false; error: "emailTaken" };

export async function registerUser(input: SignUpInput): Promise<RegisterResult> {
  const passwordHash = await bcrypt.hash(input.password, env.BCRYPT_COST);
  const user = insertUser({ email: input.email, passwordHash });
  return user ? { ok: true, user } : { ok: false, error: "emailTaken" };
}

/** The user for these credentials, or null; never says which of the two was wrong. */
export async function authenticate(input: SignInInput): Promise<User | null> {
  const user = findUserByEmail(input.email);
  const matches = await bcrypt.compare(input.password, user?.passwordHash ?? DUMMY_HASH);
  return user && matches ? user : null;
}
