import "server-only";
import { eq } from "drizzle-orm";
import type { SenderIdentity } from "@/lib/sender-identity";
import { type Sender } from "../schema";
import { senders } from "../tables";
import type { DbOrTx } from "./tx";

/** The sender with this identity, created on first sight. */
export async function upsertSender(db: DbOrTx, identity: SenderIdentity): Promise<Sender> {
  await db.insert(senders).values(identity).onConflictDoNothing({ target: senders.key });
  const sender = (await db.select().from(senders).where(eq(senders.key, identity.key)))[0];
  if (!sender) throw new Error(`Unable to upsert sender ${identity.key}`);
  return sender;
}

/** The sender with this identity key, if anyone reported it. */
export async function findSenderByKey(db: DbOrTx, key: string): Promise<Sender | undefined> {
  return (await db.select().from(senders).where(eq(senders.key, key)))[0];
}
