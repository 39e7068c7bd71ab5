import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { DateTime, IANAZone } from "luxon";
import { EVIDENCE_MAX_BYTES } from "../evidence/limits";
import { ImportFormatError, type HistoryItem, type HistoryReader } from "./types";
import { DateOrderDetector, finishText, headerWallClock, looksLikeUnknownHeader, parseBody, parseHeader, splitAuthor, type DateOrder } from "./whatsapp-lines";
import { isZipFile, listZipEntries, streamZipEntry, type ZipEntry } from "./zip";

/**
 * Reads a WhatsApp "Export chat" file: the .txt alone, or the .zip made by "Attach media" (the
 * same text plus the media files). The text is streamed line by line, twice: a quick first pass
 * decides the date order (day or month first) and usually stops after a few lines; the second
 * yields the messages. Memory stays bounded by one message, whatever the size of the chat.
 *
 * WHO SENT WHAT: an export holds both sides of the chat, each message under its author's name as
 * the exporting phone shows it (a contact name, a business name, or a number like
 * "+62 812-3456-7890"). The reader cannot tell which author is the person importing, so it yields
 * every author's messages with `sender` = that author; the import lets the person pick the sender
 * (the company) to import, and their own name is simply never picked.
 *
 * TIMES: the file holds wall-clock times of the exporting phone without a zone. createWhatsAppReader
 * takes the IANA zone to read them in (the importing user's zone); whatsAppReader uses Asia/Jakarta.
 *
 * MEDIA: a message with attached media carries the file names in `attachments` (read them with
 * readAttachment); its text is the caption, or "" when there is none. Messages whose media was
 * left out of the export ("<Media omitted>") and have no caption are skipped, as are notices
 * (encryption notice, deleted messages, group changes).
 */
export function createWhatsAppReader(timeZone: string): HistoryReader {
  if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return {
    kind: "whatsapp",
    read: (filePath, onProgress) => readChat(filePath, timeZone, onProgress),
    readAttachment,
  };
}

export const whatsAppReader: HistoryReader = createWhatsAppReader("Asia/Jakarta");

/** WhatsApp caps a message at 65,536 characters; anything longer is not a chat line. */
const MAX_LINE_LENGTH = 70_000;
const MAX_MESSAGE_LENGTH = 70_000;

type ChatText = {
  fileSize: number;
  /** The chat text's bytes; onProgress gets a position in the uploaded file (see below). */
  chunks(onProgress?: (bytesRead: number) => void): AsyncIterable<Uint8Array>;
};

/**
 * The chat text inside a zip: "_chat.txt" on iOS, "WhatsApp Chat with X.txt" (or the phone's
 * language: "Chat WhatsApp dengan X.txt") on Android; otherwise the only .txt file.
 */
function pickChatEntry(entries: ZipEntry[]): ZipEntry | null {
  // A zip made again on a Mac adds "__MACOSX/._<name>" resource files with the same names.
  const texts = entries.filter(
    (entry) => /\.txt$/i.test(entry.name) && !entry.name.startsWith("__MACOSX/") && !path.posix.basename(entry.name).startsWith("._"),
  );
  const named = texts.find((entry) => /^(_chat\.txt$|.*whatsapp)/i.test(path.posix.basename(entry.name)));
  return named ?? (texts.length === 1 ? (texts[0] ?? null) : null);
}

async function openChatText(filePath: string): Promise<ChatText> {
  const { size: fileSize } = await stat(filePath);
  if (await isZipFile(filePath)) {
    const entry = pickChatEntry(await listZipEntries(filePath));
    if (!entry) throw new ImportFormatError("notWhatsApp");
    return {
      fileSize,
      // Only the chat entry is read, so progress is that entry's share read, scaled to the file
      // size: bytesRead / fileSize stays the fraction done.
      chunks: (onProgress) =>
        streamZipEntry(filePath, entry, (read) => onProgress?.(Math.min(fileSize, Math.round((read / Math.max(1, entry.compressedSize)) * fileSize)))),
    };
  }
  return {
    fileSize,
    chunks: async function* (onProgress) {
      let read = 0;
      for await (const chunk of createReadStream(filePath) as AsyncIterable<Buffer>) {
        read += chunk.length;
        onProgress?.(read);
        yield chunk;
      }
    },
  };
}

