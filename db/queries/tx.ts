import type { Db } from "../index";

/**
 * A connection or a transaction. How query functions get their handle:
 * - one that runs inside a caller's transaction takes it as its FIRST parameter, required
 *   (`db: DbOrTx`); the caller passes `tx`, or `getDb()` when it only reads;
 * - one never run inside a transaction takes no handle and uses `getDb()` (or a `preparedQuery`);
 * - a prepared lookup also needed inside a transaction keeps its no-handle form and gets a twin
 *   named `…In(db, …)` (e.g. `listEvidenceForCase` / `listEvidenceForCaseIn`).
 * Writes run only inside writeTransaction: outside it, getDb() is a read-only connection.
 */
export type DbOrTx = Db;
