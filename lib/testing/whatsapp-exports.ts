import { zipSync } from "fflate";

/**
 * Builds WhatsApp "Export chat" files as the phones write them, for tests, e2e and benches.
 * Times are wall-clock times of the exporting phone ("2024-03-15T21:30:05", no zone).
 */

export type ChatPlatform = "android" | "ios";
export type ChatLang = "id" | "en";

export type ChatMessage = {
  author: string;
  /** Wall-clock time, "YYYY-MM-DDTHH:MM" or "YYYY-MM-DDTHH:MM:SS". */
  at: string;
  text?: string;
  /** A media file name, written as the platform marks an attachment (Android puts the caption on the next line). */
  attachment?: string;
};

export type ChatOptions = {
  platform: ChatPlatform;
  lang: ChatLang;
  /** English only: the US style (month first, 12-hour clock with U+202F before AM/PM). */
  us?: boolean;
  /** The chat's name, used by iOS for its notices; defaults to the first author. */
  chatName?: string;
  /** Messages, or a count of generated ones (from "Kredit Pintar", one a minute from 2024-03-01). */
  messages: ChatMessage[] | number;
  /** Leave out the encryption notice WhatsApp puts first. */
  noNotice?: boolean;
};

const LRM = "\u200E";
const NNBSP = "\u202F";

const pad = (n: number) => String(n).padStart(2, "0");

function timestamp(at: string, options: ChatOptions): string {
  const [, y, mo, d, h, mi, s = "00"] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(at) ?? [];
  if (!y) throw new Error(`Bad time: ${at}`);
  const yy = y.slice(2);
  const hour = Number(h);
  const twelve = `${hour % 12 === 0 ? 12 : hour % 12}`;
  const meridiem = hour < 12 ? "AM" : "PM";
  const { platform, lang, us } = options;
  if (platform === "android") {
    if (lang === "id") return `${d}/${mo}/${yy} ${h}.${mi} -`;
    if (us) return `${Number(mo)}/${Number(d)}/${yy}, ${twelve}:${mi}${NNBSP}${meridiem} -`;
    return `${d}/${mo}/${y}, ${h}:${mi} -`;
  }
  if (lang === "id") return `[${d}/${mo}/${yy} ${h}.${mi}.${s}]`;
  if (us) return `[${Number(mo)}/${Number(d)}/${yy}, ${twelve}:${mi}:${s}${NNBSP}${meridiem}]`;
  return `[${d}/${mo}/${y}, ${h}:${mi}:${s}]`;
}

function notice(options: ChatOptions): string {
  return options.lang === "id"
    ? "Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya."
    : "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.";
}

/** One message as lines of the export. */
export function chatMessageLines(message: ChatMessage, options: ChatOptions): string[] {
  const stamp = timestamp(message.at, options);
  const text = message.text ?? "";
  if (!message.attachment) return [`${stamp} ${message.author}: ${text}`];
  if (options.platform === "android") {
    const label = options.lang === "id" ? "file terlampir" : "file attached";
    const first = `${stamp} ${message.author}: ${LRM}${message.attachment} (${label})`;
    return text ? [first, text] : [first];
  }
  const label = options.lang === "id" ? "terlampir" : "attached";
  return [`${LRM}${stamp} ${message.author}: ${LRM}<${label}: ${message.attachment}>${text ? ` ${text}` : ""}`];
}

/** Generated messages: the same sender, one a minute, numbered so each is distinct. */
export function* generatedMessages(count: number, start = Date.UTC(2024, 2, 1, 8, 0)): Generator<ChatMessage> {
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i * 60_000);
    yield {
      author: "Kredit Pintar",
      at: `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`,
      text: `Pinjaman Anda Rp ${(1_000_000 + i).toLocaleString("id-ID")} sudah disetujui, cairkan sekarang di https://kredit.example/p/${i} sebelum ditutup. Ref ${i}`,
    };
  }
}

/** The export's lines, one at a time (for chats too big to build as one string). */
export function* whatsAppChatLines(options: ChatOptions): Generator<string> {
  const messages = typeof options.messages === "number" ? generatedMessages(options.messages) : options.messages;
  let chatName = options.chatName;
  let first = true;
  for (const message of messages) {
    chatName ??= message.author;
    if (first && !options.noNotice) {
      const stamp = timestamp(message.at, options);
      // iOS writes its notices under the chat's name, marked with U+200E; Android without an author.
      yield options.platform === "ios" ? `${LRM}${stamp} ${chatName}: ${LRM}${notice(options)}` : `${stamp} ${notice(options)}`;
    }
    first = false;
    yield* chatMessageLines(message, options);
  }
}

/** The export's text (Android ends lines with "\n", iOS with "\r\n" on some versions; "\n" here). */
export function makeWhatsAppChat(options: ChatOptions): string {
  return [...whatsAppChatLines(options)].join("\n") + "\n";
}

/** The chat text's file name inside an export, as each platform names it. */
export function chatFileName(platform: ChatPlatform, lang: ChatLang, chatName: string): string {
  if (platform === "ios") return "_chat.txt";
  return lang === "id" ? `Chat WhatsApp dengan ${chatName}.txt` : `WhatsApp Chat with ${chatName}.txt`;
}

/** An "Export chat → Attach media" zip: the chat text plus media files. */
export function makeWhatsAppZip(options: { chat: string | null; chatFileName?: string; media?: Record<string, Uint8Array> }): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  if (options.chat !== null) files[options.chatFileName ?? "_chat.txt"] = new TextEncoder().encode(options.chat);
  for (const [name, bytes] of Object.entries(options.media ?? {})) files[name] = bytes;
  // Media are stored uncompressed, as WhatsApp does (JPEGs do not shrink); the text is deflated.
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, [bytes, { level: name.endsWith(".txt") ? 6 : 0 }]])));
}
