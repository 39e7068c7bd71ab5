import "server-only";
import { countUnreadNotifications, listNotificationsForUser, markAllNotificationsRead, markNotificationRead } from "@/db/queries/notifications";
import type { Notification } from "@/db/schema";
import { notificationPath } from "./text";

/** Notifications on one page of the list; older ones are a link away. */
export const NOTIFICATIONS_PER_PAGE = 50;

export function unreadNotificationCount(userId: string): number {
  return countUnreadNotifications(userId);
}

/** A page of the person's own notifications, newest first, and where the next (older) page starts. */
export function notificationPage(userId: string, before?: Date): { items: Notification[]; olderBefore: Date | null } {
  const rows = listNotificationsForUser(userId, NOTIFICATIONS_PER_PAGE + 1, before);
  const items = rows.slice(0, NOTIFICATIONS_PER_PAGE);
  return { items, olderBefore: rows.length > NOTIFICATIONS_PER_PAGE ? (items.at(-1)?.createdAt ?? null) : null };
}

/** Opens one of the person's notifications: marks it read and says where it leads; undefined when it is not theirs. */
export function openNotification(userId: string, notificationId: string, now = new Date()): string | undefined {
  const notification = markNotificationRead(userId, notificationId, now);
  return notification && notificationPath(notification.kind, notification.data);
}

export function markAllRead(userId: string, now = new Date()): number {
  return markAllNotificationsRead(userId, now);
}
