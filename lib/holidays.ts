import Holidays from "date-holidays";
import type { Confidence, HolidaySource, HolidayYear, LegalSource } from "./countries/types";

/** The days off that apply to one recipient: their country's, and their region's where it has its own. */
export type Calendar = { source: HolidaySource; region: string | null };

/** The days off of one year, as local dates "YYYY-MM-DD". */
export type YearDaysOff = {
  year: number;
  national: ReadonlySet<string>;
  collectiveLeave: ReadonlySet<string>;
  /** The official list they come from; null when they come from date-holidays. */
  official: { source: LegalSource; confidence: Confidence } | null;
  /** False for a year the country publishes official lists for but the pack does not hold yet. */
  confirmed: boolean;
};

// Per source object, so two packs (or a test's own) that share a date-holidays code never share years.
const cache = new WeakMap<HolidaySource, Map<string, YearDaysOff>>();

/** The calendar of a country pack for a user, with their region only where the pack knows regions. */
export function calendarFor(source: HolidaySource, region: string | null | undefined): Calendar {
  return { source, region: region && source.regions?.includes(region) ? region : null };
}

function fromDateHolidays(country: string, region: string | null, year: number): Set<string> {
  const holidays = region ? new Holidays(country, region) : new Holidays(country);
  return new Set((holidays.getHolidays(year) || []).filter((holiday) => holiday.type === "public").map((holiday) => holiday.date.slice(0, 10)));
}

function fromOfficial(entry: HolidayYear): YearDaysOff {
  return {
    year: entry.year,
    national: new Set(entry.national.map(([date]) => date)),
    collectiveLeave: new Set(entry.collectiveLeave.map(([date]) => date)),
    official: { source: entry.source, confidence: entry.confidence },
    confirmed: true,
  };
}

/** A year's days off: the pack's official list for that year, or date-holidays (unconfirmed where official lists exist). */
export function daysOff(calendar: Calendar, year: number): YearDaysOff {
  const key = `${calendar.region ?? ""}:${year}`;
  let years = cache.get(calendar.source);
  if (!years) cache.set(calendar.source, (years = new Map()));
  let days = years.get(key);
  if (!days) {
    const official = calendar.source.official?.find((entry) => entry.year === year);
    days = official
      ? fromOfficial(official)
      : {
          year,
          national: fromDateHolidays(calendar.source.dateHolidays, calendar.region, year),
          collectiveLeave: new Set(),
          official: null,
          confirmed: !calendar.source.official,
        };
    years.set(key, days);
  }
  return days;
}

/** What a local date is: a national holiday, a collective-leave day, or neither (null). */
export function dayOffOn(calendar: Calendar, date: string): { kind: "national" | "collectiveLeave"; year: YearDaysOff } | null {
  const year = daysOff(calendar, Number(date.slice(0, 4)));
  if (year.national.has(date)) return { kind: "national", year };
  if (year.collectiveLeave.has(date)) return { kind: "collectiveLeave", year };
  return null;
}
