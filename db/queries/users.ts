import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Locale, Role } from "@/lib/domain";
import { getDb, preparedQuery, writeTransaction, changedRows } from "../index";
import { type User } from "../schema";
import { users } from "../tables";
import type { DbOrTx } from "./tx";

export async function findUserByEmail(email: string): Promise<User | undefined> {
  return (await getDb().select().from(users).where(eq(users.email, email)))[0];
}

const userById = preparedQuery((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("id"))),
);

/** Read on every signed-in request (lib/auth.ts getCurrentUser). */
export async function findUserById(id: string): Promise<User | undefined> {
  return userById.get({ id });
}

/** findUserById inside the caller's transaction. */
export async function findUserByIdIn(db: DbOrTx, id: string): Promise<User | undefined> {
  return (await db.select().from(users).where(eq(users.id, id)))[0];
}

/** Returns null when the email is taken (the unique index decides, not a prior read). */
export async function insertUser(values: { email: string; passwordHash: string; locale?: Locale; emailVerifiedAt?: Date | null }): Promise<User | null> {
  return (await writeTransaction((tx) => tx.insert(users).values(values).onConflictDoNothing({ target: users.email }).returning()))[0] ?? null;
}

export async function updateUserProfile(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<User, "name" | "locale" | "timeZone" | "country" | "region" | "legalName" | "idNumber" | "postalAddress" | "phone">>,
): Promise<void> {
  await db.update(users).set(values).where(eq(users.id, id));
}

export async function setUserRoleByEmail(email: string, role: Role): Promise<boolean> {
  return changedRows(await writeTransaction((tx) => tx.update(users).set({ role }).where(eq(users.email, email)))) === 1;
}

export async function setPasswordHash(id: string, passwordHash: string): Promise<void> {
  await writeTransaction((tx) => tx.update(users).set({ passwordHash }).where(eq(users.id, id)));
}

/** A new password (and, for a reset, the address confirmed by the mail) and every session ended. */
export async function replacePassword(db: DbOrTx, id: string, passwordHash: string, confirmEmailAt: Date | null): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      ...(confirmEmailAt ? { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${sql.param(confirmEmailAt, users.emailVerifiedAt)})` } : {}),
    })
    .where(eq(users.id, id));
}

export async function confirmUserEmail(db: DbOrTx, id: string, at: Date): Promise<void> {
  await db
    .update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${sql.param(at, users.emailVerifiedAt)})` })
    .where(eq(users.id, id));
}

/** Ends every session of the user: each carries the version it was issued at. */
export async function bumpSessionVersion(id: string): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, id)),
  );
}
