import "server-only";
import { and, asc, eq, min, sql } from "drizzle-orm";
import { getDb, preparedQuery } from "../index";
import { type Exchange, type NewExchange } from "../schema";
import { cases, exchanges, incidents } from "../tables";
import type { DbOrTx } from "./tx";

export type ExchangeFields = Omit<NewExchange, "id" | "caseId" | "createdAt" | "updatedAt">;

export async function insertExchange(db: DbOrTx, caseId: string, fields: ExchangeFields): Promise<Exchange> {
  return (
    await db
      .insert(exchanges)
      .values({ ...fields, caseId })
      .returning()
  )[0]!;
}

export async function updateExchangeRow(db: DbOrTx, exchangeId: string, fields: ExchangeFields): Promise<void> {
  await db.update(exchanges).set(fields).where(eq(exchanges.id, exchangeId));
}

export async function deleteExchangeRow(db: DbOrTx, exchangeId: string): Promise<void> {
  await db.delete(exchanges).where(eq(exchanges.id, exchangeId));
}

/** The exchange only if its case belongs to the user. */
export async function findExchangeForUser(userId: string, exchangeId: string): Promise<Exchange | undefined> {
  return (
    await getDb()
      .select({ exchange: exchanges })
      .from(exchanges)
      .innerJoin(cases, eq(cases.id, exchanges.caseId))
      .where(and(eq(exchanges.id, exchangeId), eq(cases.userId, userId)))
  )[0]?.exchange;
}

const exchangesOfCase = preparedQuery((db) =>
  db
    .select()
    .from(exchanges)
    .where(eq(exchanges.caseId, sql.placeholder("caseId")))
    .orderBy(asc(exchanges.occurredAt), asc(exchanges.createdAt)),
);

/** In time order, with the statement prepared once; inside a transaction use listExchangesForCaseIn. */
export async function listExchangesForCase(caseId: string): Promise<Exchange[]> {
  return exchangesOfCase.all({ caseId });
}

/** listExchangesForCase inside the caller's transaction. */
export async function listExchangesForCaseIn(db: DbOrTx, caseId: string): Promise<Exchange[]> {
  return await db.select().from(exchanges).where(eq(exchanges.caseId, caseId)).orderBy(asc(exchanges.occurredAt), asc(exchanges.createdAt));
}

/** The earliest "stop" the user sent, by exchange or noted on an incident; null if none. */
export async function earliestStopRequest(db: DbOrTx, caseId: string): Promise<Date | null> {
  const fromExchanges = (
    await db
      .select({ at: min(exchanges.occurredAt) })
      .from(exchanges)
      .where(and(eq(exchanges.caseId, caseId), eq(exchanges.isStopRequest, true)))
  )[0]?.at;
  const fromIncidents = (
    await db
      .select({ at: min(incidents.stopRequestedAt) })
      .from(incidents)
      .where(eq(incidents.caseId, caseId))
  )[0]?.at;
  const times = [fromExchanges, fromIncidents].filter((t): t is Date => t instanceof Date);
  return times.length === 0 ? null : new Date(Math.min(...times.map((t) => t.getTime())));
}
