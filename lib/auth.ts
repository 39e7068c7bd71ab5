import "server-only";
import { LOCALE_COOKIE, type Role } from "./domain";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { notFound, redirect } from "next/navigation";
import { cookies } from "next/headers";
import { cache } from "react";
import { findUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { getAuthSecret } from "./env";
import { rememberLocale } from "./locale-cookie";
import { authenticate } from "./users";
import { signInSchema } from "./validations/auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string };
  }
}

let options: NextAuthOptions | undefined;

/** Built on first use so the secret is read at run time, not while building. */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate(parsed.data);
          if (result.ok) return { id: result.user.id, email: result.user.email };
          // next-auth passes a thrown message to the form as `error`; the form translates it.
          if (result.error === "tooManyAttempts") throw new Error("tooManyAttempts");
          return null;
        },
      }),
    ],
    events: {
      // Cached public pages pick their language from this cookie alone (next.config.js rewrites): a user who
      // chose a language on another device gets it here from the profile, unless they chose one
      // on this device since.
      async signIn({ user }) {
        const profile = findUserById(user.id);
        if (profile && !(await cookies()).has(LOCALE_COOKIE)) await rememberLocale(profile.locale);
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub && session.user) session.user = { id: token.sub, email: session.user.email ?? "" };
        return session;
      },
    },
  };
  return options;
}

/**
 * The signed-in user, read fresh from the database once per request (so a deleted user or a
 * changed profile takes effect at once), or null.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  return id ? (findUserById(id) ?? null) : null;
});

/** For pages: the user, or a redirect to sign in that comes back here. */
export async function requireUser(callbackPath: string): Promise<User> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** For server actions: the user, or a 404 (an action has no page to come back to). */
export async function requireActionUser(): Promise<User> {
  const user = await getCurrentUser();
  if (!user) notFound();
  return user;
}

/** For pages only some roles may see: the user, a sign-in redirect, or 404 for the wrong role. */
export async function requireRole(callbackPath: string, roles: readonly Role[]): Promise<User> {
  const user = await requireUser(callbackPath);
  if (!roles.includes(user.role)) notFound();
  return user;
}
