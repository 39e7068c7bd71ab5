import { DateTime } from "luxon";
import { daysOff, type Calendar } from "../holidays";

/**
 * Whether cuti bersama count as working days. "Hari kerja" is not defined for firms' deadlines
 * (POJK 22/2023 Art 74–75; audit finding 1): one reading counts only national holidays as days off, the other also the
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
  return dueAfter(localDate(from, zone), workingDays, zone, calendar, collectiveLeave);
}

/** The same, from the local date ("YYYY-MM-DD") the count starts after: callers with several counts from one instant convert it once. */
export function dueAfter(startDate: string, workingDays: number, zone: string, calendar: Calendar, collectiveLeave: CollectiveLeave = "working"): Due {
  // Zone arithmetic only at each end; in between, whole calendar days as plain UTC dates.
  const dueDate = countWorkingDays(startDate, workingDays, calendar, collectiveLeave);
  return { dueDate, dueEnd: endOfLocalDay(dueDate, zone) };
}

// My cases counts every case's deadlines under both readings, up to 60 working days each: the
// same start dates recur across cases, so each count is kept (per holiday source, as daysOff).
const counts = new WeakMap<Calendar["source"], Map<string, string>>();
const MAX_COUNTS = 20_000;

function countWorkingDays(start: string, workingDays: number, calendar: Calendar, collectiveLeave: CollectiveLeave): string {
  let known = counts.get(calendar.source);
  if (!known) counts.set(calendar.source, (known = new Map()));
  const key = `${calendar.region ?? ""}:${start}:${workingDays}:${collectiveLeave}`;
  let due = known.get(key);
  if (due === undefined) {
    const day = new Date(`${start}T00:00:00Z`);
    let counted = 0;
    while (counted < workingDays) {
      day.setUTCDate(day.getUTCDate() + 1);
      if (isWorkingDate(day.toISOString().slice(0, 10), calendar, collectiveLeave)) counted++;
    }
    due = day.toISOString().slice(0, 10);
    if (known.size >= MAX_COUNTS) known.clear();
    known.set(key, due);
  }
  return due;
}

/** The years whose days off a count between two local dates ("YYYY-MM-DD") crossed (to say whether their dates are confirmed). */
export function yearsBetween(fromDate: string, toDate: string): number[] {
  const first = Number(fromDate.slice(0, 4));
  const last = Number(toDate.slice(0, 4));
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
