import "server-only";
import fontkit from "@pdf-lib/fontkit";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { PDFDocument, PDFFont } from "pdf-lib";
import woff from "woff2sfnt-sfnt2woff";

type FontkitFont = ReturnType<typeof fontkit.create>;
export type FontKey = "regular" | "bold" | `emoji-${number}`;

const MODULES = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules");
// DejaVu covers Latin, Greek, Cyrillic, Hebrew and Arabic (with its presentation forms).
const TEXT_FONTS = { regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf", bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf" };
// Noto Emoji (monochrome), which Fontsource ships as WOFF slices of a few hundred glyphs each.
const EMOJI_DIR = path.join(MODULES, "@fontsource", "noto-emoji", "files");
/** Variation selectors, joiners, skin tones and tag characters: part of an emoji, not glyphs to look up. */
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const MODIFIER = /[\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

type Face = { bytes: Uint8Array; font: FontkitFont };
let textFaces: Promise<Record<"regular" | "bold", Face>> | undefined;
let emojiFaces: Promise<Face[]> | undefined;

const face = (bytes: Uint8Array): Face => ({ bytes, font: fontkit.create(bytes as Buffer) });

const loadTextFaces = () =>
  (textFaces ??= Promise.all([readFile(path.join(/*turbopackIgnore: true*/ MODULES, TEXT_FONTS.regular)), readFile(path.join(/*turbopackIgnore: true*/ MODULES, TEXT_FONTS.bold))]).then(([regular, bold]) => ({
    regular: face(regular),
    bold: face(bold),
  })));

/** The numbered slices, smallest first; converted to TrueType once, since a PDF cannot embed WOFF. */
const loadEmojiFaces = () =>
  (emojiFaces ??= readdir(/*turbopackIgnore: true*/ EMOJI_DIR).then(async (names) => {
    const slices = names.filter((name) => /^noto-emoji-\d+-400-normal\.woff$/.test(name));
    const faces = await Promise.all(slices.map(async (name) => face(woff.toSfnt(await readFile(/*turbopackIgnore: true*/ path.join(EMOJI_DIR, name))))));
    return faces.sort((a, b) => a.bytes.length - b.bytes.length);
  }));

const covers = (font: FontkitFont, grapheme: string) =>
  [...grapheme].filter((char) => !MODIFIER.test(char)).every((char) => font.hasGlyphForCodePoint(char.codePointAt(0)!));

/**
 * The fonts of one PDF: DejaVu for text, and a slice of Noto Emoji for what DejaVu lacks,
 * embedded on first use. Emoji slices are embedded whole: pdf-lib's subsetter loses the
 * composite glyphs most emoji are made of.
 */
export class LetterFonts {
  private readonly embedded = new Map<FontKey, PDFFont>();
  private emoji: Face[] | null = null;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly text: Record<"regular" | "bold", Face>,
  ) {}

  static async for(doc: PDFDocument): Promise<LetterFonts> {
    doc.registerFontkit(fontkit);
    return new LetterFonts(doc, await loadTextFaces());
  }

  /** Embeds every font this text needs (the emoji slices only if DejaVu lacks a character); call before drawing it. */
  async use(text: string, bold: boolean): Promise<void> {
    const missing = /[^\u0000-\u058f]/.test(text) && [...text].some((char) => !MODIFIER.test(char) && !this.text[bold ? "bold" : "regular"].font.hasGlyphForCodePoint(char.codePointAt(0)!));
    if (missing && !this.emoji) this.emoji = await loadEmojiFaces();
    const keys = new Set<FontKey>([bold ? "bold" : "regular"]);
    if (missing) for (const { segment } of graphemes.segment(text)) keys.add(this.fontOf(segment, bold));
    for (const key of keys) if (!this.embedded.has(key)) this.embedded.set(key, await this.embed(key));
  }

  /** The font that draws this grapheme: DejaVu when it has it, else an emoji slice, else DejaVu's empty box. */
  fontOf(grapheme: string, bold: boolean): FontKey {
    const text = bold ? "bold" : "regular";
    if (!this.emoji || covers(this.text[text].font, grapheme)) return text;
    const slice = this.emoji.findIndex((emoji) => covers(emoji.font, grapheme));
    return slice === -1 ? text : `emoji-${slice}`;
  }

  /** A font embedded by `use`. */
  get(key: FontKey): PDFFont {
    const font = this.embedded.get(key);
    if (!font) throw new Error(`font ${key} not embedded`);
    return font;
  }

  private embed(key: FontKey): Promise<PDFFont> {
    const slice = key.startsWith("emoji-") ? this.emoji?.[Number(key.slice(6))] : undefined;
    if (slice) return this.doc.embedFont(slice.bytes, { subset: false });
    return this.doc.embedFont(this.text[key === "bold" ? "bold" : "regular"].bytes, { subset: true });
  }
}
