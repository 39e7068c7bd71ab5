import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";

/** What a mask hides; the public text carries `⟦kind⟧` in its place, shown translated. */
export const MASK_KINDS = ["phone", "email", "nik", "card", "account", "code", "name", "manual"] as const;
export type MaskKind = (typeof MASK_KINDS)[number];

export type RedactionContext = {
  /** The reporter's own names (display name, legal name): masked whole and word by word. */
  names: readonly string[];
  /** The reporter's own numbers: always masked, whatever their format. */
  ownNumbers: readonly string[];
  /** Numbers that stay: the sender's own identity is public on its page anyway. */
  keepNumbers: readonly string[];
  /** Country for reading numbers without a country code. */
  country: string;
  /** Text the reporter selected to hide as well. */
  extra: readonly string[];
};

export type Mask = { start: number; end: number; kind: MaskKind };
export type Redacted = { text: string; masks: Mask[] };

export const MASK_TOKEN = new RegExp(`⟦(${MASK_KINDS.join("|")})⟧`, "g");
const token = (kind: MaskKind) => `⟦${kind}⟧`;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Addresses written to slip past filters: name[at]mail.co.id, name (at) mail, name @ mail.co.id,
// name at mail dot com, name(at)mail[dot]co[dot]id. A bracketed "at" is sign enough; a spaced
// "@" or a bare word "at" also needs a domain ending (dot written any way) and a top-level name.
const LOCAL = String.raw`[\p{L}\p{N}._%+-]*[\p{L}\p{N}]`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const BRACKETED = (word: string) => String.raw`\s*[\[({<]\s*(?:${word})\s*[\])}>]\s*`;
const DOT = String.raw`(?:\s*\.\s*|${BRACKETED(String.raw`dot|titik|\.`)}|\s+(?:dot|titik)\s+)`;
const DOMAIN_WITH_END = String.raw`${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}(?![\p{L}\p{N}])`;
const DISGUISED_EMAIL = new RegExp(
  [
    String.raw`${LOCAL}${BRACKETED("at|@|et")}${LABEL}(?:${DOT}${LABEL})*`,
    String.raw`${LOCAL}(?:\s+@\s*|\s*@\s+)${DOMAIN_WITH_END}`,
    String.raw`${LOCAL}\s+at\s+${DOMAIN_WITH_END}`,
  ].join("|"),
  "giu",
);
/**
 * Runs of digits with the separators people write numbers with: +62 812-3456-7890, (021) 555 1234,
 * 4111 1111 1111 1111, and the ones used to dodge filters: 0812_3456_7890, 0812•3456•7890.
 */
