import "server-only";
import fontkit from "@pdf-lib/fontkit";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PDFDocument, PDFFont } from "pdf-lib";
import woff from "woff2sfnt-sfnt2woff";

type FontkitFont = ReturnType<typeof fontkit.create>;
export type FontKey = "regular" | "bold" | `fallback-${number}-${number}`;

const MODULES = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules");
// DejaVu covers Latin, Greek, Cyrillic, Hebrew and Arabic (with its presentation forms).
const TEXT_FONTS = { regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf", bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf" };
/**
 * For what DejaVu lacks, in this order: Noto Emoji (monochrome), then Noto Sans SC for Chinese
 * and Japanese kana (not Hangul, which still prints as empty boxes). Fontsource ships both as
 * WOFF slices of a few hundred glyphs.
 */
const FALLBACKS = [
  { dir: path.join(MODULES, "@fontsource", "noto-emoji", "files"), slice: /^noto-emoji-\d+-400-normal\.woff$/ },
  { dir: path.join(MODULES, "@fontsource", "noto-sans-sc", "files"), slice: /^noto-sans-sc-\d+-400-normal\.woff$/ },
];
/** Variation selectors, joiners, skin tones and tag characters: part of an emoji, not glyphs to look up. */
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const MODIFIER = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

type Face = { bytes: Uint8Array; font: FontkitFont };
let textFaces: Promise<Record<"regular" | "bold", Face>> | undefined;
const fallbackFaces = new Map<number, Promise<Face[]>>();

const face = (bytes: Uint8Array): Face => ({ bytes, font: fontkit.create(bytes as Buffer) });

const loadTextFaces = () =>
  (textFaces ??= Promise.all([
    readFile(path.join(/*turbopackIgnore: true*/ MODULES, TEXT_FONTS.regular)),
    readFile(path.join(/*turbopackIgnore: true*/ MODULES, TEXT_FONTS.bold)),
  ]).then(([regular, bold]) => ({
    regular: face(regular),
    bold: face(bold),
  })));

/** A fallback family's slices, smallest first; converted to TrueType once, since a PDF cannot embed WOFF. */
function loadFallback(family: number): Promise<Face[]> {
  const { dir, slice } = FALLBACKS[family]!;
  let faces = fallbackFaces.get(family);
  if (!faces) {
    faces = readdir(/*turbopackIgnore: true*/ dir).then(async (names) => {
      const slices = await Promise.all(
        names.filter((name) => slice.test(name)).map(async (name) => face(woff.toSfnt(await readFile(/*turbopackIgnore: true*/ path.join(dir, name))))),
      );
      return slices.sort((a, b) => a.bytes.length - b.bytes.length);
    });
    fallbackFaces.set(family, faces);
  }
  return faces;
}

const covers = (font: FontkitFont, grapheme: string) =>
  [...grapheme].filter((char) => !MODIFIER.test(char)).every((char) => font.hasGlyphForCodePoint(char.codePointAt(0)!));

/**
 * The fonts of one PDF: DejaVu for text, and a slice of a fallback family for what DejaVu lacks,
 * embedded on first use. Fallback slices are embedded whole: pdf-lib's subsetter loses the
 * composite glyphs most emoji are made of.
 */
export class LetterFonts {
  private readonly embedded = new Map<FontKey, PDFFont>();
  /** Fallback families loaded so far, in FALLBACKS order. */
  private readonly fallbacks: Face[][] = [];

  private constructor(
    private readonly doc: PDFDocument,
    private readonly text: Record<"regular" | "bold", Face>,
  ) {}

  static async for(doc: PDFDocument): Promise<LetterFonts> {
    doc.registerFontkit(fontkit);
    return new LetterFonts(doc, await loadTextFaces());
  }

  /** Embeds every font this text needs (fallback families only as far as DejaVu and earlier ones lack a character); call before drawing it. */
  async use(text: string, bold: boolean): Promise<void> {
    const base = this.text[bold ? "bold" : "regular"].font;
    const keys = new Set<FontKey>([bold ? "bold" : "regular"]);
    if (/[^\u0000-\u058f]/.test(text)) {
      for (const { segment } of graphemes.segment(text)) {
        if (covers(base, segment)) continue;
        // Load the next family only while no loaded one has this grapheme.
        while (this.fallbackOf(segment) === undefined && this.fallbacks.length < FALLBACKS.length)
          this.fallbacks.push(await loadFallback(this.fallbacks.length));
        keys.add(this.fontOf(segment, bold));
      }
    }
    for (const key of keys) if (!this.embedded.has(key)) this.embedded.set(key, await this.embed(key));
  }

  /** The font that draws this grapheme: DejaVu when it has it, else a fallback slice, else DejaVu's empty box. */
  fontOf(grapheme: string, bold: boolean): FontKey {
    const text = bold ? "bold" : "regular";
    if (covers(this.text[text].font, grapheme)) return text;
    return this.fallbackOf(grapheme) ?? text;
  }

  private fallbackOf(grapheme: string): FontKey | undefined {
    for (const [family, slices] of this.fallbacks.entries()) {
      const slice = slices.findIndex((candidate) => covers(candidate.font, grapheme));
      if (slice !== -1) return `fallback-${family}-${slice}`;
    }
    return undefined;
  }

  /** A font embedded by `use`. */
  get(key: FontKey): PDFFont {
    const font = this.embedded.get(key);
    if (!font) throw new Error(`font ${key} not embedded`);
    return font;
  }

  private embed(key: FontKey): Promise<PDFFont> {
    const [, family, slice] = /^fallback-(\d+)-(\d+)$/.exec(key) ?? [];
    if (family !== undefined) return this.doc.embedFont(this.fallbacks[Number(family)]![Number(slice)]!.bytes, { subset: false });
    return this.doc.embedFont(this.text[key === "bold" ? "bold" : "regular"].bytes, { subset: true });
  }
}
