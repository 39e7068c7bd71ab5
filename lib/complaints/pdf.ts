import "server-only";
import fontkit from "@pdf-lib/fontkit";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import sharp from "sharp";
import { visualOrder } from "./bidi";
import type { Letter } from "./letter";

/** A file appended as "Lampiran n": images on a page of their own, PDFs with all their pages. */
export type Exhibit = { number: number; title: string; lines: string[]; contentType: string; bytes: Uint8Array };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const SIZE = 11;
const LEADING = 15;
// DejaVu covers Latin, Greek, Cyrillic, Hebrew and Arabic letters that users type; shipped from npm.
const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
let fonts: Promise<[Uint8Array, Uint8Array]> | undefined;
const loadFonts = () => (fonts ??= Promise.all([readFile(path.join(FONT_DIR, "DejaVuSans.ttf")), readFile(path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))]));

class Writer {
  page: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    return this.page;
  }

  private wrap(text: string, font: PDFFont, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, SIZE) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, options: { bold?: boolean; indent?: number; gapAfter?: number } = {}): void {
    const font = options.bold ? this.bold : this.regular;
    const x = MARGIN + (options.indent ?? 0);
    for (const line of this.wrap(text, font, A4[0] - MARGIN - x)) {
      if (this.y < MARGIN + LEADING) this.newPage();
      this.page.drawText(visualOrder(line), { x, y: this.y, size: SIZE, font, color: rgb(0, 0, 0) });
      this.y -= LEADING;
    }
    this.y -= options.gapAfter ?? 0;
  }

  pairs(rows: [string, string][]): void {
    for (const [label, value] of rows) {
      if (this.y < MARGIN + LEADING) this.newPage();
      this.page.drawText(label, { x: MARGIN, y: this.y, size: SIZE, font: this.regular });
      this.page.drawText(":", { x: MARGIN + 70, y: this.y, size: SIZE, font: this.regular });
      this.text(value, { indent: 80 });
    }
  }
}

/** The letter on A4 with embedded fonts, then each exhibit as a numbered appendix. */
export async function renderLetterPdf(letter: Letter, exhibits: readonly Exhibit[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const [regularBytes, boldBytes] = await loadFonts();
  const w = new Writer(doc, await doc.embedFont(regularBytes, { subset: true }), await doc.embedFont(boldBytes, { subset: true }));
  doc.setTitle(letter.meta.find(([label]) => label === "Perihal")?.[1] ?? "Pengaduan");
  doc.setProducer("Spamtrail");

  w.text(letter.dateLine, { gapAfter: LEADING });
  w.pairs(letter.meta);
  w.y -= LEADING;
  for (const line of letter.addressee) w.text(line);
  w.y -= LEADING;
  w.text(letter.salutation, { gapAfter: 4 });
  w.text(letter.intro, { gapAfter: 4 });
  w.pairs(letter.identity);
  w.y -= 4;
  w.text(letter.statement, { gapAfter: LEADING / 2 });
  for (const section of letter.sections) {
    w.text(section.title, { bold: true, gapAfter: 2 });
    w.text(section.body, { gapAfter: LEADING / 2 });
  }
  w.text(letter.closing, { gapAfter: LEADING });
  w.text(letter.signOff, { gapAfter: LEADING * 3 });
  w.text(letter.signatory, { bold: true });

  for (const exhibit of exhibits) {
    w.newPage();
    w.text(`Lampiran ${exhibit.number}: ${exhibit.title}`, { bold: true });
    for (const line of exhibit.lines) w.text(line);
    w.y -= LEADING / 2;
    if (exhibit.contentType === "application/pdf") {
      const source = await PDFDocument.load(exhibit.bytes, { ignoreEncryption: true });
      for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);
      continue;
    }
    // pdf-lib re-compresses PNGs in JavaScript (about 0.2 s for one phone screenshot), so every
    // image goes in as a high-quality JPEG made by sharp, which pdf-lib embeds as it is.
    const jpeg = exhibit.contentType === "image/jpeg" ? exhibit.bytes : await sharp(exhibit.bytes).flatten({ background: "#ffffff" }).jpeg({ quality: 90 }).toBuffer();
    const image = await doc.embedJpg(jpeg);
    const maxWidth = A4[0] - 2 * MARGIN;
    const maxHeight = w.y - MARGIN;
    const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1);
    w.page.drawImage(image, { x: MARGIN, y: w.y - image.height * scale, width: image.width * scale, height: image.height * scale });
  }
  return doc.save();
}
