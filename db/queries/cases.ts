import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { getDb, preparedQuery } from "../index";
import { distinctList } from "../dialect";
import { type Case, type Sender } from "../schema";
import { cases, exchanges, incidents, senders } from "../tables";
import type { ExchangeFact } from "@/lib/cases/progress";
import type { Category, Country } from "@/lib/domain";
import type { DbOrTx } from "./tx";

export async function findOrCreateCase(db: DbOrTx, userId: string, senderId: string, country: Country): Promise<Case> {
  await db.insert(cases).values({ userId, senderId, country }).onConflictDoNothing();
  const found = (
    await db
      .select()
      .from(cases)
      .where(and(eq(cases.userId, userId), eq(cases.senderId, senderId)))
  )[0];
  if (!found) throw new Error(`Unable to create case for user ${userId} and sender ${senderId}`);
  return found;
}

export type CaseSummary = Pick<Case, "licensed" | "customer" | "lossRupiah"> & {
  id: string;
  status: Case["status"];
  country: Country;
  /** Every category the case's incidents were given. */
  categories: Category[];
  sender: Pick<Sender, "display" | "kind">;
  incidentCount: number;
  lastIncidentAt: Date | null;
  latestCategory: Category | null;
};

/** "My cases": newest activity first, with counts computed in one query. */
export async function listCaseSummaries(userId: string): Promise<CaseSummary[]> {
  const lastAt = sql<Date | null>`(select max(${incidents.occurredAt}) from ${incidents} where ${incidents.caseId} = ${cases.id})`.mapWith(
    incidents.occurredAt,
  );
  const rows = await getDb()
    .select({
      id: cases.id,
      status: cases.status,
      country: cases.country,
      licensed: cases.licensed,
      customer: cases.customer,
      lossRupiah: cases.lossRupiah,
      categories: sql<string | null>`(select ${distinctList(incidents.category)} from ${incidents} where ${incidents.caseId} = ${cases.id})`,
      senderDisplay: senders.display,
      senderKind: senders.kind,
      incidentCount: sql<number>`(select count(*) from ${incidents} where ${incidents.caseId} = ${cases.id})`.mapWith(Number),
      lastIncidentAt: lastAt,
      latestCategory: sql<Category | null>`(select ${incidents.category} from ${incidents} where ${incidents.caseId} = ${cases.id} order by ${incidents.occurredAt} desc limit 1)`,
    })
    .from(cases)
    .innerJoin(senders, eq(senders.id, cases.senderId))
    .where(eq(cases.userId, userId))
    .orderBy(sql`${lastAt} desc nulls last`, desc(cases.createdAt));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    country: r.country,
    licensed: r.licensed,
    customer: r.customer,
    lossRupiah: r.lossRupiah,
    categories: (r.categories?.split(",") ?? []) as Category[],
    sender: { display: r.senderDisplay, kind: r.senderKind },
    incidentCount: r.incidentCount,
    lastIncidentAt: r.lastIncidentAt,
    latestCategory: r.latestCategory,
  }));
}

/** The case only if it belongs to the user; callers answer 404 otherwise. */
const caseOfUser = preparedQuery((db) =>
  db
    .select({ case: cases, sender: senders })
    .from(cases)
    .innerJoin(senders, eq(senders.id, cases.senderId))
    .where(and(eq(cases.id, sql.placeholder("caseId")), eq(cases.userId, sql.placeholder("userId")))),
);

export async function findCaseForUser(userId: string, caseId: string): Promise<(Case & { sender: Sender }) | undefined> {
  const row = await caseOfUser.get({ caseId, userId });
  return row ? { ...row.case, sender: row.sender } : undefined;
}

export async function deleteCase(db: DbOrTx, caseId: string): Promise<void> {
  await db.delete(cases).where(eq(cases.id, caseId));
}

/** A case exists for its incidents and exchanges; once the last one is gone, so is the case. */
export async function deleteCaseIfEmpty(db: DbOrTx, caseId: string): Promise<boolean> {
  const left = (
    await db
      .select({
        n: sql<number>`(select count(*) from ${incidents} where ${incidents.caseId} = ${caseId}) + (select count(*) from ${exchanges} where ${exchanges.caseId} = ${caseId})`.mapWith(
          Number,
        ),
      })
      .from(sql`(select 1) as one`)
  )[0];
  if ((left?.n ?? 0) > 0) return false;
  await deleteCase(db, caseId);
  return true;
}

export async function setCaseOptOut(db: DbOrTx, caseId: string, optOutAt: Date | null): Promise<void> {
  await db.update(cases).set({ optOutAt }).where(eq(cases.id, caseId));
}

export async function updateCase(
  db: DbOrTx,
  caseId: string,
  fields: Partial<Pick<Case, "status" | "country" | "licensed" | "customer" | "product" | "lossRupiah" | "numberSource">>,
): Promise<void> {
  await db.update(cases).set(fields).where(eq(cases.id, caseId));
}

export async function listCaseCategories(caseId: string): Promise<Category[]> {
  return (await getDb().selectDistinct({ category: incidents.category }).from(incidents).where(eq(incidents.caseId, caseId))).map((r) => r.category);
}

/** Every exchange of the user's cases, as the facts that status and deadlines need, by case. */
export async function listExchangeFactsForUser(userId: string): Promise<Map<string, ExchangeFact[]>> {
  const db = getDb();
  const rows = await db
    .select({
      caseId: exchanges.caseId,
      occurredAt: exchanges.occurredAt,
      direction: exchanges.direction,
      channel: exchanges.channel,
      isComplaint: exchanges.isComplaint,
      tags: exchanges.tags,
    })
    .from(exchanges)
    .innerJoin(cases, eq(cases.id, exchanges.caseId))
    .where(eq(cases.userId, userId));
  const byCase = new Map<string, ExchangeFact[]>();
  for (const { caseId, ...fact } of rows) {
    const list = byCase.get(caseId);
    if (list) list.push(fact);
    else byCase.set(caseId, [fact]);
  }
  return byCase;
}
