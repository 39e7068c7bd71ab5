import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { JWT } from "next-auth/jwt";

/**
 * The session cookie next-auth sets (the __Secure- name when the site is served over https),
 * read without next-auth's getServerSession: that derives the key twice and encrypts a fresh
 * cookie on every call (which a page cannot even set), a fixed cost on every signed-in page.
 */
const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

type CookieStore = { get(name: string): { value: string } | undefined; getAll(): { name: string; value: string }[] };

/** The raw token, joined again if next-auth had to split it into numbered chunks. */
export function sessionCookieValue(store: CookieStore): string | undefined {
  for (const name of COOKIE_NAMES) {
    const whole = store.get(name)?.value;
    if (whole) return whole;
    const chunks = store
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length > 0) return chunks.map((chunk) => chunk.value).join("");
  }
  return undefined;
}

let derived: { secret: string; key: Uint8Array } | undefined;

/** next-auth 4's encryption key for session tokens (HKDF-SHA256, empty salt), derived once per secret. */
function keyFor(secret: string): Uint8Array {
  if (derived?.secret !== secret) derived = { secret, key: new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32)) };
  return derived.key;
}

/** The token's claims, or null when it does not decrypt with this secret or has expired. */
export async function decodeSessionToken(token: string, secret: string): Promise<JWT | null> {
  try {
    const { payload } = await jwtDecrypt(token, keyFor(secret), { clockTolerance: 15 });
    return payload as JWT;
  } catch {
    return null;
  }
}
