import Holidays from "date-holidays";
import { DateTime } from "luxon";

const cache = new Map<string, Set<string>>();

/** The public holidays of a country in a year, as local dates "YYYY-MM-DD" (date-holidays data). */
export function publicHolidays(calendar: string, year: number): Set<string> {
  const key = `${calendar}:${year}`;
  let dates = cache.get(key);
  if (!dates) {
    const holidays = new Holidays(calendar);
    dates = new Set(
      (holidays.getHolidays(year) || []).filter((holiday) => holiday.type === "public").map((holiday) => holiday.date.slice(0, 10)),
    );
    cache.set(key, dates);
  }
  return dates;
}

export function isWorkingDay(date: DateTime, calendar: string): boolean {
  return date.weekday <= 5 && !publicHolidays(calendar, date.year).has(date.toISODate() ?? "");
}

/**
 * The day a deadline of `workingDays` falls on when counting starts the working day after
 * `from` (in `zone`, the recipient's local time), and the instant that day ends. A complaint
 * sent on a Friday evening or the day before a holiday starts counting on the next working day.
 */
export function addWorkingDays(from: Date, workingDays: number, zone: string, calendar: string): { dueDate: string; dueEnd: Date } {
  // Zone arithmetic only at each end; in between, whole calendar days as plain UTC dates.
  const day = new Date(`${localDate(from, zone)}T00:00:00Z`);
  let counted = 0;
  while (counted < workingDays) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    const iso = day.toISOString().slice(0, 10);
    if (weekday !== 0 && weekday !== 6 && !publicHolidays(calendar, day.getUTCFullYear()).has(iso)) counted++;
  }
  const dueDate = day.toISOString().slice(0, 10);
  return { dueDate, dueEnd: endOfLocalDay(dueDate, zone) };
}

// Lists of cases compute many deadlines: the zone conversions are the costly part, so cached
// (a few zones × the days that deadlines fall on: small).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const dayEnds = new Map<string, Date>();

/** The local calendar date ("YYYY-MM-DD") of an instant in a zone. */
function localDate(instant: Date, zone: string): string {
  let format = dateFormats.get(zone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(zone, format);
  }
  return format.format(instant);
}

function endOfLocalDay(date: string, zone: string): Date {
  const key = `${zone}:${date}`;
  let end = dayEnds.get(key);
  if (!end) {
    end = DateTime.fromISO(date, { zone }).endOf("day").toJSDate();
    dayEnds.set(key, end);
  }
  return end;
}
