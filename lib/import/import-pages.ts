import "server-only";
import { findImportForUser, listImportsForUser } from "@/db/queries/imports";
import type { User } from "@/db/schema";
import { isUuid } from "../validations/id";
import { canResume } from "./imports";
import { importProgressOf } from "./progress";
import { selectionOf, summaryOf } from "./run";

/** The user's uploads, for the import page's list. */
export function loadImportsPage(user: User) {
  return listImportsForUser(user.id);
}

/** One of the user's uploads: what was read, what was picked and imported, its progress, whether it can go on; null for anyone else's. */
export async function loadImportPage(user: User, importId: string) {
  const row = isUuid(importId) ? await findImportForUser(user.id, importId) : undefined;
  if (!row) return null;
  return { row, summary: summaryOf(row), selection: selectionOf(row), progress: await importProgressOf(row), resumable: await canResume(row) };
}

/** The progress of one of the user's uploads, polled by its page; null for anyone else's. */
export async function loadImportProgress(user: User, importId: string) {
  const row = isUuid(importId) ? await findImportForUser(user.id, importId) : undefined;
  return row ? await importProgressOf(row) : null;
}
