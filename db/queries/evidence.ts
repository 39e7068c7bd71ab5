import "server-only";
import { and, asc, count, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { getDb, preparedQuery, writeTransaction } from "../index";
import { type Evidence, type NewEvidence } from "../schema";
import { cases, evidence, exchanges, incidents, publicEvidence } from "../tables";
import type { DbOrTx } from "./tx";

/** What a file shows: an incident or an exchange. */
export type EvidenceParent = { kind: "incident" | "exchange"; id: string };

const parentColumn = (parent: EvidenceParent) => (parent.kind === "incident" ? evidence.incidentId : evidence.exchangeId);
const parentValues = (parent: EvidenceParent | null) => ({
  incidentId: parent?.kind === "incident" ? parent.id : null,
  exchangeId: parent?.kind === "exchange" ? parent.id : null,
});
const isPending = and(isNull(evidence.incidentId), isNull(evidence.exchangeId));

export async function insertEvidenceRow(db: DbOrTx, values: Omit<NewEvidence, "incidentId" | "exchangeId">, parent: EvidenceParent | null): Promise<Evidence> {
  return (
    await db
      .insert(evidence)
      .values({ ...values, ...parentValues(parent) })
      .returning()
  )[0]!;
}

export async function countEvidenceFor(db: DbOrTx, parent: EvidenceParent): Promise<number> {
  return (
    (
      await db
        .select({ n: count() })
        .from(evidence)
        .where(eq(parentColumn(parent), parent.id))
    )[0]?.n ?? 0
  );
}

/** Uploads not yet saved with a form. */
export async function countPendingEvidence(userId: string): Promise<number> {
  const db = getDb();
  return (
    (
      await db
        .select({ n: count() })
        .from(evidence)
        .where(and(eq(evidence.userId, userId), isPending))
    )[0]?.n ?? 0
  );
}

export type OwnedEvidence = Evidence & { caseId: string | null };

const caseIdOf = sql<string | null>`coalesce(${incidents.caseId}, ${exchanges.caseId})`;

/** The evidence only if the user owns it (and, once attached, owns the case it is in). */
export async function findEvidenceForUser(userId: string, evidenceId: string): Promise<OwnedEvidence | undefined> {
  const row = (
    await getDb()
      .select({ evidence, caseId: caseIdOf, caseOwner: cases.userId })
      .from(evidence)
      .leftJoin(incidents, eq(incidents.id, evidence.incidentId))
      .leftJoin(exchanges, eq(exchanges.id, evidence.exchangeId))
      .leftJoin(cases, eq(cases.id, caseIdOf))
      .where(and(eq(evidence.id, evidenceId), eq(evidence.userId, userId)))
  )[0];
  if (!row || (row.caseId !== null && row.caseOwner !== userId)) return undefined;
  return { ...row.evidence, caseId: row.caseId };
}

/**
 * A case's evidence in the time order of what it shows, then as arranged within each. Two
 * indexed queries (via incidents, via exchanges) rather than one OR over two joins, which
 * SQLite could only answer by scanning every file.
 */
const evidenceViaIncidents = (db: DbOrTx) =>
  db
    .select({ evidence, at: incidents.occurredAt })
    .from(evidence)
    .innerJoin(incidents, eq(incidents.id, evidence.incidentId))
    .where(eq(incidents.caseId, sql.placeholder("caseId")));
const evidenceViaExchanges = (db: DbOrTx) =>
  db
    .select({ evidence, at: exchanges.occurredAt })
    .from(evidence)
    .innerJoin(exchanges, eq(exchanges.id, evidence.exchangeId))
    .where(eq(exchanges.caseId, sql.placeholder("caseId")));
const preparedViaIncidents = preparedQuery(evidenceViaIncidents);
const preparedViaExchanges = preparedQuery(evidenceViaExchanges);

/** With the statements prepared once; inside a transaction use listEvidenceForCaseIn. */
export async function listEvidenceForCase(caseId: string): Promise<Evidence[]> {
  return listEvidenceForCaseIn(getDb(), caseId);
}

/** listEvidenceForCase inside the caller's transaction (prepared once on its connection too). */
export async function listEvidenceForCaseIn(db: DbOrTx, caseId: string): Promise<Evidence[]> {
  return inCaseOrder(await preparedViaIncidents.all({ caseId }, db), await preparedViaExchanges.all({ caseId }, db));
}

function inCaseOrder(viaIncidents: { evidence: Evidence; at: Date }[], viaExchanges: { evidence: Evidence; at: Date }[]): Evidence[] {
  return [...viaIncidents, ...viaExchanges]
    .sort(
      (a, b) =>
        a.at.getTime() - b.at.getTime() || a.evidence.position - b.evidence.position || a.evidence.uploadedAt.getTime() - b.evidence.uploadedAt.getTime(),
    )
    .map((r) => r.evidence);
}

export async function listEvidenceFor(db: DbOrTx, parent: EvidenceParent): Promise<Evidence[]> {
  return await db
    .select()
    .from(evidence)
    .where(eq(parentColumn(parent), parent.id))
    .orderBy(asc(evidence.position), asc(evidence.uploadedAt));
}

/** Rows the user may attach here: their own pending uploads, or ones already on this parent. */
export async function findAttachableEvidence(db: DbOrTx, userId: string, parent: EvidenceParent, ids: string[]): Promise<Evidence[]> {
  if (ids.length === 0) return [];
  return await db
    .select()
    .from(evidence)
    .where(and(inArray(evidence.id, ids), eq(evidence.userId, userId), or(isPending, eq(parentColumn(parent), parent.id))));
}

export async function placeEvidence(db: DbOrTx, evidenceId: string, parent: EvidenceParent, position: number, caption: string | null): Promise<void> {
  await db
    .update(evidence)
    .set({ ...parentValues(parent), position, caption })
    .where(eq(evidence.id, evidenceId));
}

export async function setEvidenceCaption(evidenceId: string, caption: string | null): Promise<void> {
  return writeTransaction(async (db) => {
    await db.update(evidence).set({ caption }).where(eq(evidence.id, evidenceId));
  });
}

export async function deleteEvidenceRows(db: DbOrTx, ids: string[]): Promise<void> {
  if (ids.length > 0) await db.delete(evidence).where(inArray(evidence.id, ids));
}

export async function listStalePendingEvidence(db: DbOrTx, uploadedBefore: Date): Promise<Evidence[]> {
  return await db
    .select()
    .from(evidence)
    .where(and(isPending, lt(evidence.uploadedAt, uploadedBefore)));
}

/** Whether any row still points at this blob: as a file, a thumbnail, or a published (cropped) screenshot. */
export async function isBlobReferenced(db: DbOrTx, key: string): Promise<boolean> {
  return (
    (
      await db
        .select({ id: evidence.id })
        .from(evidence)
        .where(or(eq(evidence.storedKey, key), eq(evidence.thumbnailKey, key)))
        .limit(1)
    )[0] !== undefined || (await db.select({ id: publicEvidence.id }).from(publicEvidence).where(eq(publicEvidence.storedKey, key)).limit(1))[0] !== undefined
  );
}
