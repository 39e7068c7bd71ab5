import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { getDb, preparedQuery } from "../index";
import { type Incident, type NewIncident } from "../schema";
import { cases, incidents } from "../tables";
import type { DbOrTx } from "./tx";

export type IncidentFields = Omit<NewIncident, "id" | "caseId" | "createdAt" | "updatedAt">;

export async function insertIncident(db: DbOrTx, caseId: string, fields: IncidentFields): Promise<Incident> {
  return (
    await db
      .insert(incidents)
      .values({ ...fields, caseId })
      .returning()
  )[0]!;
}

export async function updateIncidentRow(db: DbOrTx, incidentId: string, caseId: string, fields: IncidentFields): Promise<void> {
  await db
    .update(incidents)
    .set({ ...fields, caseId })
    .where(eq(incidents.id, incidentId));
}

export async function deleteIncidentRow(db: DbOrTx, incidentId: string): Promise<void> {
  await db.delete(incidents).where(eq(incidents.id, incidentId));
}

/** The incident only if its case belongs to the user. */
export async function findIncidentForUser(userId: string, incidentId: string): Promise<Incident | undefined> {
  const row = (
    await getDb()
      .select({ incident: incidents })
      .from(incidents)
      .innerJoin(cases, eq(cases.id, incidents.caseId))
      .where(and(eq(incidents.id, incidentId), eq(cases.userId, userId)))
  )[0];
  return row?.incident;
}

const incidentsOfCase = preparedQuery((db) =>
  db
    .select()
    .from(incidents)
    .where(eq(incidents.caseId, sql.placeholder("caseId")))
    .orderBy(asc(incidents.occurredAt), asc(incidents.createdAt)),
);

export async function listIncidentsForCase(caseId: string): Promise<Incident[]> {
  return incidentsOfCase.all({ caseId });
}
