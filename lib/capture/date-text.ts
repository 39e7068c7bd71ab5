import { DateTime } from "luxon";

/**
 * Reads the time stamp a phone shows next to a message, in Indonesian or English, when a whole
 * line is nothing but that stamp ("Sen, 15 Mar 21:30", "Kemarin 21.30", "March 3, 2024 at 8:05 AM",
 * "15/03/2024 21:30"). Lines with anything else in them are not stamps: a date inside the message
 * ("jatuh tempo 20 Mar") is a due date, not the time it arrived.
 */
export type StampParts = {
  /** A full date, or only day and month (year unknown). */
  date?: { year?: number; month: number; day: number };
  /** Days before today ("Kemarin" = 1, "Hari ini" = 0). */
  daysAgo?: number;
  /** Luxon weekday, 1 = Monday … 7 = Sunday. */
  weekday?: number;
  time?: { hour: number; minute: number };
  /** Zone named by the stamp itself (WIB, WITA, WIT). */
  zone?: string;
};

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  peb: 2,
  februari: 2,
  pebruari: 2,
  february: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  ags: 8,
  agus: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  nop: 11,
  nopember: 11,
  november: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

const WEEKDAYS: Record<string, number> = {
  sen: 1,
  senin: 1,
  mon: 1,
  monday: 1,
  sel: 2,
  selasa: 2,
  tue: 2,
  tues: 2,
  tuesday: 2,
  rab: 3,
  rabu: 3,
  wed: 3,
  wednesday: 3,
  kam: 4,
  kamis: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  jum: 5,
  jumat: 5,
  "jum'at": 5,
  fri: 5,
  friday: 5,
  sab: 6,
  sabtu: 6,
  sat: 6,
  saturday: 6,
  min: 7,
  minggu: 7,
  ahad: 7,
  sun: 7,
  sunday: 7,
};

const RELATIVE: Record<string, number> = { "hari ini": 0, today: 0, kemarin: 1, kmrn: 1, yesterday: 1 };

/** Indonesia's three zones as phones print them. */
const ZONES: Record<string, string> = { wib: "Asia/Jakarta", wita: "Asia/Makassar", wit: "Asia/Jayapura" };

/** Countries that write the month first in numeric dates (03/15/2024). */
const MONTH_FIRST = new Set(["US"]);

const alternation = (words: string[]) =>
  words
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("|");
const MONTH_WORD = alternation(Object.keys(MONTHS));
const WEEKDAY_WORD = alternation(Object.keys(WEEKDAYS));
const RELATIVE_WORD = alternation(Object.keys(RELATIVE));

const ISO_DATE = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/;
// Dots only with a four-digit year: "21.30.05" is a time with seconds, not a date.
const NUMERIC_DATE = /(?<!\d)(\d{1,2})(?:([/-])(\d{1,2})\2(\d{4}|\d{2})|\.(\d{1,2})\.(\d{4}))(?![\d.:])/;
const DAY_MONTH = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?[\\s.-]*(${MONTH_WORD})\\.?(?:[\\s,.-]+(\\d{4}))?(?![\\p{L}\\d])`, "u");
const MONTH_DAY = new RegExp(`(?<![\\p{L}\\d])(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, "u");
const WEEKDAY = new RegExp(`(?<![\\p{L}])(${WEEKDAY_WORD})\\.?(?![\\p{L}])`, "u");
const RELATIVE_DAY = new RegExp(`(?<![\\p{L}])(${RELATIVE_WORD})(?![\\p{L}])`, "u");
const TIME = /(?<![\d.:])(\d{1,2})(?:[:.](\d{2})(?:[:.]\d{2})?)?(?![\d])\s*(a\.?m\.?|p\.?m\.?|pagi|siang|sore|malam)?(?![\p{L}])/u;
const ZONE = /(?<![\p{L}])(wib|wita|wit)(?![\p{L}])/u;
// What may sit between the parts of a stamp.
const FILLER = /^(?:[\s,.\-–—·|@]|pukul|pkl|jam|at|on|tanggal|tgl)*$/u;

function take(rest: string, pattern: RegExp): [RegExpExecArray | null, string] {
  const match = pattern.exec(rest);
  if (!match) return [null, rest];
  return [match, `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`];
}

function numericDate(a: number, b: number, year: number, country: string) {
  let day = a;
  let month = b;
  // Only a real ambiguity (both could be the month) is settled by the country.
  if (a <= 12 && b > 12) [day, month] = [b, a];
  else if (a <= 12 && b <= 12 && MONTH_FIRST.has(country)) [day, month] = [b, a];
  return { year, month, day };
}

function hour24(hour: number, marker: string | undefined): number | null {
  if (!marker) return hour;
  const m = marker.replace(/\./g, "");
  if (m === "am" || m === "pagi") return hour > 12 ? null : hour === 12 ? 0 : hour;
  if (hour > 12) return null;
  if (m === "pm" || m === "sore") return hour === 12 ? 12 : hour + 12;
  if (m === "siang") return hour >= 11 ? hour : hour + 12;
  // malam: 6 to 11 in the evening; 12 malam is midnight; 1-5 malam is the small hours.
  return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
}

