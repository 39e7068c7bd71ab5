import { DateTime } from "luxon";
import { daysOff, type Calendar } from "./holidays";

/**
 * Whether cuti bersama count as working days. "Hari kerja" is not defined for firms' deadlines
 * (regulators.md §0): one reading counts only national holidays as days off, the other also the
 * collective-leave days. Countries without collective leave give the same date either way.
 */
export type CollectiveLeave = "working" | "off";

export function isWorkingDate(date: string, calendar: Calendar, collectiveLeave: CollectiveLeave = "working"): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = daysOff(calendar, Number(date.slice(0, 4)));
  return !year.national.has(date) && !(collectiveLeave === "off" && year.collectiveLeave.has(date));
}

export type Due = { dueDate: string; dueEnd: Date };

/**
 * The day a deadline of `workingDays` falls on when counting starts the working day after
 * `from` (in `zone`, the recipient's local time), and the instant that day ends. A complaint
 * sent on a Friday evening or the day before a holiday starts counting on the next working day.
 */
export function addWorkingDays(from: Date, workingDays: number, zone: string, calendar: Calendar, collectiveLeave: CollectiveLeave = "working"): Due {
  // Zone arithmetic only at each end; in between, whole calendar days as plain UTC dates.
  const day = new Date(`${localDate(from, zone)}T00:00:00Z`);
  let counted = 0;
  while (counted < workingDays) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isWorkingDate(day.toISOString().slice(0, 10), calendar, collectiveLeave)) counted++;
  }
  const dueDate = day.toISOString().slice(0, 10);
  return { dueDate, dueEnd: endOfLocalDay(dueDate, zone) };
}

/** The years whose days off a count from `from` to `to` crossed (to say whether their dates are confirmed). */
export function yearsBetween(from: Date, to: Date, zone: string): number[] {
  const first = Number(localDate(from, zone).slice(0, 4));
  const last = Number(localDate(to, zone).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

// Lists of cases compute many deadlines: the zone conversions are the costly part, so cached
// (a few zones × the days that deadlines fall on: small).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dayEnds = new Map<string, Date>();

/** The local calendar date ("YYYY-MM-DD") of an instant in a zone. */
export function localDate(instant: Date, zone: string): string {
  let format = dateFormats.get(zone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(zone, format);
  }
  return format.format(instant);
}

/** Days since 1970-01-01 of a local date: consecutive dates differ by one, whatever the DST. */
export const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

function endOfLocalDay(date: string, zone: string): Date {
  const key = `${zone}:${date}`;
  let end = dayEnds.get(key);
  if (!end) {
    end = DateTime.fromISO(date, { zone }).endOf("day").toJSDate();
    dayEnds.set(key, end);
  }
  return end;
}
