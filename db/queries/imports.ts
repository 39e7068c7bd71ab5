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

/** Rows per INSERT: 25 columns each stays far below SQLite's limit of bound parameters. */
const ROWS_PER_STATEMENT = 100;

/**
 * Inserts imported incidents, several per statement, skipping any whose case already has its
 * import key. Answers the new rows' ids by `caseId + "\0" + importKey`.
 */
export function insertIncidentsIfNew(db: DbOrTx, rows: (Omit<NewIncident, "id" | "createdAt" | "updatedAt"> & { caseId: string; importKey: string })[]): Map<string, string> {
  const inserted = new Map<string, string>();
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const created = db
      .insert(incidents)
      .values(rows.slice(i, i + ROWS_PER_STATEMENT))
      .onConflictDoNothing()
      .returning({ id: incidents.id, caseId: incidents.caseId, importKey: incidents.importKey })
      .all();
    for (const row of created) inserted.set(`${row.caseId}\u0000${row.importKey}`, row.id);
  }
  return inserted;
}
