import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { getDb } from "../index";
import { cases, complaints, type Complaint } from "../schema";
import type { DbOrTx } from "./tx";

export function findComplaint(caseId: string, kind: Complaint["kind"], db: DbOrTx = getDb()): Complaint | undefined {
  return db
    .select()
    .from(complaints)
    .where(and(eq(complaints.caseId, caseId), eq(complaints.kind, kind)))
    .get();
}

/** Creates the draft or replaces its text (one draft per case and kind). */
export function upsertComplaint(db: DbOrTx, caseId: string, kind: Complaint["kind"], fields: Record<string, string>, generated: Record<string, string>): void {
  db.insert(complaints)
    .values({ caseId, kind, fields, generated })
    .onConflictDoUpdate({ target: [complaints.caseId, complaints.kind], set: { fields, generated } })
    .run();
}

export function markComplaintFiled(db: DbOrTx, complaintId: string, filing: { filedAt: Date; filedChannel: string; filedReference: string | null }): void {
  db.update(complaints).set(filing).where(eq(complaints.id, complaintId)).run();
}

/** When each of the user's personal-data letters was sent, by case (for the deadlines on My cases). */
export function listDataLettersSentForUser(userId: string): Map<string, Date> {
  const rows = getDb()
    .select({ caseId: complaints.caseId, filedAt: complaints.filedAt })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .where(and(eq(cases.userId, userId), eq(complaints.kind, "sender_data"), isNotNull(complaints.filedAt)))
    .all();
  return new Map(rows.flatMap((row) => (row.filedAt ? [[row.caseId, row.filedAt] as const] : [])));
}
