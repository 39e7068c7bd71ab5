import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { findAuthTokenByHash, insertAuthToken, markAuthTokenUsed, type AuthTokenPurpose } from "@/db/queries/auth-tokens";
import type { AuthToken } from "@/db/schema";
import type { DbOrTx } from "@/db/queries/tx";

/**
 * One-time links for confirming an address and resetting a password: 32 random bytes in the
 * link, only their SHA-256 in the database (a copy of the database opens no account), single
 * use, and short-lived.
 */
export const TOKEN_LIFETIME_MS: Record<AuthTokenPurpose, number> = {
  "confirm-email": 24 * 60 * 60 * 1000,
  "reset-password": 60 * 60 * 1000,
};

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function issueAuthToken(userId: string, purpose: AuthTokenPurpose, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await insertAuthToken({ userId, purpose, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]) });
  return token;
}

/** The token's row when it exists, is for this purpose, unused and not expired; reading does not use it. */
export async function findValidAuthToken(token: unknown, purpose: AuthTokenPurpose, now = new Date()): Promise<AuthToken | null> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await findAuthTokenByHash(hashToken(token));
  if (!row || row.purpose !== purpose || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  return row;
}

/** Uses the token inside the caller's transaction; false when someone used it first. */
export async function consumeAuthToken(row: AuthToken, db: DbOrTx, now = new Date()): Promise<boolean> {
  return await markAuthTokenUsed(db, row.id, now);
}
