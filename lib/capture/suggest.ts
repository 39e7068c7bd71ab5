import { findPhoneNumbersInText, type CountryCode } from "libphonenumber-js";
import type { SenderKind } from "../domain";
import { parseSender } from "../sender-identity";
import { parseStamp, resolveStamp, type StampParts } from "./date-text";
import { findAmounts, findLinks, type AmountFact, type LinkFact } from "./facts";

/**
 * "Paste a whole message": what the incident form's fields could take from a pasted or shared
 * message text. Pure (no Next, no database): the form runs it in the browser on every change of
 * the text, and nothing is applied until the user taps a suggestion.
 *
 * A header copied along with the message ("From: BRI-INFO", "Dari: +62 812-3456-7890",
 * "Pesan dari 08123456789", "[15/03/24 21.30] Kredit Pintar: …", a time stamp line) gives the
 * sender and time with confidence; a number inside the body is usually a callback number, so it is
 * only listed, below, for the user to pick.
 */
export type SuggestContext = { country: string; timeZone: string; now: Date };

export type Confidence = "high" | "medium" | "low";
/** labelled: "From:"/"Dari:"/"Pesan dari"; whatsapp: a chat line's author; header: alone on the top line; body: inside the message. */
export type SuggestionReason = "labelled" | "whatsapp" | "header" | "body";

export type SenderSuggestion = {
  /** What to put in the sender field, as written in the message. */
  value: string;
  display: string;
  kind: SenderKind;
  /** parseSender's key: the same sender written two ways is one suggestion. */
  key: string;
  confidence: Confidence;
  reason: SuggestionReason;
};

export type TimeSuggestion = {
  /** The form's datetime-local value (yyyy-MM-ddTHH:mm) in the user's zone. */
  local: string;
  /** The stamp as written. */
  text: string;
  confidence: Confidence;
  reason: SuggestionReason;
};

export type Suggestions = {
  /** Best first. */
  senders: SenderSuggestion[];
  time: TimeSuggestion | null;
  links: LinkFact[];
  amounts: AmountFact[];
  /** The text without the copied header, when there was one. */
  body: string | null;
  /** The header lines that `body` leaves out, to show what removing them removes. */
  header: string[];
};

/** Only this much of a text is searched for numbers, links and amounts (a paste can be anything). */
export const SCAN_LIMIT = 20_000;
const MAX_HEADER_LINES = 5;
const MAX_SENDERS = 5;

// Direction marks and invisible joiners WhatsApp and phones put around names and numbers.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// No-break and narrow spaces (iOS puts U+202F before "PM").
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, "").replace(ODD_SPACES, " ").replace(/\r\n?/g, "\n");
}

const SENDER_LABEL = /^\s*(?:from|dari|pengirim|sender|sent by|dikirim oleh)\s*[:：]\s*(.+)$/iu;
const DATE_LABEL = /^\s*(?:date|tanggal|tgl|waktu|time|sent|received|diterima|dikirim|date\/time)\s*[:：]\s*(.+)$/iu;
const MESSAGE_FROM = /^\s*(?:pesan|sms|message|text) (?:dari|from)\s+([^:\n]{1,60}?)\s*(?:[:：]\s*(.*))?$/iu;
// iOS export "[15/03/24 21.30.05] Name: text", Android "15/03/24 21.30 - Name: text".
const WHATSAPP_IOS = /^\s*\[([^\]\n]{6,40})\]\s*([^:\n]{1,40}?):\s?(.*)$/u;
const WHATSAPP_ANDROID = /^\s*(\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s?[ap]\.?m\.?)?)\s+[-–]\s+([^:\n]{1,40}?):\s?(.*)$/iu;

type HeaderLine =
  | { type: "sender"; value: string; reason: SuggestionReason; rest?: string }
  | { type: "stamp"; parts: StampParts; text: string; reason: SuggestionReason }
  | { type: "whatsapp"; name: string; stamp: string; rest: string };

function whatsappLine(line: string): { name: string; stamp: string; rest: string } | null {
  const match = WHATSAPP_IOS.exec(line) ?? WHATSAPP_ANDROID.exec(line);
  return match ? { stamp: match[1]!, name: match[2]!.trim(), rest: match[3] ?? "" } : null;
}

