import "server-only";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "../index";
import { type Complaint } from "../schema";
import { cases, complaints } from "../tables";
import type { DbOrTx } from "./tx";

export async function findComplaint(db: DbOrTx, caseId: string, kind: Complaint["kind"]): Promise<Complaint | undefined> {
  return (
    await db
      .select()
      .from(complaints)
      .where(and(eq(complaints.caseId, caseId), eq(complaints.kind, kind)))
  )[0];
}

/** Creates the draft or replaces its text (one draft per case and kind). */
export async function upsertComplaint(
  db: DbOrTx,
  caseId: string,
  kind: Complaint["kind"],
  fields: Record<string, string>,
  generated: Record<string, string>,
): Promise<void> {
  await db
    .insert(complaints)
    .values({ caseId, kind, fields, generated })
    .onConflictDoUpdate({ target: [complaints.caseId, complaints.kind], set: { fields, generated } });
}

export async function markComplaintFiled(
  db: DbOrTx,
  complaintId: string,
  filing: { filedAt: Date; filedChannel: string; filedReference: string | null },
): Promise<void> {
  await db.update(complaints).set(filing).where(eq(complaints.id, complaintId));
}

/** When each of the user's personal-data letters and OJK dispute requests was sent, by case (for the deadlines on My cases). */
export async function listFilingsForUser(userId: string): Promise<Map<string, { dataRequestSentAt?: Date; disputeFiledAt?: Date }>> {
  const rows = await getDb()
    .select({ caseId: complaints.caseId, kind: complaints.kind, filedAt: complaints.filedAt })
    .from(complaints)
    .innerJoin(cases, eq(cases.id, complaints.caseId))
    .where(and(eq(cases.userId, userId), inArray(complaints.kind, ["sender_data", "ojk_dispute"]), isNotNull(complaints.filedAt)));
  const byCase = new Map<string, { dataRequestSentAt?: Date; disputeFiledAt?: Date }>();
  for (const row of rows) {
    if (!row.filedAt) continue;
    const filings = byCase.get(row.caseId) ?? {};
    if (row.kind === "sender_data") filings.dataRequestSentAt = row.filedAt;
    else filings.disputeFiledAt = row.filedAt;
    byCase.set(row.caseId, filings);
  }
  return byCase;
}
