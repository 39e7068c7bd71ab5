import type * as PdfJsModule from "pdfjs-dist/legacy/build/pdf.mjs";

type PdfJs = typeof PdfJsModule;
const load = async (bytes: Uint8Array) => {
  const pdfjs: PdfJs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  return { pdfjs, doc: await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise };
};

/** Reads a PDF back as text with pdf.js (a dev dependency), for tests of the letters. */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const { doc } = await load(bytes);
  let text = "";
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ") + "\n";
  }
  return { pages: doc.numPages, text };
}

/**
 * The characters of the glyphs in the order they are drawn, left to right, one string per
 * text-drawing operation: unlike pdfText, no bidi reordering is applied to what is read back.
 */
export async function pdfDrawnText(bytes: Uint8Array): Promise<string[]> {
  return (await pdfDrawnGlyphs(bytes)).map((glyphs) => glyphs.map((glyph) => glyph.unicode).join(""));
}

/** Each text-drawing operation's glyphs: the characters they stand for and their code in the font. */
export async function pdfDrawnGlyphs(bytes: Uint8Array): Promise<{ unicode: string; code: number }[][]> {
  const { pdfjs, doc } = await load(bytes);
  const drawn: { unicode: string; code: number }[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const operators = await (await doc.getPage(i)).getOperatorList();
    operators.fnArray.forEach((fn, index) => {
      if (fn !== pdfjs.OPS.showText) return;
      const glyphs = operators.argsArray[index][0] as ({ unicode: string; originalCharCode: number } | number)[];
      drawn.push(glyphs.flatMap((glyph) => (typeof glyph === "number" ? [] : [{ unicode: glyph.unicode, code: glyph.originalCharCode }])));
    });
  }
  return drawn;
}
