import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { getDb, sqliteStatement, writeTransaction, changedRows } from "../index";
import { DIALECT } from "../dialect";
import { type Import, type NewIncident } from "../schema";
import { imports, incidents } from "../tables";
import type { DbOrTx } from "./tx";

export type NewImport = Pick<Import, "id" | "userId" | "kind" | "fileName" | "fileSize">;
export type ImportUpdate = Partial<Pick<Import, "status" | "error" | "bytesRead" | "summary" | "selection" | "total" | "processed" | "imported" | "skipped">>;

export async function insertImport(row: NewImport): Promise<Import> {
  return (await writeTransaction((tx) => tx.insert(imports).values(row).returning()))[0]!;
}

/** The import only if it is the user's. */
export async function findImportForUser(userId: string, importId: string): Promise<Import | undefined> {
  return (
    await getDb()
      .select()
      .from(imports)
      .where(and(eq(imports.id, importId), eq(imports.userId, userId)))
  )[0];
}

export async function findImport(importId: string): Promise<Import | undefined> {
  return (await getDb().select().from(imports).where(eq(imports.id, importId)))[0];
}

export async function listImportsForUser(userId: string): Promise<Import[]> {
  return await getDb().select().from(imports).where(eq(imports.userId, userId)).orderBy(desc(imports.createdAt));
}

/** Imports of the user that still hold their file or a job (reading, waiting for a choice, importing). */
export async function countOpenImports(userId: string): Promise<number> {
  return (
    await getDb()
      .select({ id: imports.id })
      .from(imports)
      .where(and(eq(imports.userId, userId), inArray(imports.status, ["reading", "ready", "importing"])))
  ).length;
}

export async function listImportIdsOfUser(db: DbOrTx, userId: string): Promise<string[]> {
  return (await db.select({ id: imports.id }).from(imports).where(eq(imports.userId, userId))).map((row) => row.id);
}

export async function listImportsCreatedBefore(before: Date): Promise<Import[]> {
  return await getDb().select().from(imports).where(lt(imports.createdAt, before));
}

export async function listAllImportIds(): Promise<Set<string>> {
  return new Set((await getDb().select({ id: imports.id }).from(imports)).map((row) => row.id));
}

/** False when the import is gone (deleted with its account, or by its owner in another worker). */
export async function updateImport(db: DbOrTx, importId: string, fields: ImportUpdate): Promise<boolean> {
  return (
    changedRows(
      await db
        .update(imports)
        .set({ ...fields, updatedAt: new Date() })
        .where(eq(imports.id, importId)),
    ) > 0
  );
}

export async function deleteImportRow(importId: string): Promise<void> {
  await writeTransaction((tx) => tx.delete(imports).where(eq(imports.id, importId)));
}

type ImportedRow = Omit<NewIncident, "id" | "createdAt" | "updatedAt"> & { caseId: string; importKey: string };

// Every column an imported incident sets (created/updated take their SQL defaults).
const IMPORTED_COLUMNS = [
  "id",
  "caseId",
  "channel",
  "senderInput",
  "occurredAt",
  "timeZone",
  "messageText",
  "callAnswered",
  "callDurationSeconds",
  "callOffer",
  "category",
  "consent",
  "stopRequest",
  "stopRequestedAt",
  "companyNamed",
  "sourceGiven",
  "collectionTarget",
  "threatened",
  "source",
  "importKey",
] as const satisfies readonly (keyof typeof incidents.$inferInsert)[];

/**
 * One statement prepared once per connection: building an insert through drizzle for every
 * row cost more than SQLite's work (an import adds up to hundreds of thousands of rows). Values
 * go through each column's own mapping (dates to milliseconds, booleans to 0/1).
 */
const insertImportedStatement = sqliteStatement((db) =>
  db.$client.prepare<unknown[], { id: string }>(
    `INSERT INTO incidents (${IMPORTED_COLUMNS.map((c) => `"${incidents[c].name}"`).join(", ")}) VALUES (${IMPORTED_COLUMNS.map(() => "?").join(", ")}) ON CONFLICT DO NOTHING RETURNING id`,
  ),
);

/** Rows per insert on PostgreSQL: 20 columns a row stays far below its 65,535 parameters. */
const PG_INSERT_ROWS = 1_000;

/**
 * Inserts imported incidents, skipping any whose case already has its import key (the same
 * item twice: the second is skipped). Answers each row's new id, or null when skipped. Runs in
 * the caller's transaction (getDb() is its handle there).
 */
export async function insertIncidentsIfNew(rows: ImportedRow[]): Promise<(string | null)[]> {
  if (DIALECT === "postgresql") return insertIncidentsIfNewPostgres(rows);
  const statement = insertImportedStatement();
  return rows.map((row) => {
    const values = IMPORTED_COLUMNS.map((column) => {
      const value = column === "id" ? randomUUID() : (row as Record<string, unknown>)[column];
      return value === null || value === undefined ? null : incidents[column].mapToDriverValue(value as never);
    });
    return statement.get(...values)?.id ?? null;
  });
}

/**
 * On PostgreSQL a round trip per row would cost more than the insert: one multi-row insert per
 * batch. The ids are made here, so those `returning` leaves out are the skipped rows; within one
 * statement a repeated import key is skipped after its first row, as SQLite's row by row does.
 */
async function insertIncidentsIfNewPostgres(rows: ImportedRow[]): Promise<(string | null)[]> {
  const values = rows.map((row) => {
    const value: Record<string, unknown> = { id: randomUUID() };
    for (const column of IMPORTED_COLUMNS) if (column !== "id") value[column] = (row as Record<string, unknown>)[column] ?? null;
    return value as typeof incidents.$inferInsert & { id: string };
  });
  const inserted = new Set<string>();
  for (let start = 0; start < values.length; start += PG_INSERT_ROWS) {
    const batch = values.slice(start, start + PG_INSERT_ROWS);
    for (const { id } of await getDb().insert(incidents).values(batch).onConflictDoNothing().returning({ id: incidents.id })) inserted.add(id);
  }
  return values.map(({ id }) => (inserted.has(id) ? id : null));
}
