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
  let day = DateTime.fromJSDate(from, { zone }).startOf("day");
  let counted = 0;
  while (counted < workingDays) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, calendar)) counted++;
  }
  return { dueDate: day.toISODate() ?? "", dueEnd: day.endOf("day").toJSDate() };
}
