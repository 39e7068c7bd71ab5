import bidiFactory from "bidi-js";

const bidi = bidiFactory();

/**
 * A line in the order its characters are drawn, left to right (Unicode bidi, UAX #9): Hebrew
 * and Arabic runs come out reversed and mirrored, so a PDF that draws glyphs left to right shows
 * them readable. Arabic letters are not joined (no shaping) — see the note on issue 6.
 */
export function visualOrder(line: string): string {
  if (!/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/.test(line)) return line;
  const levels = bidi.getEmbeddingLevels(line);
  const chars = [...line];
  // bidi-js indexes UTF-16 code units; these scripts have no surrogate pairs, emoji aside.
  if (chars.length !== line.length) return line;
  // Brackets in right-to-left runs are mirrored (bidi-js's own map came back empty here).
  chars.forEach((char, index) => {
    const mirror = (levels.levels[index] ?? 0) % 2 === 1 ? bidi.getMirroredCharacter(char) : null;
    if (mirror) chars[index] = mirror;
  });
  for (const [start, end] of bidi.getReorderSegments(line, levels)) {
    const reversed = chars.slice(start, end + 1).reverse();
    chars.splice(start, reversed.length, ...reversed);
  }
  return chars.join("");
}
