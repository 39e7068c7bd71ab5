import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb, writeTransaction, changedRows } from "../index";
import { type AuthToken } from "../schema";
import { authTokens } from "../tables";
import type { DbOrTx } from "./tx";

export type AuthTokenPurpose = AuthToken["purpose"];

export async function insertAuthToken(values: { userId: string; purpose: AuthTokenPurpose; tokenHash: string; expiresAt: Date }): Promise<void> {
  await writeTransaction((tx) => tx.insert(authTokens).values(values));
}

export async function findAuthTokenByHash(tokenHash: string): Promise<AuthToken | undefined> {
  return (await getDb().select().from(authTokens).where(eq(authTokens.tokenHash, tokenHash)))[0];
}

/** Marks the token used; false when it already was (the update decides, so two uses cannot both win). */
export async function markAuthTokenUsed(db: DbOrTx, id: string, at: Date): Promise<boolean> {
  return (
    changedRows(
      await db
        .update(authTokens)
        .set({ usedAt: at })
        .where(and(eq(authTokens.id, id), isNull(authTokens.usedAt))),
    ) === 1
  );
}

/** Every other unused token of this purpose stops working (a reset done, the address confirmed). */
export async function markAllAuthTokensUsed(db: DbOrTx, userId: string, purpose: AuthTokenPurpose, at: Date): Promise<void> {
  await db
    .update(authTokens)
    .set({ usedAt: at })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}
