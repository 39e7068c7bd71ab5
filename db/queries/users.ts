import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Locale, Role } from "@/lib/domain";
import { getDb, preparedQuery } from "../index";
import { users, type User } from "../schema";
import type { DbOrTx } from "./tx";

export function findUserByEmail(email: string): User | undefined {
  return getDb().select().from(users).where(eq(users.email, email)).get();
}

const userById = preparedQuery((db) =>
  db
    .select()
    .from(users)
    .where(eq(users.id, sql.placeholder("id")))
    .prepare(),
);

/** Read on every signed-in request (lib/auth.ts getCurrentUser). */
export function findUserById(id: string): User | undefined {
  return userById().get({ id });
}

/** findUserById inside the caller's transaction. */
export function findUserByIdIn(db: DbOrTx, id: string): User | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

/** Returns null when the email is taken (the unique index decides, not a prior read). */
export function insertUser(values: { email: string; passwordHash: string; locale?: Locale; emailVerifiedAt?: Date | null }): User | null {
  return getDb().insert(users).values(values).onConflictDoNothing({ target: users.email }).returning().get() ?? null;
}

export function updateUserProfile(
  db: DbOrTx,
  id: string,
  values: Partial<Pick<User, "name" | "locale" | "timeZone" | "country" | "region" | "legalName" | "idNumber" | "postalAddress" | "phone">>,
): void {
  db.update(users).set(values).where(eq(users.id, id)).run();
}

export function setUserRoleByEmail(email: string, role: Role): boolean {
  return getDb().update(users).set({ role }).where(eq(users.email, email)).run().changes === 1;
}

export function setPasswordHash(id: string, passwordHash: string): void {
  getDb().update(users).set({ passwordHash }).where(eq(users.id, id)).run();
}

/** A new password (and, for a reset, the address confirmed by the mail) and every session ended. */
export function replacePassword(db: DbOrTx, id: string, passwordHash: string, confirmEmailAt: Date | null): void {
  db.update(users)
    .set({
      passwordHash,
      sessionVersion: sql`${users.sessionVersion} + 1`,
      ...(confirmEmailAt ? { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${sql.param(confirmEmailAt, users.emailVerifiedAt)})` } : {}),
    })
    .where(eq(users.id, id))
    .run();
}

export function confirmUserEmail(db: DbOrTx, id: string, at: Date): void {
  db.update(users)
    .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${sql.param(at, users.emailVerifiedAt)})` })
    .where(eq(users.id, id))
    .run();
}

/** Ends every session of the user: each carries the version it was issued at. */
export function bumpSessionVersion(id: string): void {
  getDb()
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, id))
    .run();
}
