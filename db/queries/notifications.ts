import "server-only";
import { and, count, desc, eq, inArray, isNull, lt, lte, max, or, sql } from "drizzle-orm";
import { getDb, preparedQuery, writeTransaction, changedRows } from "..";
import { type Notification } from "../schema";
import { cases, complaints, exchanges, notifications, users } from "../tables";
import type { Locale, NotificationKind } from "@/lib/domain";
import type { DbOrTx } from "./tx";

export type NewNotification = { userId: string; kind: NotificationKind; subject: string; data: Record<string, string | number | null> };

/** Adds a notification unless the same one (person, kind, subject) exists: an event is told once. True when added. */
export async function insertNotification(db: DbOrTx, notification: NewNotification): Promise<boolean> {
  return changedRows(await db.insert(notifications).values(notification).onConflictDoNothing()) > 0;
}

const unreadOf = preparedQuery((db) =>
  db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt))),
);

/** The bell's count: read on every page view and by /api/viewer, from the (user, created) index. */
export async function countUnreadNotifications(userId: string): Promise<number> {
  return (await unreadOf.get({ userId }))?.n ?? 0;
}

/** Where a page of the list ends: the last row's time and id (rows made in the same millisecond are told apart by id). */
export type NotificationCursor = { createdAt: Date; id: string };

/** The person's notifications, newest first; `after` pages to older ones. */
export async function listNotificationsForUser(userId: string, limit: number, after?: NotificationCursor): Promise<Notification[]> {
  const older = after
    ? or(lt(notifications.createdAt, after.createdAt), and(eq(notifications.createdAt, after.createdAt), lt(notifications.id, after.id)))
    : undefined;
  return await getDb()
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), older))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

/** Marks one of the person's own notifications read; its data (for the link) if it is theirs. */
export async function markNotificationRead(userId: string, id: string, at: Date): Promise<Notification | undefined> {
  return writeTransaction(async (db) => {
    await db
      .update(notifications)
      .set({ readAt: at })
      .where(and(eq(notifications.id, id), eq(notifications.userId, userId), isNull(notifications.readAt)));
    return (
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    )[0];
  });
}

export async function markAllNotificationsRead(userId: string, at: Date): Promise<number> {
  return changedRows(
    await writeTransaction((tx) =>
      tx
        .update(notifications)
        .set({ readAt: at })
        .where(and(eq(notifications.userId, userId), isNull(notifications.readAt))),
    ),
  );
}

/** Who a mail goes to and what they asked for. */
export type Recipient = { id: string; email: string; locale: Locale; emailOff: NotificationKind[] };

export type DueNotification = Notification & { recipient: Recipient };

async function dueRows(digest: boolean, limit: number, userId?: string): Promise<DueNotification[]> {
  return (
    await getDb()
      .select({ notification: notifications, recipient: { id: users.id, email: users.email, locale: users.locale, emailOff: users.emailOff } })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(and(eq(notifications.emailState, "pending"), eq(users.emailDigest, digest), userId ? eq(notifications.userId, userId) : undefined))
      .orderBy(notifications.createdAt)
      .limit(limit)
  ).map((row) => ({ ...row.notification, recipient: row.recipient }));
}

/** Pending mails of people who want each one as it comes, oldest first. */
export async function listDueNotifications(limit: number): Promise<DueNotification[]> {
  return await dueRows(false, limit);
}

/** Pending rows of one person on the daily digest, oldest first. */
export async function listDigestRows(userId: string, limit: number): Promise<DueNotification[]> {
  return await dueRows(true, limit, userId);
}

/**
 * People on the digest with something pending whose last notification mail went before `since`
 * (or never): their digest is due.
 */
export async function listDigestsDue(since: Date, limit: number): Promise<string[]> {
  const lastSent = sql<number | null>`(select max(n2.email_sent_at) from ${notifications} n2 where n2.user_id = ${users.id})`;
  return (
    await getDb()
      .selectDistinct({ id: users.id })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(
        and(
          eq(notifications.emailState, "pending"),
          eq(users.emailDigest, true),
          sql`coalesce(${lastSent}, ${sql.param(new Date(0), notifications.emailSentAt)}) <= ${sql.param(since, notifications.emailSentAt)}`,
        ),
      )
      .limit(limit)
  ).map((row) => row.id);
}

