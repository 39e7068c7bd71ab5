import bidiFactory from "bidi-js";

const bidi = bidiFactory();
const RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export type Direction = "ltr" | "rtl";
/** A piece of a line, drawn left to right after the pieces before it, in one font. */
export type Run<Font> = { text: string; font: Font };

export const hasRightToLeft = (text: string) => RIGHT_TO_LEFT.test(text);

/** Digit groups with spaces or a leading "+" (phone numbers): without this, Hebrew text would show their groups in reverse order. */
const NUMBER_GROUPS = /[+(]?\d[\d\s\-().\/]*\d\)?/g;
const ISOLATE_MARK = /^[\u2066-\u2069]$/;
/** Wraps phone numbers in a left-to-right isolate (UAX #9 X5a), so they read as one left-to-right piece. */
const isolateNumbers = (line: string) => line.replace(NUMBER_GROUPS, (match) => (/\s/.test(match) || match.startsWith("+") ? `\u2066${match}\u2069` : match));

/** The direction of a paragraph: that of its first letter with a direction (UAX #9 P2–P3). */
export function paragraphDirection(text: string): Direction {
  return hasRightToLeft(text) && bidi.getEmbeddingLevels(text).paragraphs[0]?.level === 1 ? "rtl" : "ltr";
}

/**
 * A line cut into runs in drawing order (Unicode bidi, UAX #9), each run in one font. The PDF
 * font engine (fontkit) lays out a run whose script is Hebrew or Arabic right to left itself,
 * joining Arabic letters on the way, so such runs are given in reading order; every other run
 * is given as drawn. Brackets in right-to-left text are mirrored; a grapheme (an emoji with its
 * modifiers, a letter with its marks) is never split; a phone number reads left to right whole.
 */
export function visualRuns<Font>(line: string, direction: Direction, fontOf: (grapheme: string) => Font): Run<Font>[] {
  type Unit = { text: string; level: number; font: Font };
  const baseLevel = direction === "rtl" ? 1 : 0;
  const mixed = hasRightToLeft(line) || direction === "rtl";
  const text = mixed ? isolateNumbers(line) : line;
  const levels = mixed ? bidi.getEmbeddingLevels(text, direction).levels : null;
  const segments = [...graphemes.segment(text)].filter(({ segment }) => !ISOLATE_MARK.test(segment));
  const units: Unit[] = segments.map(({ segment, index }) => {
    const level = levels?.[index] ?? baseLevel;
    const mirrored = level % 2 === 1 ? bidi.getMirroredCharacter(segment) : null;
    return { text: mirrored ?? segment, level, font: fontOf(segment) };
  });
  // L1: whitespace at the end of the line takes the paragraph's level.
  for (let i = units.length - 1; i >= 0 && /^\s+$/.test(units[i]!.text); i--) units[i]!.level = baseLevel;
  // L2: from the highest level down to the lowest odd one, reverse every sequence at that level or above.
  const highest = Math.max(baseLevel, ...units.map((unit) => unit.level));
  const lowestOdd = Math.min(...units.map((unit) => unit.level | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let start = 0; start < units.length; start++) {
      if (units[start]!.level < level) continue;
      let end = start;
      while (end + 1 < units.length && units[end + 1]!.level >= level) end++;
      units.splice(start, end - start + 1, ...units.slice(start, end + 1).reverse());
      start = end;
    }
  }
  const runs: (Run<Font> & { level: number })[] = [];
  for (const unit of units) {
    const last = runs.at(-1);
    if (last && last.level === unit.level && last.font === unit.font) last.text += unit.text;
    else runs.push({ text: unit.text, font: unit.font, level: unit.level });
  }
  return runs.map(({ text, font, level }) => ({
    // Back to reading order for the font engine, which reverses right-to-left scripts itself.
    text:
      level % 2 === 1 && hasRightToLeft(text)
        ? [...graphemes.segment(text)]
            .map((g) => g.segment)
            .reverse()
            .join("")
        : text,
    font,
  }));
}
