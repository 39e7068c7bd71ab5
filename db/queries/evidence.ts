import "server-only";
import { and, asc, count, eq, inArray, isNull, lt, or } from "drizzle-orm";
import { getDb } from "../index";
import { cases, evidence, incidents, type Evidence, type NewEvidence } from "../schema";
import type { DbOrTx } from "./tx";

export function insertEvidenceRow(db: DbOrTx, values: NewEvidence): Evidence {
  return db.insert(evidence).values(values).returning().get();
}

export function countEvidenceForIncident(db: DbOrTx, incidentId: string): number {
  return db.select({ n: count() }).from(evidence).where(eq(evidence.incidentId, incidentId)).get()?.n ?? 0;
}

/** Uploads not yet saved with a form. */
export function countPendingEvidence(db: DbOrTx, userId: string): number {
  return (
    db
      .select({ n: count() })
      .from(evidence)
      .where(and(eq(evidence.userId, userId), isNull(evidence.incidentId)))
      .get()?.n ?? 0
  );
}

export type OwnedEvidence = Evidence & { caseId: string | null };

/** The evidence only if the user owns it (and, once attached, owns the case it is in). */
export function findEvidenceForUser(userId: string, evidenceId: string): OwnedEvidence | undefined {
  const row = getDb()
    .select({ evidence, caseId: incidents.caseId, caseOwner: cases.userId })
    .from(evidence)
    .leftJoin(incidents, eq(incidents.id, evidence.incidentId))
    .leftJoin(cases, eq(cases.id, incidents.caseId))
    .where(and(eq(evidence.id, evidenceId), eq(evidence.userId, userId)))
    .get();
  if (!row || (row.evidence.incidentId !== null && row.caseOwner !== userId)) return undefined;
  return { ...row.evidence, caseId: row.caseId };
}

/** A case's evidence in the order of its incidents, then as arranged within each incident. */
export function listEvidenceForCase(caseId: string, db: DbOrTx = getDb()): Evidence[] {
  return db
    .select({ evidence })
    .from(evidence)
    .innerJoin(incidents, eq(incidents.id, evidence.incidentId))
    .where(eq(incidents.caseId, caseId))
    .orderBy(asc(incidents.occurredAt), asc(incidents.createdAt), asc(evidence.position), asc(evidence.uploadedAt))
    .all()
    .map((r) => r.evidence);
}

export function listEvidenceForIncident(incidentId: string, db: DbOrTx = getDb()): Evidence[] {
  return db.select().from(evidence).where(eq(evidence.incidentId, incidentId)).orderBy(asc(evidence.position), asc(evidence.uploadedAt)).all();
}

/** Rows the user may attach to this incident: their own pending uploads, or ones already on it. */
export function findAttachableEvidence(db: DbOrTx, userId: string, incidentId: string, ids: string[]): Evidence[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(evidence)
    .where(and(inArray(evidence.id, ids), eq(evidence.userId, userId), or(isNull(evidence.incidentId), eq(evidence.incidentId, incidentId))))
    .all();
}

export function placeEvidence(db: DbOrTx, evidenceId: string, incidentId: string, position: number, caption: string | null): void {
  db.update(evidence).set({ incidentId, position, caption }).where(eq(evidence.id, evidenceId)).run();
}

export function setEvidenceCaption(db: DbOrTx, evidenceId: string, caption: string | null): void {
  db.update(evidence).set({ caption }).where(eq(evidence.id, evidenceId)).run();
}

export function deleteEvidenceRows(db: DbOrTx, ids: string[]): void {
  if (ids.length > 0) db.delete(evidence).where(inArray(evidence.id, ids)).run();
}

export function listStalePendingEvidence(db: DbOrTx, uploadedBefore: Date): Evidence[] {
  return db
    .select()
    .from(evidence)
    .where(and(isNull(evidence.incidentId), lt(evidence.uploadedAt, uploadedBefore)))
    .all();
}

/** Whether any row still points at this blob, as its file or as its thumbnail. */
export function isBlobReferenced(db: DbOrTx, key: string): boolean {
  return (
    db
      .select({ id: evidence.id })
      .from(evidence)
      .where(or(eq(evidence.storedKey, key), eq(evidence.thumbnailKey, key)))
      .limit(1)
      .get() !== undefined
  );
}