/**
 * Takes rows for sending, in one committed statement before the mail goes: a row the job finds
 * here after a crash is never sent again. Returns the ids it took (another run may have taken some).
 */
export async function claimForSending(ids: string[], at: Date): Promise<string[]> {
  if (ids.length === 0) return [];
  return (
    await writeTransaction((tx) =>
      tx
        .update(notifications)
        .set({ emailState: "sending", emailClaimedAt: at })
        .where(and(inArray(notifications.id, ids), eq(notifications.emailState, "pending")))
        .returning({ id: notifications.id }),
    )
  ).map((row) => row.id);
}

export async function finishSending(ids: string[], state: "sent" | "failed", at: Date): Promise<void> {
  if (ids.length === 0) return;
  await writeTransaction((tx) =>
    tx
      .update(notifications)
      .set({ emailState: state, ...(state === "sent" ? { emailSentAt: at } : {}) })
      .where(and(inArray(notifications.id, ids), eq(notifications.emailState, "sending"))),
  );
}

export async function skipEmail(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await writeTransaction((tx) =>
    tx
      .update(notifications)
      .set({ emailState: "skipped" })
      .where(and(inArray(notifications.id, ids), eq(notifications.emailState, "pending"))),
  );
}

/** Rows a crashed run left claimed: whether their mail went is unknown, so they are never sent again. */
export async function failAbandonedSends(claimedBefore: Date): Promise<number> {
  return changedRows(
    await writeTransaction((tx) =>
      tx
        .update(notifications)
        .set({ emailState: "failed" })
        .where(and(eq(notifications.emailState, "sending"), lte(notifications.emailClaimedAt, claimedBefore))),
    ),
  );
}

/** When the person was last sent a notification mail (the digest goes at most once a day). */
export async function lastNotificationMailAt(userId: string): Promise<Date | null> {
  const row = (
    await getDb()
      .select({ at: max(notifications.emailSentAt) })
      .from(notifications)
      .where(eq(notifications.userId, userId))
  )[0];
  return row?.at ?? null;
}

export async function findRecipient(userId: string): Promise<{ emailOff: NotificationKind[]; emailDigest: boolean } | undefined> {
  return (await getDb().select({ emailOff: users.emailOff, emailDigest: users.emailDigest }).from(users).where(eq(users.id, userId)))[0];
}

export async function setEmailPreferences(userId: string, preferences: { emailOff: NotificationKind[]; emailDigest?: boolean }): Promise<boolean> {
  return changedRows(await writeTransaction((tx) => tx.update(users).set(preferences).where(eq(users.id, userId)))) > 0;
}

/**
 * People with a case whose clock may still run out: not closed by the user, with a complaint sent
 * or a data letter filed. `after` pages through them by id, so each run looks at a bounded slice.
 */
export async function listDeadlineCandidates(after: string, limit: number): Promise<string[]> {
  const open = sql`${cases.status} not in ('resolved', 'not_resolved', 'escalated', 'closed')`;
  const complained = sql`exists (select 1 from ${exchanges} where ${exchanges.caseId} = ${cases.id} and ${exchanges.direction} = 'outgoing' and ${eq(exchanges.isComplaint, true)})`;
  const lettered = sql`exists (select 1 from ${complaints} where ${complaints.caseId} = ${cases.id} and ${complaints.kind} = 'sender_data' and ${complaints.filedAt} is not null)`;
  return (
    await getDb()
      .selectDistinct({ userId: cases.userId })
      .from(cases)
      .where(and(open, sql`${cases.userId} > ${after}`, sql`(${complained} or ${lettered})`))
      .orderBy(cases.userId)
      .limit(limit)
  ).map((row) => row.userId);
}
