import "server-only";
import { PDFDocument, rgb, type PDFPage } from "pdf-lib";
import sharp from "sharp";
import { imageQueue } from "../evidence/image-queue";
import { paragraphDirection, visualRuns, type Direction } from "./bidi";
import { loadInertExhibit, removeActions } from "./exhibit-pdf";
import type { Letter } from "./letter";
import { LetterFonts } from "./pdf-fonts";

/** A file appended after the letter: images on a page of their own, PDFs with all their pages. */
export type Exhibit = { heading: string; lines: string[]; contentType: string; bytes: Uint8Array };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const SIZE = 11;
const LEADING = 15;
const LABEL_WIDTH = 80;
/** Text every font draws left to right as it comes: measured and drawn in one piece. */
const SIMPLE = /^[\u0000-\u058f]*$/;

class Writer {
  page: PDFPage;
  y = 0;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: LetterFonts,
    /** A right-to-left letter (Hebrew) is aligned right, every paragraph read right to left. */
    private readonly direction: Direction,
  ) {
    this.page = this.newPage();
  }

  newPage(): PDFPage {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
    return this.page;
  }

  private runs(line: string, bold: boolean, direction: Direction) {
    const key = bold ? "bold" : "regular";
    if (SIMPLE.test(line)) return [{ text: line, font: this.fonts.get(key) }];
    return visualRuns(line, direction, (grapheme) => this.fonts.fontOf(grapheme, bold)).map((run) => ({ text: run.text, font: this.fonts.get(run.font) }));
  }

  private width(line: string, bold: boolean, direction: Direction): number {
    return this.runs(line, bold, direction).reduce((sum, run) => sum + run.font.widthOfTextAtSize(run.text, SIZE), 0);
  }

  private wrap(paragraph: string, bold: boolean, direction: Direction, width: number): string[] {
    const lines: string[] = [];
    let line = "";
    for (const word of paragraph.split(/\s+/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (!line || this.width(candidate, bold, direction) <= width) line = candidate;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
    return lines;
  }

  /** Draws a line starting `indent` from the margin on the letter's reading side. */
  private draw(line: string, bold: boolean, direction: Direction, indent: number): void {
    let x = this.direction === "rtl" ? A4[0] - MARGIN - indent - this.width(line, bold, direction) : MARGIN + indent;
    for (const run of this.runs(line, bold, direction)) {
      this.page.drawText(run.text, { x, y: this.y, size: SIZE, font: run.font, color: rgb(0, 0, 0) });
      x += run.font.widthOfTextAtSize(run.text, SIZE);
    }
  }

  async text(text: string, options: { bold?: boolean; indent?: number; gapAfter?: number } = {}): Promise<void> {
    const bold = options.bold ?? false;
    const indent = options.indent ?? 0;
    await this.fonts.use(text, bold);
    for (const paragraph of text.split("\n")) {
      const direction = this.direction === "rtl" ? "rtl" : paragraphDirection(paragraph);
      for (const line of this.wrap(paragraph, bold, direction, A4[0] - 2 * MARGIN - indent)) {
        if (this.y < MARGIN + LEADING) this.newPage();
        this.draw(line, bold, direction, indent);
        this.y -= LEADING;
      }
    }
    this.y -= options.gapAfter ?? 0;
  }

  async pairs(rows: [string, string][]): Promise<void> {
    for (const [label, value] of rows) {
      if (this.y < MARGIN + LEADING) this.newPage();
      await this.fonts.use(label, false);
      this.draw(`${label}`, false, this.direction, 0);
      this.draw(":", false, this.direction, LABEL_WIDTH - 10);
      await this.text(value, { indent: LABEL_WIDTH });
    }
  }
}

/** The letter on A4 with embedded fonts, then each exhibit as a numbered appendix. */
export async function renderLetterPdf(letter: Letter, exhibits: readonly Exhibit[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const w = new Writer(doc, await LetterFonts.for(doc), letter.direction ?? "ltr");
  doc.setTitle(letter.meta.at(-1)?.[1] ?? letter.dateLine);
  doc.setProducer("Spamtrail");

  await w.text(letter.dateLine, { gapAfter: LEADING });
  await w.pairs(letter.meta);
  w.y -= LEADING;
  for (const line of letter.addressee) await w.text(line);
  w.y -= LEADING;
  await w.text(letter.salutation, { gapAfter: 4 });
  await w.text(letter.intro, { gapAfter: 4 });
  await w.pairs(letter.identity);
  w.y -= 4;
  await w.text(letter.statement, { gapAfter: LEADING / 2 });
  for (const section of letter.sections) {
    await w.text(section.title, { bold: true, gapAfter: 2 });
    await w.text(section.body, { gapAfter: LEADING / 2 });
  }
  await w.text(letter.closing, { gapAfter: LEADING });
  await w.text(letter.signOff, { gapAfter: LEADING * 3 });
  await w.text(letter.signatory, { bold: true });

  for (const exhibit of exhibits) {
    w.newPage();
    await w.text(exhibit.heading, { bold: true });
    for (const line of exhibit.lines) await w.text(line);
    w.y -= LEADING / 2;
    if (exhibit.contentType === "application/pdf") {
      // Pages only: nothing of the exhibit that can run, open or submit comes along (exhibit-pdf.ts).
      const source = await loadInertExhibit(exhibit.bytes);
      for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);
      continue;
    }
    // pdf-lib re-compresses PNGs in JavaScript (about 0.2 s for one phone screenshot), so every
    // image goes in as a high-quality JPEG made by sharp (in the image queue), which pdf-lib embeds as it is.
    const jpeg =
      exhibit.contentType === "image/jpeg"
        ? exhibit.bytes
        : await imageQueue.runWhenFree(() => sharp(exhibit.bytes).flatten({ background: "#ffffff" }).jpeg({ quality: 90 }).toBuffer());
    const image = await doc.embedJpg(jpeg);
    const maxWidth = A4[0] - 2 * MARGIN;
    const maxHeight = w.y - MARGIN;
    const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1);
    const width = image.width * scale;
    const x = letter.direction === "rtl" ? A4[0] - MARGIN - width : MARGIN;
    w.page.drawImage(image, { x, y: w.y - image.height * scale, width, height: image.height * scale });
  }
  removeActions(doc);
  return doc.save();
}
