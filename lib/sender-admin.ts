import "server-only";
import { eq } from "drizzle-orm";
import { writeTransaction } from "@/db";
import { insertAudit } from "@/db/queries/moderation";
import { pageSenderId, writeSenderStats } from "@/db/queries/public";
import { type User } from "@/db/schema";
import { senders } from "@/db/tables";
import { fail, type Failure } from "./failure";
import { refreshSenderStats } from "./public/sharing";
import { parseSender } from "./sender-identity";
import type { SenderDetailsInput } from "./validations/sender-admin";

/**
 * An admin sets a sender's organisation and sector, or joins it to another identity of the same
 * organisation (a number and its sender ID), whose page then shows both with their reports
 * together. Logged; both pages' figures follow at once. Undefined when saved; an identity that
 * is unknown or the sender itself is invalid input for the `sameAs` field.
 */
export async function updateSenderDetails(admin: User, senderId: string, input: SenderDetailsInput): Promise<Failure | undefined> {
  if (admin.role !== "admin") return fail("notYours");
  return await writeTransaction(async (tx) => {
    const sender = (await tx.select().from(senders).where(eq(senders.id, senderId)))[0];
    if (!sender) return fail("notFound");
    let parentId: string | null = null;
    if (input.sameAs) {
      const parsed = parseSender(input.sameAs, sender.country ?? "ID");
      const other = parsed.ok ? (await tx.select().from(senders).where(eq(senders.key, parsed.identity.key)))[0] : undefined;
      if (!other) return fail("invalid", "unknownIdentity", "sameAs");
      parentId = await pageSenderId(tx, other.id);
      if (parentId === sender.id) return fail("invalid", "sameSender", "sameAs");
    }
    const before = await pageSenderId(tx, sender.id);
    await tx
      .update(senders)
      .set({ organisation: input.organisation || null, sector: input.sector || null, parentId })
      // Identities that hung on this one follow it to its new page.
      .where(eq(senders.id, sender.id));
    if (parentId) {
      await tx.update(senders).set({ parentId }).where(eq(senders.parentId, sender.id));
      // It is no longer a page of its own: its figures now count on its parent's.
      await writeSenderStats(tx, sender.id, null, []);
    }
    await insertAudit(tx, {
      actorId: admin.id,
      action: "sender",
      targetKind: "sender",
      targetId: sender.id,
      reason: [input.organisation, input.sector, input.sameAs].filter(Boolean).join(" · ") || null,
    });
    for (const page of new Set([before, parentId ?? sender.id])) await refreshSenderStats(tx, page);
  });
}
