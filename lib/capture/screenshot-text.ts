import { DateTime } from "luxon";
import { LOCAL_DATE_TIME } from "../local-time";

/**
 * Reads a chat screenshot's layout from what OCR found (lines of text with their boxes): the
 * sender (the conversation's title at the top), the time (a date separator and/or the bubble's
 * clock) and the text of the incoming message. Pure: no DOM, no OCR; the browser side
 * (lib/capture/ocr-client.ts) turns tesseract.js's result into `OcrPage`.
 *
 * Positions are judged relative to the image's width, not its height: a phone's status bar and
 * title bar have about the same height for a given width whatever the screen's length, and a long
 * scrolled screenshot keeps them at the top. Made for Android Messages, Google Messages, iOS
 * Messages and WhatsApp in Indonesian and English (e2e/ocr/mockups.ts renders them).
 */

export type Box = { x0: number; y0: number; x1: number; y1: number };
export type OcrWord = { text: string; bbox: Box };
export type OcrLine = { text: string; bbox: Box; confidence: number; words?: OcrWord[] };
export type OcrPage = { width: number; height: number; lines: OcrLine[] };

/** A date and/or a clock time as read from the screen (`yyyy-MM-dd`, `HH:mm`), with the words they came from. */
export type FoundTime = { date: string | null; clock: string | null; label: string };

export type ScreenshotReading = {
  /** Everything read, top to bottom, for the user to see and copy from. */
  text: string;
  sender: string | null;
  time: FoundTime | null;
  message: string | null;
};

// ---- dates and times -------------------------------------------------------------------------

const MONTHS: Record<string, number> = {};
[
  ["januari", "january", "jan"],
  ["februari", "february", "feb", "pebruari"],
  ["maret", "march", "mar"],
  ["april", "apr"],
  ["mei", "may"],
  ["juni", "june", "jun"],
  ["juli", "july", "jul"],
  ["agustus", "august", "aug", "agu", "agt", "ags"],
  ["september", "sept", "sep"],
  ["oktober", "october", "oct", "okt"],
  ["november", "nov", "nop"],
  ["desember", "december", "dec", "des"],
].forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

/** Luxon weekday numbers (Monday 1 … Sunday 7). */
const WEEKDAYS: Record<string, number> = {};
[
  ["senin", "monday", "mon", "sen"],
  ["selasa", "tuesday", "tue", "tues", "sel"],
  ["rabu", "wednesday", "wed", "rab"],
  ["kamis", "thursday", "thu", "thur", "thurs", "kam"],
  ["jumat", "jum'at", "friday", "fri", "jum"],
  ["sabtu", "saturday", "sat", "sab"],
  ["minggu", "ahad", "sunday", "sun", "min"],
].forEach((names, index) => names.forEach((name) => (WEEKDAYS[name] = index + 1)));

const MONTH_WORD = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|")})\\.?`;
const WEEKDAY_WORD = `(${Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const TODAY = /\b(hari ini|today)\b/i;
const YESTERDAY = /\b(kemarin|yesterday)\b/i;
// 21.30, 21:30, 9:41 AM, 9.41 pm (OCR sometimes reads the colon as a dot or the other way round).
const CLOCK = /(?<![\d.:])([01]?\d|2[0-3])[.:]([0-5]\d)(?:\s*([ap])\.?\s?m\.?)?(?![\d.:])/i;
// "15 Maret 2024", "15 Mar", "Mar 15, 2024", "March 15", "15/03/2024"
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_WORD}(?:\\s+(\\d{4}))?(?![a-z])`, "i");
const MONTH_DAY = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, "i");
const NUMERIC_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})\b/;
const WEEKDAY = new RegExp(`^\\W*${WEEKDAY_WORD}\\b`, "i");

function clockOf(text: string): string | null {
  const match = CLOCK.exec(text);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (half === "p" ? 12 : 0);
  }
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** The most recent date (today included) with this month and day, or the explicit year's. */
function dayOf(day: number, month: number, year: number | null, today: DateTime): DateTime | null {
  if (year !== null) {
    const date = DateTime.fromObject({ year, month, day }, { zone: today.zone });
    return date.isValid ? date : null;
  }
  const date = DateTime.fromObject({ year: today.year, month, day }, { zone: today.zone });
  if (!date.isValid) return null;
  return date > today.endOf("day") ? date.minus({ years: 1 }) : date;
}