/** A sender as the form would accept it: the value itself, or a phone number inside it ("Kredit Pintar (+62 812…)"). */
function senderFrom(value: string, ctx: SuggestContext, confidence: Confidence, reason: SuggestionReason): SenderSuggestion | null {
  const direct = parseSender(value, ctx.country);
  if (direct.ok) return { value: value.trim().replace(/\s+/g, " "), ...pick(direct.identity), confidence, reason };
  const [phone] = findPhoneNumbersInText(value, ctx.country as CountryCode);
  if (!phone) return null;
  const raw = phoneText(value, phone);
  const parsed = parseSender(raw, ctx.country);
  return parsed.ok ? { value: raw, ...pick(parsed.identity), confidence, reason } : null;
}

/** A found number as written, without a bracket the finder kept from around it: "(+62 812-3456-7890". */
const phoneText = (text: string, found: { startsAt: number; endsAt: number }) =>
  text
    .slice(found.startsAt, found.endsAt)
    .replace(/^\((?!.*\))/, "")
    .replace(/(?<!\(.*)\)$/, "");

const pick = ({ display, kind, key }: { display: string; kind: SenderKind; key: string }) => ({ display, kind, key });

function classify(line: string, first: boolean, ctx: SuggestContext): HeaderLine | null {
  const wa = whatsappLine(line);
  if (wa && parseStamp(wa.stamp, ctx.country)) return { type: "whatsapp", ...wa };
  const labelledSender = SENDER_LABEL.exec(line);
  if (labelledSender) return { type: "sender", value: labelledSender[1]!.trim(), reason: "labelled" };
  const from = MESSAGE_FROM.exec(line);
  if (from && senderFrom(from[1]!, ctx, "high", "labelled")) return { type: "sender", value: from[1]!, reason: "labelled", rest: from[2] };
  const labelledDate = DATE_LABEL.exec(line);
  const labelledParts = labelledDate ? parseStamp(labelledDate[1]!.trim(), ctx.country) : null;
  if (labelledDate && labelledParts) return { type: "stamp", parts: labelledParts, text: labelledDate[1]!.trim(), reason: "labelled" };
  const parts = parseStamp(line.trim(), ctx.country);
  if (parts) return { type: "stamp", parts, text: line.trim(), reason: "header" };
  // A number alone on the first line (some phones copy it with the message).
  if (first && /^[\s+\d().\-/]+$/.test(line) && /\d{8,}/.test(line.replace(/\D/g, "")) && parseSender(line, ctx.country).ok) {
    return { type: "sender", value: line.trim(), reason: "header" };
  }
  return null;
}

const CONFIDENCE: Record<SuggestionReason, Confidence> = { labelled: "high", whatsapp: "high", header: "medium", body: "low" };

/** Combines a date-only stamp line and a time-only one (a "Minggu, 3 Maret 2024" divider above "08.05"). */
function mergeStamps(stamps: { parts: StampParts; text: string; reason: SuggestionReason }[]) {
  const full = stamps.find((s) => s.parts.time && (s.parts.date || s.parts.daysAgo !== undefined || s.parts.weekday !== undefined));
  if (full) return full;
  const time = stamps.find((s) => s.parts.time);
  const day = stamps.find((s) => !s.parts.time);
  if (time && day)
    return {
      parts: { ...day.parts, ...time.parts, zone: time.parts.zone ?? day.parts.zone },
      text: `${day.text} ${time.text}`,
      reason: day.reason === "labelled" ? day.reason : time.reason,
    };
  return time ?? null;
}

