import type { User } from "@/db/schema";

/**
 * Who is "signed in" for server actions called in unit tests (vitest.setup.ts replaces the
 * request-bound parts of Next and auth; parsing, authorisation and storage stay real).
 */
export const testSession: { user: User | null } = { user: null };
