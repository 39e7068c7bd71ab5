import "server-only";
import { LOCALE_COOKIE, type Role } from "./domain";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { notFound, redirect } from "next/navigation";
import { cookies } from "next/headers";
import { cache } from "react";
import { findUserById } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { clientIp } from "./client-ip";
import { getAppUrl, getAuthSecret } from "./env";
import { KNOWN_DEVICE_COOKIE, KNOWN_DEVICE_MAX_AGE, knownDeviceOf, makeKnownDevice } from "./known-device";
import { rememberLocale } from "./locale-cookie";
import { safeRedirectUrl } from "./safe-redirect";
import { decodeSessionToken, sessionCookieValue } from "./session-token";
import { authenticate } from "./users";
import { signInSchema } from "./validations/auth";

declare module "next-auth" {
  interface Session {
    user: { id: string; email: string };
    /** The user's session version when this session was issued (sessions from before it have none: 0). */
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
  }
}

let options: NextAuthOptions | undefined;

/** Built on first use so the secret is read at run time, not while building. */
export function getAuthOptions(): NextAuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/login" },
    // A forged, truncated or old session cookie is the visitor's, not a fault of the server: one
    // line in the log instead of a stack trace per request (the visitor is simply signed out).
    logger: {
      error(code, metadata) {
        if (code === "JWT_SESSION_ERROR") console.warn("next-auth: a session cookie that does not decrypt was ignored");
        else console.error(`next-auth: ${code}`, metadata);
      },
    },
    providers: [
      CredentialsProvider({
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const device = (await cookies()).get(KNOWN_DEVICE_COOKIE)?.value;
          const result = await authenticate(parsed.data, { ip: await clientIp(), deviceOf: (user) => knownDeviceOf(device, user) });
          if (result.ok) return { id: result.user.id, email: result.user.email, sessionVersion: result.user.sessionVersion };
          // next-auth passes a thrown message to the form as `error`; the form translates it.
          if (result.error === "tooManyAttempts") throw new Error(`tooManyAttempts:${result.retryAfterSeconds}`);
          if (result.error === "emailNotConfirmed") throw new Error("emailNotConfirmed");
          return null;
        },
      }),
    ],
    events: {
      // Cached public pages pick their language from this cookie alone (next.config.js rewrites): a user who
      // chose a language on another device gets it here from the profile, unless they chose one
      // on this device since.
      async signIn({ user }) {
        const profile = await findUserById(user.id);
        const store = await cookies();
        if (profile && !store.has(LOCALE_COOKIE)) await rememberLocale(profile.locale);
        // This browser becomes (or stays) one of the owner's known devices.
        const owner = { id: user.id, sessionVersion: profile?.sessionVersion ?? 0 };
        const deviceId = knownDeviceOf(store.get(KNOWN_DEVICE_COOKIE)?.value, owner) ?? undefined;
        store.set(KNOWN_DEVICE_COOKIE, makeKnownDevice(owner, deviceId), {
          path: "/",
          maxAge: KNOWN_DEVICE_MAX_AGE,
          httpOnly: true,
          sameSite: "lax",
          secure: getAppUrl().startsWith("https:"),
        });
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = user.sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub && session.user) session.user = { id: token.sub, email: session.user.email ?? "" };
        session.sessionVersion = token.sv ?? 0;
        return session;
      },
      // Only this app's own pages, decided the same way as the login page's callbackUrl.
      redirect({ url, baseUrl }) {
        return safeRedirectUrl(url, baseUrl);
      },
    },
  };
  return options;
}

/**
 * The signed-in user, read fresh from the database once per request (so a deleted user or a
 * changed profile takes effect at once), or null. A session issued before the user's session
 * version was raised (password changed, "sign out everywhere") counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<User | null> => {
  const raw = sessionCookieValue(await cookies());
  const token = raw ? await decodeSessionToken(raw, getAuthSecret()) : null;
  const user = token?.sub ? await findUserById(token.sub) : undefined;
  return user && user.sessionVersion === (token?.sv ?? 0) ? user : null;
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
