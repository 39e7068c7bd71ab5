import "server-only";
import {
  claimForSending,
  failAbandonedSends,
  finishSending,
  listDigestRows,
  listDigestsDue,
  listDueNotifications,
  skipEmail,
  type DueNotification,
} from "@/db/queries/notifications";
import { env } from "../env";
import { withLease } from "../jobs/lease";
import { sendMail, type Mail } from "../mail";
import { notifyPassedDeadlines } from "./deadlines";
import { digestMail, notificationMail } from "./mail";

/** A run's lease; a run is bounded (BATCH mails, BATCH digests) to finish well within it. */
export const NOTIFICATION_LEASE_MS = 5 * 60_000;
const BATCH = 100;
const DIGEST_EVERY_MS = 24 * 3_600_000;

export type SendMail = (mail: Mail) => Promise<boolean>;

const ids = (rows: readonly DueNotification[]) => rows.map((row) => row.id);

/** Rows whose kind the person turned off are skipped; the rest are returned. */
async function withoutTurnedOff(rows: readonly DueNotification[]): Promise<DueNotification[]> {
  const off = rows.filter((row) => row.recipient.emailOff.includes(row.kind));
  await skipEmail(ids(off));
  return rows.filter((row) => !off.includes(row));
}

/**
 * Each row is claimed in its own committed statement before its mail goes, and marked sent
 * after: a crash in between leaves it "sending", which is never sent again (at most once).
 */
async function sendEach(now: Date, send: SendMail | undefined): Promise<void> {
  const rows = await withoutTurnedOff(await listDueNotifications(BATCH));
  if (!send) return skipEmail(ids(rows));
  for (const row of rows) {
    if ((await claimForSending([row.id], now)).length === 0) continue;
    await finishSending([row.id], (await send(notificationMail(row))) ? "sent" : "failed", now);
  }
}

/** One mail a day at most per person on the digest, with everything pending, all claimed together. */
async function sendDigests(now: Date, send: SendMail | undefined): Promise<void> {
  for (const userId of await listDigestsDue(new Date(now.getTime() - DIGEST_EVERY_MS), BATCH)) {
    const rows = await withoutTurnedOff(await listDigestRows(userId, BATCH));
    if (!send) {
      await skipEmail(ids(rows));
      continue;
    }
    const claimed = new Set(await claimForSending(ids(rows), now));
    const taken = rows.filter((row) => claimed.has(row.id));
    const [first] = taken;
    if (!first) continue;
    await finishSending(ids(taken), (await send(digestMail(first.recipient, taken))) ? "sent" : "failed", now);
  }
}

/**
 * One run of the notification job: rows a crashed run left claimed become failed (after a lease,
 * so a run still sending keeps its own), deadlines that ran out become notifications, then the due
 * mails and digests go. Without SMTP_URL nothing is mailed and due rows are skipped (they stay in the app).
 */
export async function runNotificationJob({ now = new Date(), send }: { now?: Date; send?: SendMail } = {}): Promise<void> {
  await failAbandonedSends(new Date(now.getTime() - NOTIFICATION_LEASE_MS));
  await notifyPassedDeadlines(now);
  const deliver = send ?? (env.SMTP_URL ? sendMail : undefined);
  await sendEach(now, deliver);
  await sendDigests(now, deliver);
}

let running = false;

/** The timer's run: one process at a time (the lease), and one run at a time in this process. */
export async function runNotificationJobOnce(): Promise<void> {
  if (running) return;
  running = true;
  try {
    await withLease("notifications", NOTIFICATION_LEASE_MS, () => runNotificationJob());
  } catch (error) {
    console.error("Notification job failed", error);
  } finally {
    running = false;
  }
}
