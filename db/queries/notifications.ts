import "server-only";
import { notifications } from "../schema";
import type { NotificationKind } from "@/lib/domain";
import type { DbOrTx } from "./tx";

export type NewNotification = { userId: string; kind: NotificationKind; subject: string; data: Record<string, string | number | null> };

/** Adds a notification unless the same one (person, kind, subject) exists: an event is told once. True when added. */
export function insertNotification(db: DbOrTx, notification: NewNotification): boolean {
  return db.insert(notifications).values(notification).onConflictDoNothing().run().changes > 0;
}
