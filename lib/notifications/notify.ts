import "server-only";
import { insertNotification, type NewNotification } from "@/db/queries/notifications";
import type { DbOrTx } from "@/db/queries/tx";

/**
 * Tells a person about something, in the transaction of the write that caused it: it shows in
 * their notifications at once, and the notification job emails it later (lib/notifications/job.ts),
 * so a crash before the commit tells nobody and one after it still sends the email.
 * `subject` names what it is about (e.g. the reply's id): the same event is never told twice.
 */
export async function notify(db: DbOrTx, notification: NewNotification): Promise<boolean> {
  return await insertNotification(db, notification);
}