/** The parts of a line that is only a time stamp, or null. */
export function parseStamp(line: string, country: string): StampParts | null {
  let rest = ` ${line.toLowerCase().replace(/(\d)t(\d)/, "$1 $2")} `;
  if (rest.length > 80) return null;
  const parts: StampParts = {};
  let match: RegExpExecArray | null;

  [match, rest] = take(rest, ISO_DATE);
  if (match) parts.date = { year: Number(match[1]), month: Number(match[3]), day: Number(match[4]) };
  if (!parts.date) {
    [match, rest] = take(rest, NUMERIC_DATE);
    if (match) {
      const [a, b, y] = match[2] ? [match[1], match[3], match[4]] : [match[1], match[5], match[6]];
      const year = Number(y) < 100 ? 2000 + Number(y) : Number(y);
      parts.date = numericDate(Number(a), Number(b), year, country);
    }
  }
  if (!parts.date) {
    [match, rest] = take(rest, DAY_MONTH);
    if (match) parts.date = { day: Number(match[1]), month: MONTHS[match[2]!]!, ...(match[3] ? { year: Number(match[3]) } : {}) };
  }
  if (!parts.date) {
    [match, rest] = take(rest, MONTH_DAY);
    if (match) parts.date = { day: Number(match[2]), month: MONTHS[match[1]!]!, ...(match[3] ? { year: Number(match[3]) } : {}) };
  }
  [match, rest] = take(rest, RELATIVE_DAY);
  if (match) parts.daysAgo = RELATIVE[match[1]!];
  [match, rest] = take(rest, WEEKDAY);
  if (match) parts.weekday = WEEKDAYS[match[1]!];
  [match, rest] = take(rest, ZONE);
  if (match) parts.zone = ZONES[match[1]!];
  [match, rest] = take(rest, TIME);
  if (match) {
    // A bare number is an hour only with am/pm ("8 PM"); otherwise it is not a time.
    if (match[2] === undefined && !match[3]) return null;
    const hour = hour24(Number(match[1]), match[3]);
    const minute = Number(match[2] ?? 0);
    if (hour === null || hour > 23 || minute > 59) return null;
    parts.time = { hour, minute };
  }
  if (!FILLER.test(rest)) return null;
  if (!parts.date && parts.daysAgo === undefined && parts.weekday === undefined && !parts.time) return null;
  return parts;
}

/** Up to this many years back for a date given without its year. */
const YEARS_BACK = 8;
const EARLIEST_YEAR = 2000;

/**
 * The datetime-local value (yyyy-MM-ddTHH:mm in `timeZone`) the parts stand for: the latest such
 * moment not after `now`, or null when there is no time, the date does not exist (31 Feb), or the
 * only reading is in the future.
 */
export function resolveStamp(parts: StampParts, timeZone: string, now: Date): string | null {
  if (!parts.time) return null;
  const zone = parts.zone ?? timeZone;
  const today = DateTime.fromJSDate(now, { zone }).startOf("day");
  const at = (year: number, month: number, day: number) => {
    const dt = DateTime.fromObject({ year, month, day, hour: parts.time!.hour, minute: parts.time!.minute }, { zone });
    // Invalid (31 Feb) or moved by a daylight-saving jump: not the time the stamp says.
    if (!dt.isValid || dt.day !== day || dt.hour !== parts.time!.hour || dt.minute !== parts.time!.minute) return null;
    return dt;
  };
  const fits = (dt: DateTime | null): dt is DateTime => dt !== null && dt.toMillis() <= now.getTime() && dt.year >= EARLIEST_YEAR;

  let found: DateTime | null = null;
  if (parts.date?.year !== undefined) {
    const dt = at(parts.date.year, parts.date.month, parts.date.day);
    found = fits(dt) ? dt : null;
  } else if (parts.date) {
    const { month, day } = parts.date;
    const candidates = Array.from({ length: YEARS_BACK + 1 }, (_, i) => at(today.year - i, month, day)).filter((dt) => fits(dt)) as DateTime[];
    // A weekday given with the date picks the year it fits ("Sen, 15 Mar"), if one does.
    found = candidates.find((dt) => parts.weekday === undefined || dt.weekday === parts.weekday) ?? candidates[0] ?? null;
  } else if (parts.daysAgo !== undefined) {
    const day = today.minus({ days: parts.daysAgo });
    const dt = at(day.year, day.month, day.day);
    found = fits(dt) ? dt : null;
  } else {
    // Only a weekday, or only a time: the latest such moment.
    for (let back = 0; back < 15 && !found; back++) {
      const day = today.minus({ days: back });
      if (parts.weekday !== undefined && day.weekday !== parts.weekday) continue;
      const dt = at(day.year, day.month, day.day);
      if (fits(dt)) found = dt;
    }
  }
  return found ? found.setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm") : null;
}
