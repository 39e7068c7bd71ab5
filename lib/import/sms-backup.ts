import { createReadStream } from "node:fs";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { ImportFormatError, type HistoryItem, type HistoryReader } from "./types";

/**
 * Reads a backup of "SMS Backup & Restore" (SyncTech), the common Android backup app: one XML
 * file, `<smses>` (messages, MMS included) or `<calls>` (the call log). Read as a stream: the file
 * goes through in 64 KB chunks, and the base64 of MMS parts (`<part data="…">`, most of a backup's
 * size) is dropped before the XML parser sees it, so memory stays flat whatever the file's size.
 *
 * What is kept (received only):
 * - `<sms type="1">` (inbox). 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued are the person's own.
 * - `<mms msg_box="1">` (inbox) with text parts (`ct="text/plain"`): imported as an SMS with the
 *   parts' text joined; pictures in an MMS are not imported (only their text), and an MMS with
 *   no text is skipped.
 * - `<call>` type 1 incoming, 3 missed, 4 voicemail (counted as missed: the call was not
 *   answered), 5 rejected, 6 blocked (counted as rejected: the phone refused it, the sender still
 *   called), 7 answered on another device (incoming). 2 outgoing is skipped.
 * Dates are epoch milliseconds; anything else is "unknownDateFormat" (nothing is guessed).
 */

const RECEIVED_SMS = "1";
const CALL_KINDS: Record<string, NonNullable<HistoryItem["call"]>["kind"]> = {
  "1": "incoming",
  "3": "missed",
  "4": "missed",
  "5": "rejected",
  "6": "rejected",
  "7": "incoming",
};
const ROOTS = new Set(["smses", "calls"]);
/** 1990 to 2100: an epoch-ms date outside is not a date this app can have been sent. */
const MIN_DATE_MS = Date.UTC(1990, 0, 1);
const MAX_DATE_MS = Date.UTC(2100, 0, 1);
/** The MMS "from" address type (PduHeaders.FROM). */
const MMS_FROM = "137";

export function parseEpochMs(value: string | undefined): Date {
  const trimmed = (value ?? "").trim();
  if (!/^\d{1,15}$/.test(trimmed)) throw new ImportFormatError("unknownDateFormat", `date "${trimmed.slice(0, 40)}"`);
  const ms = Number(trimmed);
  if (ms < MIN_DATE_MS || ms > MAX_DATE_MS) throw new ImportFormatError("unknownDateFormat", `date "${trimmed}"`);
  return new Date(ms);
}

/**
 * The app writes characters outside the BMP (emoji) as two character references, one per UTF-16
 * half (`&#55357;&#56832;`), which strict XML refuses; the parser leaves them as written and
 * they are put together here. A lone half becomes U+FFFD.
 */
export function decodeSurrogateRefs(value: string): string {
  if (!value.includes("&#")) return value;
  return joinSurrogatePairs(value).replace(/&#(x[0-9a-fA-F]+|\d+);/g, (whole, a: string) => {
    const code = refCode(a);
    return code >= 0xd800 && code <= 0xdfff ? "\ufffd" : whole;
  });
}

/**
 * Only the complete pairs. Run over the raw text before parsing too: the parser would otherwise
 * report (and build an error for) every emoji. A pair cut by a chunk's end is left to the parser
 * and joined in the attribute's value afterwards.
 */
export function joinSurrogatePairs(text: string): string {
  return text.replace(/&#(x[0-9a-fA-F]+|\d+);&#(x[0-9a-fA-F]+|\d+);/g, (whole, a: string, b: string) => {
    const hi = refCode(a);
    const lo = refCode(b);
    return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff ? String.fromCharCode(hi, lo) : whole;
  });
}

function refCode(ref: string): number {
  return ref.startsWith("x") ? parseInt(ref.slice(1), 16) : parseInt(ref, 10);
}

const TEXT = 0;
const TAG = 1;
const DOUBLE = 2;
const SINGLE = 3;
const SKIP = 4;

/**
 * Empties every `data="…"` attribute inside tags while the text streams through, keeping the
 * rest as it is (`data=""`). Attribute values in double quotes cannot contain `"`, so the value
 * ends at the next one, however many chunks later; nothing of it is kept in between.
 */
export class DataAttributeStripper {
  private state = TEXT;
  private tail = "";

  push(chunk: string): string {
    let out = "";
    let i = 0;
    let keepFrom = 0;
    const n = chunk.length;
    while (i < n) {
      switch (this.state) {
        case TEXT: {
          const lt = chunk.indexOf("<", i);
          if (lt === -1) i = n;
          else {
            i = lt + 1;
            this.state = TAG;
          }
          break;
        }
        case DOUBLE:
        case SINGLE: {
          const q = chunk.indexOf(this.state === DOUBLE ? '"' : "'", i);
          if (q === -1) i = n;
          else {
            i = q + 1;
            this.state = TAG;
          }
          break;
        }
        case SKIP: {
          const q = chunk.indexOf('"', i);
          if (q === -1) {
            i = n;
            keepFrom = n;
          } else {
            keepFrom = q;
            i = q + 1;
            this.state = TAG;
          }
          break;
        }
        default: {
          const c = chunk.charCodeAt(i);
          if (c === 62 /* > */) this.state = TEXT;
          else if (c === 39 /* ' */) this.state = SINGLE;
          else if (c === 34 /* " */) {
            const before = i >= 6 ? chunk.slice(i - 6, i) : (this.tail + chunk.slice(0, i)).slice(-6);
            if (before.endsWith("data=") && /\s/.test(before[0] ?? "")) {
              out += chunk.slice(keepFrom, i + 1);
              this.state = SKIP;
              keepFrom = i + 1;
            } else this.state = DOUBLE;
          }
          i++;
        }
      }
    }
    out += chunk.slice(keepFrom);
    this.tail = (this.tail + chunk).slice(-6);
    return out;
  }
}