/** Lines of UTF-8 text (the BOM dropped, CRLF or LF), each cut at MAX_LINE_LENGTH. */
async function* linesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let partial = "";
  let overflow = false;
  const take = function* (text: string, final: boolean): Generator<string> {
    let start = 0;
    for (let end = text.indexOf("\n"); end >= 0; end = text.indexOf("\n", start)) {
      const line = overflow ? partial : partial + text.slice(start, end);
      partial = "";
      overflow = false;
      yield line.endsWith("\r") ? line.slice(0, -1) : line;
      start = end + 1;
    }
    if (!overflow) {
      partial += text.slice(start);
      if (partial.length > MAX_LINE_LENGTH) {
        partial = partial.slice(0, MAX_LINE_LENGTH);
        overflow = true;
      }
    }
    if (final && partial) yield partial.endsWith("\r") ? partial.slice(0, -1) : partial;
  };
  for await (const chunk of chunks) yield* take(decoder.decode(chunk, { stream: true }), false);
  yield* take(decoder.decode(), true);
}

/**
 * First pass: is this a WhatsApp chat, and in which date order? A chat starts with a timestamped
 * line (the encryption notice or the first message), so the first non-empty line decides
 * "notWhatsApp"; empty text is an export with nothing in it.
 */
async function detectDateOrder(chat: ChatText): Promise<DateOrder> {
  const detector = new DateOrderDetector();
  let first = true;
  for await (const line of linesOf(chat.chunks())) {
    if (first) {
      if (!line.trim()) continue;
      first = false;
      const header = parseHeader(line);
      if (!header) throw new ImportFormatError(looksLikeUnknownHeader(line) ? "unknownDateFormat" : "notWhatsApp");
    }
    const header = parseHeader(line);
    if (header) detector.observe(header);
    if (detector.decided) break;
  }
  if (first) throw new ImportFormatError("noMessages");
  const order = detector.result();
  if (!order) throw new ImportFormatError("unknownDateFormat");
  return order;
}

type Pending = { item: HistoryItem; text: string } | "skip" | null;

async function* readChat(filePath: string, timeZone: string, onProgress?: (bytesRead: number) => void): AsyncGenerator<HistoryItem> {
  const chat = await openChatText(filePath);
  const order = await detectDateOrder(chat);
  let pending: Pending = null;
  let count = 0;
  const finish = (done: Pending): HistoryItem | null => {
    if (!done || done === "skip") return null;
    const text = finishText(done.text);
    if (!text && done.item.attachments.length === 0) return null;
    return { ...done.item, text };
  };
  for await (const line of linesOf(chat.chunks(onProgress))) {
    const header = parseHeader(line);
    if (!header) {
      // A line without a timestamp continues the message before (or a skipped notice).
      if (pending && pending !== "skip" && pending.text.length < MAX_MESSAGE_LENGTH) {
        pending.text = pending.text ? `${pending.text}\n${line}` : line;
      }
      continue;
    }
    const item = finish(pending);
    if (item) {
      count++;
      yield item;
    }
    const wallClock = headerWallClock(header, order);
    if (!wallClock) throw new ImportFormatError("unknownDateFormat");
    const authored = splitAuthor(header.rest);
    const body = authored && parseBody(authored.text, header.style);
    if (!authored || !body) {
      pending = "skip";
      continue;
    }
    pending = {
      text: body.text,
      item: {
        sender: authored.author,
        channel: "whatsapp",
        occurredAt: DateTime.fromObject(wallClock, { zone: timeZone }).toJSDate(),
        text: null,
        attachments: body.attachments.map((fileName) => ({ fileName })),
      },
    };
  }
  const last = finish(pending);
  if (last) {
    count++;
    yield last;
  }
  if (count === 0) throw new ImportFormatError("noMessages");
  onProgress?.(chat.fileSize);
}

/**
 * The bytes of a media file named by a message, from a .zip export; null when the upload is a
 * bare .txt, the file is not in the zip, or it is larger than any evidence may be (a video): it
 * could never become a screenshot, and memory stays bounded.
 */
async function readAttachment(filePath: string, fileName: string): Promise<Uint8Array | null> {
  if (!(await isZipFile(filePath))) return null;
  const entries = await listZipEntries(filePath);
  const entry = entries.find((candidate) => candidate.name === fileName) ?? entries.find((candidate) => path.posix.basename(candidate.name) === fileName);
  if (!entry || entry.size > EVIDENCE_MAX_BYTES) return null;
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of streamZipEntry(filePath, entry)) {
    total += chunk.length;
    // The directory's size may lie; the bytes decide.
    if (total > EVIDENCE_MAX_BYTES) return null;
    parts.push(chunk);
  }
  return new Uint8Array(Buffer.concat(parts, total));
}
