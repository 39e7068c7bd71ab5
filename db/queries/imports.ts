import "server-only";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { getDb } from "../index";
import { imports, incidents, type Import, type NewIncident } from "../schema";
import type { DbOrTx } from "./tx";

export type NewImport = Pick<Import, "id" | "userId" | "kind" | "fileName" | "fileSize">;
export type ImportUpdate = Partial<Pick<Import, "status" | "error" | "bytesRead" | "summary" | "selection" | "total" | "processed" | "imported" | "skipped">>;

export function insertImport(row: NewImport): Import {
  return getDb().insert(imports).values(row).returning().get();
}

/** The import only if it is the user's. */
export function findImportForUser(userId: string, importId: string): Import | undefined {
  return getDb()
    .select()
    .from(imports)
    .where(and(eq(imports.id, importId), eq(imports.userId, userId)))
    .get();
}

export function findImport(importId: string, db: DbOrTx = getDb()): Import | undefined {
  return db.select().from(imports).where(eq(imports.id, importId)).get();
}

export function listImportsForUser(userId: string): Import[] {
  return getDb().select().from(imports).where(eq(imports.userId, userId)).orderBy(desc(imports.createdAt)).all();
}

/** Imports of the user that still hold their file or a job (reading, waiting for a choice, importing). */
export function countOpenImports(userId: string): number {
  return getDb()
    .select({ id: imports.id })
    .from(imports)
    .where(and(eq(imports.userId, userId), inArray(imports.status, ["reading", "ready", "importing"])))
    .all().length;
}

export function listImportIdsOfUser(db: DbOrTx, userId: string): string[] {
  return db
    .select({ id: imports.id })
    .from(imports)
    .where(eq(imports.userId, userId))
    .all()
    .map((row) => row.id);
}

export function listImportsCreatedBefore(before: Date): Import[] {
  return getDb().select().from(imports).where(lt(imports.createdAt, before)).all();
}

export function listAllImportIds(): Set<string> {
  return new Set(
    getDb()
      .select({ id: imports.id })
      .from(imports)
      .all()
      .map((row) => row.id),
  );
}

export function updateImport(db: DbOrTx, importId: string, fields: ImportUpdate): void {
  db.update(imports)
    .set({ ...fields, updatedAt: new Date() })
    .where(eq(imports.id, importId))
    .run();
}

export function deleteImportRow(importId: string): void {
  getDb().delete(imports).where(eq(imports.id, importId)).run();
}

/** Inserts an imported incident unless its case already has one with the same import key; undefined then. */
export function insertIncidentIfNew(db: DbOrTx, row: Omit<NewIncident, "id" | "createdAt" | "updatedAt">): { id: string } | undefined {
  return db.insert(incidents).values(row).onConflictDoNothing().returning({ id: incidents.id }).get();
}
