/**
 * The line grammar of WhatsApp "Export chat" text files. Each message starts with a timestamp
 * line; lines without one continue the message before. The timestamp's shape depends on the
 * phone (Android or iOS) and on its language and region:
 *
 *   Android, en-GB     15/03/2024, 21:30 - Kredit Pintar: text
 *   Android, en-US     3/15/24, 9:30 PM - Name: text      (U+202F narrow space before PM on new phones)
 *   Android, id        15/03/24 21.30 - Nama: teks
 *   iOS, id            [15/03/24 21.30.05] Nama: teks
 *   iOS, en-US         [3/15/24, 9:30:05 PM] Name: text
 *
 * Pure functions only: the reader (whatsapp.ts) streams lines through them.
 */

export type DateOrder = "dmy" | "mdy" | "ymd";

export type Header = {
  style: "android" | "ios";
  /** The three numbers of the date, in file order (which is day or month is decided per file). */
  date: [string, string, string];
  hour: number;
  minute: number;
  second: number;
  meridiem: "am" | "pm" | null;
  /** What follows the timestamp: "Author: text" or a system notice. */
  rest: string;
};

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** Direction marks and the BOM WhatsApp sprinkles around names, numbers and media markers. */
const MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LEADING_MARKS = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/;

const DATE = String.raw`(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})\.?`;
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?`;
// "PM", "pm", "p.m.", "p. m." — after a space, a no-break space or U+202F (all in \s).
const MERIDIEM = String.raw`(?:\s?([AaPp])\.?\s?[Mm]\.?)?`;
// The Arabic comma "،" separates date and time on phones set to Arabic.
const STAMP = String.raw`${DATE}[,،]?\s+${TIME}${MERIDIEM}`;
const ANDROID_STAMP = new RegExp(String.raw`^${STAMP}$`);
const IOS_STAMP = new RegExp(String.raw`^\[${STAMP}\]$`);
/** iOS before 2017: "7/1/16, 4:56:55 PM: Name: text", no brackets. */
const OLD_IOS = new RegExp(String.raw`^${STAMP}:\s(.*)$`);
const ANDROID_SEPARATOR = /\s[-–]\s/;
/** A timestamp is never longer than this (with its direction marks). */
const MAX_STAMP_LENGTH = 64;

/** Looks like a timestamped line, with a date this grammar does not know ("March 15, 2024"…). */
const ANDROID_SHAPE = /^([^[\s].{3,40}?)\s[-–]\s[^:]{1,100}:(\s|$)/;
const IOS_SHAPE = /^\[([^\]]{4,40})\]\s?[^:]{1,100}:(\s|$)/;
const TIME_LIKE = /\d{1,2}[:.]\d{2}/;

export function stripLeadingMarks(line: string): string {
  return line.replace(LEADING_MARKS, "");
}

/**
 * The timestamp of a line that starts a message, or null for a continuation line. Direction marks
 * inside the timestamp are ignored (iOS puts a BOM after "[", Arabic phones RLMs between numbers);
 * the rest keeps its marks, which tell iOS notices apart.
 */
export function parseHeader(rawLine: string): Header | null {
  const line = stripLeadingMarks(rawLine);
  let style: Header["style"];
  let match: RegExpExecArray | null = null;
  let rest = "";
  if (line.startsWith("[")) {
    style = "ios";
    const end = line.indexOf("]");
    if (end < 0 || end > MAX_STAMP_LENGTH) return null;
    match = IOS_STAMP.exec(line.slice(0, end + 1).replace(MARKS, ""));
    rest = line.slice(end + 1).replace(/^ /, "");
  } else {
    style = "android";
    const separator = ANDROID_SEPARATOR.exec(line.slice(0, MAX_STAMP_LENGTH));
    if (separator) {
      match = ANDROID_STAMP.exec(line.slice(0, separator.index).replace(MARKS, ""));
      rest = line.slice(separator.index + separator[0].length);
    }
    if (!match) {
      style = "ios";
      match = OLD_IOS.exec(line);
      rest = match?.[8] ?? "";
    }
  }
  if (!match) return null;
  const [, a = "", b = "", c = "", hour, minute, second, meridiem] = match;
  return {
    style,
    date: [a, b, c],
    hour: Number(hour),
    minute: Number(minute),
    second: second ? Number(second) : 0,
    meridiem: meridiem ? (meridiem.toLowerCase() === "a" ? "am" : "pm") : null,
    rest,
  };
}

/** A timestamped line whose timestamp parseHeader cannot read. */
export function looksLikeUnknownHeader(rawLine: string): boolean {
  const line = stripLeadingMarks(rawLine);
  if (parseHeader(line)) return false;
  const match = IOS_SHAPE.exec(line) ?? ANDROID_SHAPE.exec(line);
  return match !== null && TIME_LIKE.test(match[1] ?? "");
}

/**
 * Decides day-first or month-first for a whole file: a first number over 12 can only be a day, a
 * second number over 12 only a day in month-first order; a four-digit first number is a year.
 * When every date is ambiguous (all within the 1st–12th), 12-hour times suggest a US phone,
 * otherwise day-first, as in Indonesia and most of the world.
 */
export class DateOrderDetector {
  private order: DateOrder | null = null;
  private twelveHour = false;
  private conflict = false;

  /** True once the order is certain, so a scan can stop. */
  get decided(): boolean {
    return this.order !== null || this.conflict;
  }

  observe(header: Header): void {
    if (this.decided) return;
    if (header.meridiem) this.twelveHour = true;
    const a = Number(header.date[0]);
    const b = Number(header.date[1]);
    if (header.date[0].length === 4) this.order = "ymd";
    else if (a > 12 && b > 12) this.conflict = true;
    else if (a > 12) this.order = "dmy";
    else if (b > 12) this.order = "mdy";
  }

  /** The order, or null when the numbers fit no order (the date format is unknown). */
  result(): DateOrder | null {
    if (this.conflict) return null;
    return this.order ?? (this.twelveHour ? "mdy" : "dmy");
  }
}

/** The wall-clock time a header stands for, or null when it is not a real date and time. */
export function headerWallClock(header: Header, order: DateOrder): WallClock | null {
  const [a, b, c] = [Number(header.date[0]), Number(header.date[1]), Number(header.date[2])];
  const [year, month, day] = order === "ymd" ? [a, b, c] : order === "dmy" ? [c, b, a] : [c, a, b];
  const fullYear = header.date[order === "ymd" ? 0 : 2].length <= 2 ? 2000 + year : year;
  let hour = header.hour;
  if (header.meridiem) {
    // Some phones write "0:24 PM" or "00:04 AM" for the hour after noon or midnight.
    if (hour > 12) return null;
    hour = (hour % 12) + (header.meridiem === "pm" ? 12 : 0);
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || header.minute > 59 || header.second > 59) return null;
  if (fullYear < 2000 || fullYear > 2999) return null;
  const daysInMonth = new Date(Date.UTC(fullYear, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return { year: fullYear, month, day, hour, minute: header.minute, second: header.second };
}

/**
 * Splits "Author: text". A line without an author is a system notice ("Messages and calls are
 * end-to-end encrypted…", "X created group"). A subject change quotes the subject, which may hold
 * ": ", so an "author" with quotes in it is a notice too.
 */
export function splitAuthor(rest: string): { author: string; text: string } | null {
  let at = rest.indexOf(": ");
  if (at < 0 && rest.endsWith(":")) at = rest.length - 1;
  if (at <= 0) return null;
  const author = normalizeAuthor(rest.slice(0, at));
  if (!author || author.length > 100 || /["“”]/.test(author)) return null;
  return { author, text: rest.slice(at + 2) };
}

/**
 * The author as the file names it, without invisible marks: iOS wraps numbers in direction marks
 * and writes U+2011 non-breaking hyphens and no-break spaces ("‪+62 812‑3456‑7890‬").
 */
export function normalizeAuthor(author: string): string {
  return author
    .replace(MARKS, "")
    .replace(/\u2011/g, "-")
    .replace(/[\u00A0\u202F]/g, " ")
    .trim();
}

/** Notices written in an author's name, in English and Indonesian. */
const NOTICES = new Set(
  [
    "This message was deleted",
    "You deleted this message",
    "Pesan ini telah dihapus",
    "Pesan ini dihapus",
    "Anda menghapus pesan ini",
    "Waiting for this message",
    "Waiting for this message. This may take a while",
    "Menunggu pesan ini",
    "Menunggu pesan ini. Proses ini mungkin memerlukan waktu",
    "null",
  ].map((notice) => notice.toLowerCase()),
);
/**
 * WhatsApp calls, which Android writes in the caller's name. Skipped like other notices: the
 * export has no duration or answer, and a call is not a message to report.
 */
const CALL_NOTICE = /^(Missed (group )?(voice|video) call|Panggilan (grup )?(suara|video) tak terjawab)\b/i;
/** Android "<Media omitted>", "<Media tidak disertakan>"; old iOS "<‎image omitted>". */
const MEDIA_OMITTED = /^<[\p{L} ]{1,30} (omitted|tidak disertakan)>$/iu;
/** iOS "‎image omitted", "‎gambar tidak disertakan"; a document: "Surat.pdf • ‎2 pages ‎document omitted". */
const IOS_MEDIA_OMITTED = /(^|\u200E)[\p{L} ]{1,30} (omitted|tidak disertakan)$/iu;
/**
 * iOS: "‎<attached: 00000012-PHOTO-2024-03-15-21-30-00.jpg>", Indonesian "<terlampir: …>"; a
 * document has its title before the marker ("Surat.pdf • ‎2 pages ‎<attached: 00000047-Surat.pdf>").
 */
const IOS_ATTACHMENT = /<([\p{L} ]{1,30}):\s*([^<>]+?)>\s*/u;
const IOS_ATTACHMENT_LABELS = new Set(["attached", "terlampir", "lampiran"]);
const IOS_MEDIA_NAME = /^\d{8}-[A-Za-z]+-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.\w+$/;
/** Android: "IMG-20240315-WA0001.jpg (file attached)", Indonesian "(file terlampir)". */
const ANDROID_ATTACHMENT = /^(.+?\.[A-Za-z0-9]{1,10}) \(([^()]{1,40})\)$/;
const ANDROID_ATTACHMENT_LABELS = new Set(["file attached", "file terlampir"]);
const ANDROID_MEDIA_NAME = /^[A-Z]{3}-\d{8}-WA\d{4,}\.\w+$/;
/** Appended to edited messages. */
const EDITED = /\s*<(This message was edited|Pesan ini (telah )?diedit)>$/i;

export type Body = { text: string; attachments: string[] };

/**
 * The first line of a message: its text and attached file names, or null when the message is a
 * notice to skip. A message whose media was left out of the export keeps an empty text, so a
 * caption on the lines after it still counts (the reader drops it if nothing follows).
 *
 * iOS marks its own notices with a leading U+200E ("‎Missed voice call", "‎This business uses a
 * secure service from Meta…") written in the chat's name, so there such a line is skipped unless
 * it is a media marker; Android writes its notices without an author.
 */
export function parseBody(rawText: string, style: Header["style"]): Body | null {
  const marked = rawText.startsWith("\u200E");
  const text = stripLeadingMarks(rawText);
  // Markers are matched without the invisible marks WhatsApp puts in and around them.
  const clean = text.replace(MARKS, "").trim();
  if (NOTICES.has(clean.replace(/\.$/, "").toLowerCase()) || CALL_NOTICE.test(clean)) return null;
  if (MEDIA_OMITTED.test(clean) || (style === "ios" && IOS_MEDIA_OMITTED.test(marked ? `\u200E${text.trim()}` : text.trim()))) {
    return { text: "", attachments: [] };
  }
  const ios = IOS_ATTACHMENT.exec(clean);
  if (ios) {
    const [marker, label = "", fileName = ""] = ios;
    if (IOS_ATTACHMENT_LABELS.has(label.toLowerCase()) || IOS_MEDIA_NAME.test(fileName.trim())) {
      // What precedes the marker is a document's title and page count, not a caption.
      return { text: clean.slice(ios.index + marker.length), attachments: [fileName.trim()] };
    }
  }
  const android = ANDROID_ATTACHMENT.exec(clean);
  if (android) {
    const [, fileName = "", label = ""] = android;
    if (ANDROID_ATTACHMENT_LABELS.has(label.toLowerCase()) || ANDROID_MEDIA_NAME.test(fileName)) {
      return { text: "", attachments: [fileName] };
    }
  }
  if (style === "ios" && marked) return null;
  return { text, attachments: [] };
}

/** The final text of a message: without the "edited" tag and surrounding blank space. */
export function finishText(text: string): string {
  return text.replace(EDITED, "").trim();
}