/**
 * The date words in a line, resolved against today in the user's zone: "Hari ini", "Kemarin",
 * a weekday (the latest one, today included), "15 Maret 2024", "Sen, 15 Mar", "Mar 15", "15/03/2024".
 */
function dateOf(text: string, today: DateTime): DateTime | null {
  const lower = text.toLowerCase();
  if (TODAY.test(lower)) return today.startOf("day");
  if (YESTERDAY.test(lower)) return today.startOf("day").minus({ days: 1 });
  let match = DAY_MONTH.exec(lower);
  if (match) return dayOf(Number(match[1]), MONTHS[match[2]!]!, match[3] ? Number(match[3]) : null, today);
  match = MONTH_DAY.exec(lower);
  if (match) return dayOf(Number(match[2]), MONTHS[match[1]!]!, match[3] ? Number(match[3]) : null, today);
  match = NUMERIC_DATE.exec(lower);
  if (match) {
    const year = Number(match[3]) < 100 ? 2000 + Number(match[3]) : Number(match[3]);
    return dayOf(Number(match[1]), Number(match[2]), year, today);
  }
  match = WEEKDAY.exec(lower);
  if (match) {
    const back = (today.weekday - WEEKDAYS[match[1]!]! + 7) % 7;
    return today.startOf("day").minus({ days: back });
  }
  return null;
}

/** A line that only says when (a date separator, a bubble's clock, "21.30 • SMS"): not message text. */
function isTimeLine(text: string, today: DateTime): boolean {
  const rest = text
    .toLowerCase()
    .replace(CLOCK, " ")
    .replace(TODAY, " ")
    .replace(YESTERDAY, " ")
    .replace(DAY_MONTH, " ")
    .replace(MONTH_DAY, " ")
    .replace(NUMERIC_DATE, " ")
    .replace(new RegExp(`\\b${WEEKDAY_WORD}\\b`, "gi"), " ")
    .replace(/\b(sms|mms|rcs|text message|pesan teks|via|pukul|at|delivered|terkirim|dibaca|read)\b/g, " ")
    .replace(/[^\p{L}\p{N}]/gu, "");
  return rest.length === 0 && (clockOf(text) !== null || dateOf(text, today) !== null);
}

/**
 * The wall-clock value for the form's `<input type="datetime-local">` in the user's zone, never
 * in the future: a clock without a date is today's, or yesterday's if today's has not come yet;
 * a date without a clock keeps the clock of `current` (the form's value). Null if nothing to use.
 */
export function toLocalDateTime(found: FoundTime, zone: string, current: string, now: Date = new Date()): string | null {
  const today = DateTime.fromJSDate(now, { zone });
  if (!today.isValid) return null;
  const currentClock = LOCAL_DATE_TIME.test(current) ? current.slice(11) : today.toFormat("HH:mm");
  const clock = found.clock ?? (found.date ? currentClock : null);
  if (!clock) return null;
  const [hour, minute] = clock.split(":").map(Number) as [number, number];
  let day = found.date ? DateTime.fromISO(found.date, { zone }) : today.startOf("day");
  if (!day.isValid) return null;
  let value = day.set({ hour, minute });
  if (value > today) {
    if (found.date) value = today;
    else {
      day = day.minus({ days: 1 });
      value = day.set({ hour, minute });
    }
  }
  return value.toFormat("yyyy-MM-dd'T'HH:mm");
}

// ---- layout ----------------------------------------------------------------------------------

/** Words that are the app's, not the sender's: labels, placeholders, buttons, subtitles. */
const CHROME_WORDS =
  /^(text message|pesan teks|sms|mms|rcs|sms\/mms|imessage|message|pesan|ketik pesan|kirim pesan|tulis pesan|type a message|chat|rcs message|chat message|online|typing…?|sedang mengetik…?|mengetik…?|business account|akun bisnis|akun resmi|official business account|tap here for contact info|ketuk di sini untuk info kontak|this business uses a secure service.*|encrypted|terenkripsi.*|messages and calls are end-to-end encrypted.*|pesan dan panggilan terenkripsi.*|ok|oke|ya|yes|no|tidak|thanks|thank you|terima kasih|stop|berhenti|reply|balas|delivered|terkirim|dibaca|read)$/i;
const SUBTITLE =
  /^(last seen|terakhir dilihat|online|typing|sedang mengetik|mengetik|tap here|ketuk di sini|business account|akun bisnis|akun resmi|official)/i;
