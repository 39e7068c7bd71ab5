import "server-only";
import { eq } from "drizzle-orm";
import type { SenderIdentity } from "@/lib/sender-identity";
import { senders, type Sender } from "../schema";
import type { DbOrTx } from "./tx";

/** The sender with this identity, created on first sight. */
export function upsertSender(db: DbOrTx, identity: SenderIdentity): Sender {
  db.insert(senders).values(identity).onConflictDoNothing({ target: senders.key }).run();
  const sender = db.select().from(senders).where(eq(senders.key, identity.key)).get();
  if (!sender) throw new Error(`Unable to upsert sender ${identity.key}`);
  return sender;
}

/** The sender with this identity key, if anyone reported it. */
export function findSenderByKey(db: DbOrTx, key: string): Sender | undefined {
  return db.select().from(senders).where(eq(senders.key, key)).get();
}
