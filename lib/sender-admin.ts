import "server-only";
import { eq } from "drizzle-orm";
import { writeTransaction } from "@/db";
import { insertAudit } from "@/db/queries/moderation";
import { pageSenderId, writeSenderStats } from "@/db/queries/public";
import { senders, type User } from "@/db/schema";
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
export function updateSenderDetails(admin: User, senderId: string, input: SenderDetailsInput): Failure | undefined {
  if (admin.role !== "admin") return fail("notYours");
  return writeTransaction((tx) => {
    const sender = tx.select().from(senders).where(eq(senders.id, senderId)).get();
    if (!sender) return fail("notFound");
    let parentId: string | null = null;
    if (input.sameAs) {
      const parsed = parseSender(input.sameAs, sender.country ?? "ID");
      const other = parsed.ok ? tx.select().from(senders).where(eq(senders.key, parsed.identity.key)).get() : undefined;
      if (!other) return fail("invalid", "unknownIdentity", "sameAs");
      parentId = pageSenderId(tx, other.id);
      if (parentId === sender.id) return fail("invalid", "sameSender", "sameAs");
    }
    const before = pageSenderId(tx, sender.id);
    tx.update(senders)
      .set({ organisation: input.organisation || null, sector: input.sector || null, parentId })
      // Identities that hung on this one follow it to its new page.
      .where(eq(senders.id, sender.id))
      .run();
    if (parentId) {
      tx.update(senders).set({ parentId }).where(eq(senders.parentId, sender.id)).run();
      // It is no longer a page of its own: its figures now count on its parent's.
      writeSenderStats(tx, sender.id, null, []);
    }
    insertAudit(tx, {
      actorId: admin.id,
      action: "sender",
      targetKind: "sender",
      targetId: sender.id,
      reason: [input.organisation, input.sector, input.sameAs].filter(Boolean).join(" · ") || null,
    });
    for (const page of new Set([before, parentId ?? sender.id])) refreshSenderStats(tx, page);
  });
}
