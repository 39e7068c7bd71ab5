import { DateTime, IANAZone } from "luxon";

/**
 * Times are typed as wall-clock time in the user's zone (an `<input type="datetime-local">`
 * value, `2026-11-22T08:30`) and stored as a UTC instant plus that zone, so the rules engine
 * can later judge them in the recipient's local time.
 */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Allowance for a phone whose clock runs a little ahead of the server's. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;
const EARLIEST_YEAR = 2000;

export function isValidTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/** The instant a wall-clock time in `zone` stands for, or null if it is not a real time. */
export function localToInstant(local: string, zone: string): Date | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  const dt = DateTime.fromISO(local, { zone });
  if (!dt.isValid) return null;
  // A time skipped by a DST jump is moved forward by Luxon; refuse it rather than store another time.
  if (dt.toFormat("yyyy-MM-dd'T'HH:mm") !== local) return null;
  return dt.toJSDate();
}

export function instantToLocal(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

export function isInFuture(instant: Date, now: Date = new Date()): boolean {
  return instant.getTime() > now.getTime() + FUTURE_TOLERANCE_MS;
}

export function isTooOld(instant: Date): boolean {
  return instant.getUTCFullYear() < EARLIEST_YEAR;
}

/** Current wall-clock time in a zone, to pre-fill a form. */
export function nowLocal(zone: string, now: Date = new Date()): string {
  return instantToLocal(now, zone);
}