/** Under a saved contact's name, WhatsApp shows the number. */
const NUMBER_SUBTITLE = /^\+?\d[\d\s-]{6,}\d$/;
// What a status bar holds besides the clock: signal, network, battery.
const STATUS_WORDS = /(\d{1,3}\s?%|\b(lte|4g|5g|3g|h\+|volte|vo lte|wifi|telkomsel|indosat|xl|axis|tri|smartfren|by\.u|carrier)\b)/i;

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function letters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

/** A title as the app shows it, without a back arrow, an avatar's initial, a chevron or icons read as letters. */
function cleanTitle(text: string): string {
  let title = clean(text)
    // Icons read as punctuation before the title: "~ (©)", "-".
    .replace(/^(?:[^\p{L}\p{N}+\s]+\s+)+/u, "")
    // Back arrow / chevron read as characters, "< 12" unread counts, "Back".
    .replace(/^(?:[<←‹«]|\bback\b|\bkembali\b)\s*(?:\d{1,3}\s+)?/i, "")
    .replace(/\s*[>›»]\s*$/, "");
  // Icons at the end (call, video, menu) come out as short junk: "& Q :" or "© @".
  title = title.replace(/(?:\s+(?:[^\p{L}\p{N}\s]+|[QOo@©®&:|]+))+$/u, "");
  // An avatar's initial before the name, read as one or two characters: "C CryptoPro", "KB +62 812…".
  const avatar = /^(\S{1,2})\s+(\S.{2,})$/u.exec(title);
  if (avatar) {
    const [, initial, rest] = avatar as unknown as [string, string, string];
    const first = rest.match(/[\p{L}\p{N}]/u)?.[0] ?? "";
    if (/^[+\d]/.test(rest) || initial.toLowerCase() === first.toLowerCase() || !/^[\p{Lu}\p{N}]{2}$/u.test(initial)) title = rest;
  }
  return title.replace(/^[^\p{L}\p{N}+]+|[^\p{L}\p{N})]+$/gu, "").trim();
}

function senderFrom(lines: OcrLine[], width: number): { sender: string | null; bottom: number } {
  // The title sits within the first 0.45 widths (iOS puts the name under the avatar); the status
  // bar above it holds the phone's clock, signal and battery.
  let bottom = 0;
  const candidates = lines.flatMap((line) => {
    if (line.bbox.y0 > width * 0.45) return [];
    const text = clean(line.text);
    const statusBar = line.bbox.y1 < width * 0.14 && (clockOf(text) !== null || STATUS_WORDS.test(text) || letters(text) < 3);
    if (statusBar || letters(text) < 2) return [];
    const title = cleanTitle(text);
    if (letters(title) < 2 || CHROME_WORDS.test(title) || SUBTITLE.test(title)) return [];
    return [{ line, title }];
  });
  for (const [index, { line, title }] of candidates.entries()) {
    // iOS shows a round avatar with initials above the name: two characters read from it are
    // not the title when a longer line follows.
    if (letters(title) <= 2 && candidates[index + 1] && letters(candidates[index + 1]!.title) > 2) continue;
    bottom = line.bbox.y1;
    // The subtitle under the title ("online", "terakhir dilihat…", the number under a saved name).
    for (const next of lines) {
      if (
        next.bbox.y0 >= bottom &&
        next.bbox.y0 - bottom < (line.bbox.y1 - line.bbox.y0) * 1.2 &&
        (SUBTITLE.test(clean(next.text)) || NUMBER_SUBTITLE.test(clean(next.text)))
      )
        bottom = next.bbox.y1;
    }
    return { sender: title, bottom };
  }
  return { sender: null, bottom };
}

type Bubble = { lines: OcrLine[]; box: Box };

/** Consecutive lines close enough to be one bubble's (a gap under about one line's height). */
function bubbles(lines: OcrLine[]): Bubble[] {
  const groups: Bubble[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    const height = line.bbox.y1 - line.bbox.y0;
    const lastLine = last?.lines.at(-1);
    const near = lastLine && line.bbox.y0 - lastLine.bbox.y1 < Math.max(height, lastLine.bbox.y1 - lastLine.bbox.y0) * 0.9;
    const overlaps = last && line.bbox.x0 < last.box.x1 && line.bbox.x1 > last.box.x0;
    if (last && near && overlaps) {
      last.lines.push(line);
      last.box = { x0: Math.min(last.box.x0, line.bbox.x0), y0: last.box.y0, x1: Math.max(last.box.x1, line.bbox.x1), y1: line.bbox.y1 };
    } else groups.push({ lines: [line], box: { ...line.bbox } });
  }
  return groups;
}