const DIGIT_RUN = /\+?\(?\d[\d\s\-().\/_·•*~]{5,}\d/g;
/** One-time codes: a 4–8 digit number next to a word that names it. */
const CODE_AFTER = /\b(?:otp|kode|code|pin|token|verifikasi|verification|passcode|sandi)\b[^\d\n]{0,20}?(\d{4,8})\b/giu;
const CODE_BEFORE = /\b(\d{4,8})\b(?=[^\d\n]{0,25}\b(?:otp|kode|code|pin|token|verifikasi|verification|passcode)\b)/giu;
/** Words that say the number after them is a bank account. */
const ACCOUNT_BEFORE = /\b(?:rek(?:ening)?|no\.?\s*rek|account|acct|a\/c|va|virtual account|iban|bca|bri|bni|mandiri|btn|cimb)\b[^\d\n]{0,12}$/i;
const AMOUNT_BEFORE = /(?:rp\.?|idr|usd|eur|\$|€|£|₪|nis)\s*$/i;
const GROUPED_AMOUNT = /^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/;
const DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

const digitsOf = (text: string) => text.replace(/\D/g, "");

/** Luhn checksum: card numbers pass it, most other long numbers do not. */
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function isPhone(run: string, country: string): boolean {
  for (const region of new Set([country, "ID"])) {
    const phone = parsePhoneNumberFromString(run, region as CountryCode);
    if (phone?.isPossible() && phone.isValid()) return true;
  }
  return false;
}

/** What a run of digits is, or null when it is not personal (amounts, dates, the sender's own number). */
function classifyNumber(run: string, before: string, context: RedactionContext, keep: Set<string>): MaskKind | null {
  const digits = digitsOf(run);
  const national = (number: string) => digitsOf(number).replace(/^(?:0|62|44|33|34|972|1)(?=\d{8})/, "");
  if (context.ownNumbers.some((own) => national(own) && national(own) === national(run))) return "phone";
  if (AMOUNT_BEFORE.test(before.slice(-6)) || GROUPED_AMOUNT.test(run.trim()) || DATE.test(run.trim())) return null;
  if ([...keep].some((kept) => digits === kept || (digits.length >= 8 && kept.endsWith(digits.replace(/^0+/, ""))))) return null;
  if (digits.length >= 13 && digits.length <= 19 && luhn(digits)) return "card";
  if (ACCOUNT_BEFORE.test(before) && digits.length >= 6) return "account";
  if (digits.length === 16) return "nik";
  // libphonenumber reads spaces, dashes, dots and brackets only.
  if (isPhone(run.replace(/[/_·•*~]/g, " "), context.country)) return "phone";
  return digits.length >= 8 ? "account" : null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The ASCII digit of any decimal digit (Arabic-Indic, Devanagari, Thai...): digits come in runs of ten, 0 to 9. */
function asciiDigit(digit: string): string {
  let start = digit.codePointAt(0)!;
  while (start > 0 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return String((digit.codePointAt(0)! - start) % 10);
}

/**
 * The text the patterns read: NFKC (full-width ０８１２ and ＠, circled and styled digits become
 * plain), every other script's digits as ASCII. `from[i]`/`to[i]` give the span of the original
 * text that character i of the normalised text came from, so masks fall on the original text and
 * the rest is shown exactly as written.
 */
function normalised(text: string): { text: string; from: number[]; to: number[] } {
  let out = "";
  const from: number[] = [];
  const to: number[] = [];
  // A character with its combining marks normalises as one.
  for (const match of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const plain = match[0].normalize("NFKC").replace(/\p{Nd}/gu, (digit) => (digit >= "0" && digit <= "9" ? digit : asciiDigit(digit)));
    out += plain;
    for (let i = 0; i < plain.length; i++) {
      from.push(match.index);
      to.push(match.index + match[0].length);
    }
  }
  return { text: out, from, to };
}

/**
 * Masks personal data in a text before it is published: phone numbers (Indonesian and
 * international formats), emails, 16-digit NIKs, card and bank account numbers, one-time codes,
 * the reporter's own names, and whatever the reporter selected. Amounts, dates, times, short
 * codes and the sender's own number stay. Returns the public text and where the masks fell.
 */
export function redact(original: string, context: RedactionContext): Redacted {
  const { text, from, to } = normalised(original);
  const found: Mask[] = [];
  // Found on the normalised text, kept as spans of the original.
  const add = (start: number, end: number, kind: MaskKind) => end > start && found.push({ start: from[start]!, end: to[end - 1]!, kind });

  for (const extra of context.extra) {
    const wanted = normalised(extra.trim()).text;
    if (!wanted) continue;
    for (const match of text.matchAll(new RegExp(escapeRegExp(wanted), "giu"))) add(match.index, match.index + match[0].length, "manual");
  }
  for (const pattern of [EMAIL, DISGUISED_EMAIL]) for (const match of text.matchAll(pattern)) add(match.index, match.index + match[0].length, "email");
  for (const pattern of [CODE_AFTER, CODE_BEFORE]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index + match[0].indexOf(match[1]!);
      add(start, start + match[1]!.length, "code");
    }
  }
  const keep = new Set(context.keepNumbers.map(digitsOf).filter((digits) => digits.length > 0));
  for (const match of text.matchAll(DIGIT_RUN)) {
    // Brackets and separators at the edges belong to the text around the number.
    const run = match[0].replace(/[\s\-.(]+$/, "");
    const kind = classifyNumber(run, text.slice(Math.max(0, match.index - 24), match.index), context, keep);
    if (kind) add(match.index, match.index + run.length, kind);
  }
  const names = [...new Set(context.names.map((name) => normalised(name.trim()).text).flatMap((name) => [name, ...name.split(/\s+/)]))].filter(
    (part) => part.length >= 3,
  );
  for (const name of names) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "giu")))
      add(match.index, match.index + match[0].length, "name");
  }

  // Overlaps: the earliest, then the longest, mask wins.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const masks: Mask[] = [];
  for (const mask of found) if (!masks.length || mask.start >= masks.at(-1)!.end) masks.push(mask);
  let out = "";
  let at = 0;
  for (const mask of masks) {
    out += original.slice(at, mask.start) + token(mask.kind);
    at = mask.end;
  }
  return { text: out + original.slice(at), masks };
}

/** Public text cut into plain pieces and masks, for showing masks as labelled marks. */
export function maskedPieces(text: string): ({ text: string } | { mask: MaskKind })[] {
  const pieces: ({ text: string } | { mask: MaskKind })[] = [];
  let at = 0;
  for (const match of text.matchAll(MASK_TOKEN)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ mask: match[1] as MaskKind });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