type Pending = { sender: string; date: string; texts: string[]; from: string | null };

export const smsBackupReader: HistoryReader = {
  kind: "sms_backup",
  read: readSmsBackup,
};

export async function* readSmsBackup(filePath: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<HistoryItem> {
  const stream = createReadStream(filePath, { encoding: "utf8", highWaterMark: 64 * 1024 });
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const stripper = new DataAttributeStripper();
  const ready: HistoryItem[] = [];
  // Written by the parser's callbacks, read after each chunk.
  const doc: { failure: ImportFormatError | null; root: string | null; rootClosed: boolean; mms: Pending | null } = {
    failure: null,
    root: null,
    rootClosed: false,
    mms: null,
  };
  let started = false;
  let yielded = 0;

  parser.on("error", (error) => {
    // Emoji written as UTF-16 halves: left as written by the parser, decoded below.
    if (error.message.includes("malformed character entity")) return;
    doc.failure ??= new ImportFormatError(doc.root === null ? "notXml" : "unreadable", error.message);
  });
  parser.on("opentag", (tag: SaxesTagPlain) => {
    if (doc.failure) return;
    const a = tag.attributes;
    if (doc.root === null) {
      if (!ROOTS.has(tag.name)) doc.failure = new ImportFormatError("notBackup", `root <${tag.name}>`);
      doc.root = tag.name;
      return;
    }
    try {
      if (tag.name === "sms") {
        if (a.type === RECEIVED_SMS) {
          ready.push({ sender: a.address ?? "", channel: "sms", occurredAt: parseEpochMs(a.date), text: decodeSurrogateRefs(a.body ?? ""), attachments: [] });
        }
      } else if (tag.name === "call") {
        const kind = CALL_KINDS[a.type ?? ""];
        if (kind) {
          const duration = Number(a.duration);
          ready.push({
            sender: a.number ?? "",
            channel: "call",
            occurredAt: parseEpochMs(a.date),
            text: null,
            call: { kind, durationSeconds: Number.isFinite(duration) && duration > 0 ? Math.floor(duration) : 0 },
            attachments: [],
          });
        }
      } else if (tag.name === "mms") {
        doc.mms = a.msg_box === RECEIVED_SMS ? { sender: a.address ?? "", date: a.date ?? "", texts: [], from: null } : null;
      } else if (doc.mms && tag.name === "part") {
        if ((a.ct ?? "").startsWith("text/plain") && a.text && a.text !== "null") doc.mms.texts.push(decodeSurrogateRefs(a.text));
      } else if (doc.mms && tag.name === "addr") {
        if (a.type === MMS_FROM && a.address) doc.mms.from = a.address;
      }
    } catch (error) {
      if (error instanceof ImportFormatError) doc.failure = error;
      else throw error;
    }
  });
  parser.on("closetag", (tag) => {
    if (doc.failure) return;
    if (tag.name === doc.root) doc.rootClosed = true;
    if (tag.name === "mms" && doc.mms) {
      const done: Pending = doc.mms;
      doc.mms = null;
      const text = done.texts.join("\n").trim();
      if (text !== "") {
        try {
          ready.push({ sender: done.from ?? done.sender, channel: "sms", occurredAt: parseEpochMs(done.date), text, attachments: [] });
        } catch (error) {
          if (error instanceof ImportFormatError) doc.failure = error;
          else throw error;
        }
      }
    }
  });

  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      if (!started) {
        const head = chunk.replace(/^\ufeff/, "").trimStart();
        if (head === "") continue;
        if (!head.startsWith("<")) throw new ImportFormatError("notXml");
        started = true;
      }
      const text = stripper.push(chunk);
      parser.write(text.includes("&#") ? joinSurrogatePairs(text) : text);
      if (doc.failure) throw doc.failure;
      onProgress?.(stream.bytesRead);
      for (const item of ready) {
        yielded++;
        yield item;
      }
      ready.length = 0;
    }
  } finally {
    stream.destroy();
  }
  if (!started) throw new ImportFormatError("notXml", "empty file");
  if (doc.root === null) throw new ImportFormatError("notXml");
  if (!doc.rootClosed) throw new ImportFormatError("truncated");
  parser.close();
  if (doc.failure) throw doc.failure;
  for (const item of ready) {
    yielded++;
    yield item;
  }
  if (yielded === 0) throw new ImportFormatError("noMessages");
}