export function suggestFromMessage(input: string, ctx: SuggestContext): Suggestions {
  const text = normalizeText(input);
  const lines = text.split("\n");
  const headerSenders: SenderSuggestion[] = [];
  const stamps: { parts: StampParts; text: string; reason: SuggestionReason }[] = [];
  const header: string[] = [];
  let bodyLines: string[] = lines;

  // Header lines at the top: skip blank lines, stop at the first line that is message text.
  let index = 0;
  let seen = 0;
  let whatsappName: string | null = null;
  while (index < lines.length && seen < MAX_HEADER_LINES) {
    const line = lines[index]!;
    if (line.trim() === "") {
      index++;
      continue;
    }
    const found = classify(line, seen === 0, ctx);
    if (!found) break;
    seen++;
    if (found.type === "whatsapp") {
      whatsappName = found.name;
      const sender = senderFrom(found.name, ctx, "high", "whatsapp");
      if (sender) headerSenders.push(sender);
      stamps.push({ parts: parseStamp(found.stamp, ctx.country)!, text: found.stamp, reason: "whatsapp" });
      header.push(line.slice(0, line.length - found.rest.length).trim());
      bodyLines = [found.rest, ...lines.slice(index + 1)];
      break;
    }
    if (found.type === "sender") {
      const sender = senderFrom(found.value, ctx, CONFIDENCE[found.reason], found.reason);
      if (sender) headerSenders.push(sender);
      if (found.rest) {
        header.push(line.slice(0, line.length - found.rest.length).trim());
        bodyLines = [found.rest, ...lines.slice(index + 1)];
        break;
      }
    } else {
      stamps.push(found);
    }
    header.push(line.trim());
    index++;
    bodyLines = lines.slice(index);
  }
  // The rest of a WhatsApp paste: the same author's later lines lose their prefix too.
  if (whatsappName) {
    bodyLines = bodyLines.map((line) => {
      const wa = whatsappLine(line);
      return wa && wa.name === whatsappName && parseStamp(wa.stamp, ctx.country) ? wa.rest : line;
    });
  }
  // A time stamp on the last line (copied from below the bubble).
  if (header.length === 0 || stamps.length === 0) {
    let last = bodyLines.length - 1;
    while (last > 0 && bodyLines[last]!.trim() === "") last--;
    const lastLine = bodyLines[last]?.trim() ?? "";
    const parts = last > 0 ? parseStamp(lastLine, ctx.country) : null;
    if (parts?.time) {
      stamps.push({ parts, text: lastLine, reason: "header" });
      header.push(lastLine);
      bodyLines = bodyLines.slice(0, last);
    }
  }

  const bodyText = bodyLines.join("\n").trim();
  const body = header.length > 0 && bodyText !== "" && bodyText !== input.trim() ? bodyText : null;

  const stamp = mergeStamps(stamps);
  const local = stamp ? resolveStamp(stamp.parts, ctx.timeZone, ctx.now) : null;
  const time = stamp && local ? { local, text: stamp.text, confidence: CONFIDENCE[stamp.reason], reason: stamp.reason } : null;

  const scan = bodyText.slice(0, SCAN_LIMIT);
  const senders = dedupe([...headerSenders, ...bodySenders(scan, ctx)]).slice(0, MAX_SENDERS);
  return { senders, time, links: findLinks(scan), amounts: findAmounts(scan), body, header };
}

function dedupe(senders: SenderSuggestion[]): SenderSuggestion[] {
  const byKey = new Map<string, SenderSuggestion>();
  for (const sender of senders) if (!byKey.has(sender.key)) byKey.set(sender.key, sender);
  return [...byKey.values()];
}

// A short code is a sender only where the message names it as one ("kirim ke 99899", "call 14045").
const LABELLED_SHORT_CODE = /(?<![\p{L}])(?:ke|to|hubungi|call|sms|telp|telepon|tlp|text)\s*[:.]?\s*([1-9]\d{2,5})(?!\d|[.,\-\s]\d)/giu;
// Indonesian call-centre numbers: 1500-123, 1500 888.
const CALL_CENTRE = /(?<![\d])(1500[\s-]?\d{3})(?![\d])/g;

/** Numbers inside the message: listed for the user to pick, least likely first to be the sender. */
function bodySenders(text: string, ctx: SuggestContext): SenderSuggestion[] {
  const found: { at: number; sender: SenderSuggestion }[] = [];
  const add = (raw: string, at: number) => {
    const sender = senderFrom(raw, ctx, "low", "body");
    if (sender) found.push({ at, sender });
  };
  for (const match of findPhoneNumbersInText(text, ctx.country as CountryCode)) add(phoneText(text, match), match.startsAt);
  for (const match of text.matchAll(CALL_CENTRE)) add(match[1]!, match.index);
  for (const match of text.matchAll(LABELLED_SHORT_CODE)) add(match[1]!, match.index);
  return found.sort((a, b) => a.at - b.at).map((f) => f.sender);
}
