import "server-only";
import {
  countUnreadNotifications,
  listNotificationsForUser,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationCursor,
} from "@/db/queries/notifications";
import type { Notification } from "@/db/schema";
import { notificationPath } from "./text";

/** Notifications on one page of the list; older ones are a link away. */
export const NOTIFICATIONS_PER_PAGE = 50;

export async function unreadNotificationCount(userId: string): Promise<number> {
  return await countUnreadNotifications(userId);
}

/** A list page's place in the address (`?after=`): the last shown row's time and id. */
export function cursorParam(cursor: NotificationCursor): string {
  return `${cursor.createdAt.getTime()}_${cursor.id}`;
}

export function parseCursor(param: unknown): NotificationCursor | undefined {
  const match = typeof param === "string" ? /^(\d{1,15})_([\w-]{1,64})$/.exec(param) : null;
  return match ? { createdAt: new Date(Number(match[1])), id: match[2]! } : undefined;
}

/** A page of the person's own notifications, newest first, and where the next (older) page starts. */
export async function notificationPage(userId: string, after?: NotificationCursor): Promise<{ items: Notification[]; older: NotificationCursor | null }> {
  const rows = await listNotificationsForUser(userId, NOTIFICATIONS_PER_PAGE + 1, after);
  const items = rows.slice(0, NOTIFICATIONS_PER_PAGE);
  const last = items.at(-1);
  return { items, older: rows.length > NOTIFICATIONS_PER_PAGE && last ? { createdAt: last.createdAt, id: last.id } : null };
}

/** Opens one of the person's notifications: marks it read and says where it leads; undefined when it is not theirs. */
export async function openNotification(userId: string, notificationId: string, now = new Date()): Promise<string | undefined> {
  const notification = await markNotificationRead(userId, notificationId, now);
  return notification && notificationPath(notification.kind, notification.data);
}

export async function markAllRead(userId: string, now = new Date()): Promise<number> {
  return await markAllNotificationsRead(userId, now);
}
