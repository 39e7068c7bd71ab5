import "server-only";
import { and, asc, eq, min, sql } from "drizzle-orm";
import { getDb, preparedQuery } from "../index";
import { cases, exchanges, incidents, type Exchange, type NewExchange } from "../schema";
import type { DbOrTx } from "./tx";

export type ExchangeFields = Omit<NewExchange, "id" | "caseId" | "createdAt" | "updatedAt">;

export function insertExchange(db: DbOrTx, caseId: string, fields: ExchangeFields): Exchange {
  return db
    .insert(exchanges)
    .values({ ...fields, caseId })
    .returning()
    .get();
}

export function updateExchangeRow(db: DbOrTx, exchangeId: string, fields: ExchangeFields): void {
  db.update(exchanges).set(fields).where(eq(exchanges.id, exchangeId)).run();
}

export function deleteExchangeRow(db: DbOrTx, exchangeId: string): void {
  db.delete(exchanges).where(eq(exchanges.id, exchangeId)).run();
}

/** The exchange only if its case belongs to the user. */
export function findExchangeForUser(userId: string, exchangeId: string): Exchange | undefined {
  return getDb()
    .select({ exchange: exchanges })
    .from(exchanges)
    .innerJoin(cases, eq(cases.id, exchanges.caseId))
    .where(and(eq(exchanges.id, exchangeId), eq(cases.userId, userId)))
    .get()?.exchange;
}

const exchangesOfCase = preparedQuery((db) =>
  db
    .select()
    .from(exchanges)
    .where(eq(exchanges.caseId, sql.placeholder("caseId")))
    .orderBy(asc(exchanges.occurredAt), asc(exchanges.createdAt))
    .prepare(),
);

/** In time order, with the statement prepared once; inside a transaction use listExchangesForCaseIn. */
export function listExchangesForCase(caseId: string): Exchange[] {
  return exchangesOfCase().all({ caseId });
}

/** listExchangesForCase inside the caller's transaction. */
export function listExchangesForCaseIn(db: DbOrTx, caseId: string): Exchange[] {
  return db.select().from(exchanges).where(eq(exchanges.caseId, caseId)).orderBy(asc(exchanges.occurredAt), asc(exchanges.createdAt)).all();
}

/** The earliest "stop" the user sent, by exchange or noted on an incident; null if none. */
export function earliestStopRequest(db: DbOrTx, caseId: string): Date | null {
  const fromExchanges = db
    .select({ at: min(exchanges.occurredAt) })
    .from(exchanges)
    .where(and(eq(exchanges.caseId, caseId), eq(exchanges.isStopRequest, true)))
    .get()?.at;
  const fromIncidents = db
    .select({ at: min(incidents.stopRequestedAt) })
    .from(incidents)
    .where(eq(incidents.caseId, caseId))
    .get()?.at;
  const times = [fromExchanges, fromIncidents].filter((t): t is Date => t instanceof Date);
  return times.length === 0 ? null : new Date(Math.min(...times.map((t) => t.getTime())));
}
