import type { Direction } from "./bidi";
import { letterDate } from "./phrases";

/** A formal letter, laid out once and rendered as PDF or plain text. */
export type Letter = {
  /** "rtl" for a Hebrew letter: aligned right, read right to left. */
  direction?: Direction;
  dateLine: string;
  meta: [label: string, value: string][];
  addressee: string[];
  salutation: string;
  intro: string;
  identity: [label: string, value: string][];
  statement: string;
  sections: { title: string; body: string }[];
  closing: string;
  signOff: string;
  signatory: string;
};

/**
 * A letter as data: its frame, in the language of the body it goes to, with `{field}` filled from
 * the draft. Every document to a body is one of these (OJK's two in lib/complaints/ojk.ts, every
 * other body's from its country pack's `complaint` in lib/complaints/regulator.ts), filled by
 * `fillLetter`.
 */
export type LetterTemplate = {
  direction?: Direction;
  /** The date line: the date in this Intl locale, after the town at the end of `placeFrom` (an address field) when it has one. */
  date: { locale: string; placeFrom?: string };
  meta: [label: string, text: string][];
  /** Lines; a line that is only `{field}` takes that field's lines. */
  addressee: string[];
  salutation: string;
  intro: string;
  identity: [label: string, field: string][];
  statement: string;
  sections: [title: string, field: string][];
  closing: string;
  signOff: string;
  /** The field that signs. */
  signatory: string;
  /**
   * An empty field: "—" in its place, as a form's letter keeps every heading (OJK); or its row or
   * section left out. `{field?}` in a text is never dashed.
   */
  empty: "dash" | "omit";
  /** `{attachments}`: how many files are attached, with `{count}` ("2 berkas"); empty without any. */
  attachments?: string;
};

/** Where the letter is written: the town at the end of the user's address, if it has one. */
function place(address: string): string {
  const lastLine = address.trim().split("\n").at(-1) ?? "";
  return (
    lastLine
      .split(",")
      .at(-1)
      ?.trim()
      .replace(/\s+\d{5}$/, "") ?? ""
  );
}

/** Fills a letter template from a draft's fields (and values the caller adds, such as `{sender}`). */
export function fillLetter(
  template: LetterTemplate,
  fields: Readonly<Record<string, string>>,
  options: { now: Date; timeZone: string; exhibits?: number; values?: Record<string, string> },
): Letter {
  const count = options.exhibits ?? 0;
  const values: Record<string, string> = {
    ...fields,
    attachments: template.attachments && count > 0 ? template.attachments.replace("{count}", String(count)) : "",
    ...options.values,
  };
  const dash = template.empty === "dash";
  const value = (key: string) => (dash ? (values[key] ?? "").trim() || "—" : (values[key] ?? ""));
  const fill = (text: string) =>
    text.replace(/\{(\w+)(\??)\}/g, (match, key: string, raw: string) => (!(key in values) ? match : raw ? (values[key] ?? "").trim() : value(key)));
  const rows = (pairs: [string, string][]) => pairs.map(([label, key]): [string, string] => [label, value(key)]).filter(([, text]) => dash || text.trim());
  const town = template.date.placeFrom ? place(values[template.date.placeFrom] ?? "") : "";
  return {
    ...(template.direction ? { direction: template.direction } : {}),
    dateLine: `${town ? `${town}, ` : ""}${letterDate(template.date.locale, options.now, options.timeZone)}`,
    meta: template.meta.map(([label, text]): [string, string] => [label, fill(text)]),
    addressee: template.addressee.flatMap((line) => (/^\{\w+\}$/.test(line) ? (values[line.slice(1, -1)] ?? "").split("\n") : [line])),
    salutation: template.salutation,
    intro: template.intro,
    identity: rows(template.identity),
    statement: fill(template.statement).trim(),
    sections: rows(template.sections).map(([title, body]) => ({ title, body })),
    closing: template.closing,
    signOff: template.signOff,
    signatory: (values[template.signatory] ?? "").trim() || "—",
  };
}

export function letterToText(letter: Letter): string {
  const pairs = (rows: [string, string][]) => rows.map(([label, value]) => `${label.padEnd(9)}: ${value.replace(/\n/g, "\n           ")}`).join("\n");
  return [
    letter.dateLine,
    "",
    pairs(letter.meta),
    "",
    letter.addressee.join("\n"),
    "",
    letter.salutation,
    letter.intro,
    pairs(letter.identity),
    letter.statement,
    ...letter.sections.flatMap((section) => ["", section.title.toUpperCase(), section.body]),
    "",
    letter.closing,
    "",
    letter.signOff,
    "",
    "",
    letter.signatory,
    "",
  ].join("\n");
}
