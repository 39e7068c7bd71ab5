/**
 * Links and amounts of money in a message: facts to show the user, never form fields. Links are
 * shown as text only (in a spam message the link is the scam).
 */
export type LinkFact = { text: string; host: string };
export type Currency = "IDR" | "USD" | "EUR" | "GBP";
export type AmountFact = { text: string; currency: Currency; value: number };

/** At most this many of each, so that a pasted spreadsheet does not fill the screen. */
export const MAX_FACTS = 10;

// Top-level domains a bare "bit.ly/xyz" or "s.id/abc" may end in. A list, because "Rp5.000" or
// "Sen.15" must not read as links; with a scheme or "www." any domain goes.
const TLDS = [
  "com",
  "net",
  "org",
  "id",
  "co",
  "io",
  "me",
  "ly",
  "gl",
  "gd",
  "cc",
  "to",
  "link",
  "xyz",
  "info",
  "biz",
  "site",
  "online",
  "top",
  "app",
  "shop",
  "store",
  "vip",
  "club",
  "live",
  "click",
  "asia",
  "my",
  "sg",
  "us",
  "uk",
  "in",
  "ru",
  "cn",
  "tk",
  "ml",
  "ga",
  "cf",
  "gq",
  "ws",
  "tv",
  "pw",
  "icu",
  "fun",
  "space",
  "website",
  "win",
  "bid",
  "life",
  "world",
  "today",
  "cloud",
  "page",
  "dev",
  "ai",
  "ph",
  "vn",
  "th",
  "au",
  "eu",
  "de",
  "fr",
  "es",
  "il",
  "ink",
  "lol",
  "cyou",
  "sbs",
  "bond",
  "mobi",
  "pro",
  "tech",
  "digital",
  "finance",
  "money",
  "loan",
  "cash",
];
const LINK = new RegExp(
  [
    "https?:\\/\\/[^\\s<>\"'`]+",
    "(?<![@\\p{L}\\d.\\-\\/])www\\.[^\\s<>\"'`]+",
    `(?<![@\\p{L}\\d.\\-\\/])(?:[a-z\\d](?:[a-z\\d-]{0,61}[a-z\\d])?\\.)+(?:${TLDS.join("|")})(?![\\p{L}\\d-])(?:\\/[^\\s<>"'\`]*)?`,
  ].join("|"),
  "giu",
);
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»”’]+$/u;

export function findLinks(text: string): LinkFact[] {
  const links = new Map<string, LinkFact>();
  for (const match of text.matchAll(LINK)) {
    const link = match[0].replace(TRAILING_PUNCTUATION, "");
    // An email address is not a link (its domain is preceded by "@", which the pattern refuses; this catches "a.b@c.com").
    if (text[match.index + match[0].length] === "@") continue;
    const host = link
      .replace(/^https?:\/\//i, "")
      .split(/[/?#:]/)[0]!
      .toLowerCase();
    if (!host.includes(".")) continue;
    const key = link.toLowerCase();
    if (!links.has(key)) links.set(key, { text: link, host });
    if (links.size >= MAX_FACTS) break;
  }
  return [...links.values()];
}

// 5.000.000 / 5,000,000 / 1.200,50 / 2,5 / 5000
const NUMBER = "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?";
const MULTIPLIERS: Record<string, number> = {
  jt: 1e6,
  juta: 1e6,
  rb: 1e3,
  ribu: 1e3,
  k: 1e3,
  miliar: 1e9,
  milyar: 1e9,
  triliun: 1e12,
  million: 1e6,
  mio: 1e6,
  thousand: 1e3,
  billion: 1e9,
  bn: 1e9,
};
const MULTIPLIER = `(?:\\s?(${Object.keys(MULTIPLIERS)
  .sort((a, b) => b.length - a.length)
  .join("|")}))?`;
const START = "(?<![\\p{L}\\d])";
const END = "(?![\\p{L}\\d])";

const AMOUNT_PATTERNS: { currency: Currency; pattern: RegExp }[] = [
  { currency: "IDR", pattern: new RegExp(`${START}(?:rp\\.?|idr)\\s?(${NUMBER})${MULTIPLIER}${END}`, "giu") },
  { currency: "IDR", pattern: new RegExp(`${START}(${NUMBER})\\s?(jt|juta|rb|ribu)${END}`, "giu") },
  { currency: "IDR", pattern: new RegExp(`${START}(${NUMBER})${MULTIPLIER}\\s?rupiah${END}`, "giu") },
  { currency: "USD", pattern: new RegExp(`(?:(?<![\\p{L}\\d])us\\$|\\$|${START}usd\\s?)(${NUMBER})${MULTIPLIER}${END}`, "giu") },
  { currency: "USD", pattern: new RegExp(`${START}(${NUMBER})${MULTIPLIER}\\s?(?:usd|dollars?)${END}`, "giu") },
  { currency: "EUR", pattern: new RegExp(`(?:€|${START}eur\\s?)(${NUMBER})${MULTIPLIER}${END}`, "giu") },
  { currency: "EUR", pattern: new RegExp(`${START}(${NUMBER})${MULTIPLIER}\\s?(?:€|(?:eur|euros?)${END})`, "giu") },
  { currency: "GBP", pattern: new RegExp(`(?:£|${START}gbp\\s?)(${NUMBER})${MULTIPLIER}${END}`, "giu") },
  { currency: "GBP", pattern: new RegExp(`${START}(${NUMBER})${MULTIPLIER}\\s?(?:gbp|pounds?)${END}`, "giu") },
];

/**
 * A number as written: the last "." or "," is a decimal mark when one or two digits follow it
 * (2,5 jt; $1,200.50), a thousands separator when three do (Rp 5.000.000; $5,000).
 */
export function readNumber(written: string): number {
  const last = Math.max(written.lastIndexOf("."), written.lastIndexOf(","));
  if (last === -1) return Number(written);
  const decimals = written.length - last - 1;
  const whole = written.slice(0, last).replace(/[.,]/g, "");
  if (decimals === 3) return Number(whole + written.slice(last + 1));
  return Number(`${whole}.${written.slice(last + 1)}`);
}

export function findAmounts(text: string): AmountFact[] {
  const found: (AmountFact & { start: number; end: number })[] = [];
  for (const { currency, pattern } of AMOUNT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const multiplier = match[2] ? (MULTIPLIERS[match[2].toLowerCase()] ?? 1) : 1;
      const value = Math.round(readNumber(match[1]!) * multiplier * 100) / 100;
      if (!Number.isFinite(value) || value <= 0) continue;
      found.push({ text: match[0].trim(), currency, value, start: match.index, end: match.index + match[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const amounts: AmountFact[] = [];
  const seen = new Set<string>();
  let lastEnd = -1;
  for (const { start, end, ...amount } of found) {
    if (start < lastEnd) continue;
    lastEnd = end;
    const key = `${amount.currency}:${amount.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    amounts.push(amount);
    if (amounts.length >= MAX_FACTS) break;
  }
  return amounts;
}