/** The bubble's text: wrapped lines joined by spaces, a trailing clock (WhatsApp's) taken off. */
function bubbleText(bubble: Bubble): { text: string; clock: string | null } {
  // Google Messages puts the sender's round avatar beside the bubble's last line: its initial,
  // left of where the other lines start, is not part of the message.
  const starts = bubble.lines.map((line) => line.bbox.x0).toSorted((a, b) => a - b);
  const usual = starts[Math.floor(starts.length / 2)]!;
  const lines = bubble.lines.map((line) => {
    const first = line.words?.[0];
    if (bubble.lines.length > 1 && first && first.text.length <= 2 && first.bbox.x1 < usual && line.words!.length > 1)
      return clean(
        line
          .words!.slice(1)
          .map((word) => word.text)
          .join(" "),
      );
    return clean(line.text);
  });
  let clock: string | null = null;
  const last = lines.length - 1;
  const tail = /\s+(([01]?\d|2[0-3])[.:][0-5]\d(?:\s*[ap]\.?\s?m\.?)?)(?:\s*[^\p{L}\p{N}\s]{1,3})?$/iu.exec(lines[last]!);
  if (tail && lines[last]!.length > tail[0].length) {
    clock = clockOf(tail[1]!);
    lines[last] = lines[last]!.slice(0, tail.index);
  }
  return { text: lines.join(" ").replace(/\s+/g, " ").trim(), clock };
}

/** Reads the sender, time and incoming message from a chat screenshot's OCR lines. */
export function readScreenshot(page: OcrPage, zone: string, now: Date = new Date()): ScreenshotReading {
  const today = DateTime.fromJSDate(now, { zone });
  const lines = page.lines.filter((line) => clean(line.text) !== "").toSorted((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0);
  const width = page.width || Math.max(1, ...lines.map((line) => line.bbox.x1));
  const height = page.height || Math.max(1, ...lines.map((line) => line.bbox.y1));
  const text = lines.map((line) => clean(line.text)).join("\n");

  const { sender, bottom: headerBottom } = senderFrom(lines, width);
  // The input bar at the bottom: its placeholder and buttons are the app's.
  const footerTop = height - width * 0.22;
  const body = lines.filter((line) => line.bbox.y0 >= headerBottom && line.bbox.y0 < footerTop && !(line.bbox.y1 < width * 0.14));

  let date: DateTime | null = null;
  let dateLabel = "";
  let clock: string | null = null;
  let clockLabel = "";
  const content: OcrLine[] = [];
  for (const line of body) {
    const words = clean(line.text);
    if (isTimeLine(words, today)) {
      const day = dateOf(words, today);
      if (day) {
        date = day;
        dateLabel = words;
      }
      const found = clockOf(words);
      if (found) {
        clock = found;
        clockLabel = words;
      }
      continue;
    }
    if (CHROME_WORDS.test(words) || letters(words) < 2) continue;
    content.push(line);
  }

  // Incoming bubbles hang from the left edge; the user's own replies from the right.
  const incoming = bubbles(content).filter((bubble) => bubble.box.x0 < width * 0.22 && !(bubble.box.x1 > width * 0.9 && bubble.box.x0 > width * 0.12));
  const latest = incoming.at(-1);
  let message: string | null = null;
  if (latest) {
    const read = bubbleText(latest);
    message = read.text || null;
    if (read.clock && !clock) {
      clock = read.clock;
      clockLabel = read.clock;
    }
    // A clock under the latest bubble belongs to it, whatever a separator above said.
    const under = body.find(
      (line) => line.bbox.y0 >= latest.box.y1 && line.bbox.y0 - latest.box.y1 < latest.box.y1 - latest.box.y0 + 40 && isTimeLine(clean(line.text), today),
    );
    if (under && clockOf(clean(under.text))) {
      clock = clockOf(clean(under.text));
      clockLabel = clean(under.text);
    }
  }

  const label = [dateLabel, clockLabel].filter((part, index, all) => part && all.indexOf(part) === index).join(" ");
  const time = date || clock ? { date: date ? date.toFormat("yyyy-MM-dd") : null, clock, label } : null;
  return { text, sender, time, message };
}
