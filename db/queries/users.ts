import "server-only";
import { eq } from "drizzle-orm";
import type { Role } from "@/lib/domain";
import { getDb } from "../index";
import { users, type User } from "../schema";
import type { DbOrTx } from "./tx";

export function findUserByEmail(email: string): User | undefined {
  return getDb().select().from(users).where(eq(users.email, email)).get();
}

export function findUserById(id: string): User | undefined {
  return getDb().select().from(users).where(eq(users.id, id)).get();
}

/** Returns null when the email is taken (the unique index decides, not a prior read). */
export function insertUser(values: { email: string; passwordHash: string }): User | null {
  return getDb().insert(users).values(values).onConflictDoNothing({ target: users.email }).returning().get() ?? null;
}

export function updateUserProfile(
  id: string,
  values: Partial<Pick<User, "name" | "locale" | "timeZone" | "country" | "region" | "legalName" | "idNumber" | "postalAddress" | "phone">>,
  db: DbOrTx = getDb(),
): void {
  db.update(users).set(values).where(eq(users.id, id)).run();
}

export function setUserRoleByEmail(email: string, role: Role): boolean {
  return getDb().update(users).set({ role }).where(eq(users.email, email)).run().changes === 1;
}
