import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "../index";
import { authTokens, type AuthToken } from "../schema";
import type { DbOrTx } from "./tx";

export type AuthTokenPurpose = AuthToken["purpose"];

export function insertAuthToken(values: { userId: string; purpose: AuthTokenPurpose; tokenHash: string; expiresAt: Date }): void {
  getDb().insert(authTokens).values(values).run();
}

export function findAuthTokenByHash(tokenHash: string): AuthToken | undefined {
  return getDb().select().from(authTokens).where(eq(authTokens.tokenHash, tokenHash)).get();
}

/** Marks the token used; false when it already was (the update decides, so two uses cannot both win). */
export function markAuthTokenUsed(db: DbOrTx, id: string, at: Date): boolean {
  return (
    db
      .update(authTokens)
      .set({ usedAt: at })
      .where(and(eq(authTokens.id, id), isNull(authTokens.usedAt)))
      .run().changes === 1
  );
}

/** Every other unused token of this purpose stops working (a reset done, the address confirmed). */
export function markAllAuthTokensUsed(db: DbOrTx, userId: string, purpose: AuthTokenPurpose, at: Date): void {
  db.update(authTokens)
    .set({ usedAt: at })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)))
    .run();
}
