import "server-only";
import {
  concatTransformationMatrix,
  drawObject,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFStream,
  popGraphicsState,
  pushGraphicsState,
  type PDFContext,
  type PDFObject,
  type PDFOperator,
  type PDFPage,
} from "pdf-lib";

/*
 * A PDF exhibit goes into a letter sent to a regulator, so it must arrive as pages to read and
 * nothing that runs. Rendering the pages as images would be the bluntest cure, but nothing here
 * can render a PDF on the server (pdf.js needs a canvas; it is a test-only dependency), and an
 * image would lose the text the regulator may want to search or copy. Instead each page is cut
 * down to what draws it, before it is copied:
 *
 * - Only the page keys that draw it are kept (an allow-list, below). Gone with the rest: the
 *   page's actions (/AA), its annotations (/Annots: links, widgets and their /A and /AA actions,
 *   form fields with their keystroke/format/validate/calculate scripts via /Parent, file
 *   attachments, sounds, movies, screens and rich media), and structure and private data.
 * - What the annotations show (a filled-in field, a stamp, a highlight) stays visible: each
 *   visible annotation's normal appearance is drawn into the page as a plain form XObject.
 *   Links go entirely, web links included: in a spam exhibit the link is the scam, a regulator
 *   should not be one click from it, and its address is still readable if the page prints it.
 * - The document itself (its catalog: /OpenAction, /AA, /Names with /JavaScript and embedded
 *   files, /AcroForm with XFA, outlines) is never copied: pdf-lib copies pages and what they
 *   point at, and after the cut the pages point at nothing of that.
 *
 * Then, as a backstop, `removeActions` walks every object of the finished letter and drops any
 * action or action slot that is still there, whatever path brought it in.
 */

/** What a page needs to be drawn as it was; everything else on a page is dropped. */
const PAGE_KEYS = new Set(["Type", "MediaBox", "CropBox", "BleedBox", "TrimBox", "ArtBox", "Rotate", "UserUnit", "Resources", "Contents", "Group"]);

/** The action types of PDF 32000-1:2008, 12.6.4 (and the 3D and rich media ones after it). */
const ACTION_TYPES = new Set([
  "GoTo",
  "GoToR",
  "GoToE",
  "Launch",
  "Thread",
  "URI",
  "Sound",
  "Movie",
  "Hide",
  "Named",
  "SubmitForm",
  "ResetForm",
  "ImportData",
  "JavaScript",
  "SetOCGState",
  "Rendition",
  "Trans",
  "GoTo3DView",
  "RichMediaExecute",
]);

/** Keys that only ever hold actions or scripts: in a catalog, a page, an annotation, a field, a name tree. */
const ACTION_SLOTS = ["AA", "OpenAction", "JavaScript", "JS"].map((key) => PDFName.of(key));

const HIDDEN = 1 << 1;
const NO_VIEW = 1 << 5;

/** Loads a PDF exhibit with its pages reduced to what draws them (see above), ready for copyPages. */
export async function loadInertExhibit(bytes: Uint8Array): Promise<PDFDocument> {
  const source = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
  for (const page of source.getPages()) {
    page.node.normalize();
    try {
      flattenAppearances(source.context, page);
    } catch {
      // An appearance pdf-lib cannot follow: the page goes without what its annotations showed.
    }
    for (const key of page.node.keys()) if (!PAGE_KEYS.has(key.decodeText())) page.node.delete(key);
  }
  return source;
}

/** Draws each visible annotation's normal appearance into the page's content (PDF 32000-1, 12.5.5). */
function flattenAppearances(context: PDFContext, page: PDFPage): void {
  const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
  if (!annots) return;
  const operators: PDFOperator[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    if (!annot || annot.lookupMaybe(PDFName.of("Subtype"), PDFName)?.decodeText() === "Popup") continue;
    const flags = annot.lookupMaybe(PDFName.of("F"), PDFNumber)?.asNumber() ?? 0;
    if (flags & (HIDDEN | NO_VIEW)) continue;
    const appearance = normalAppearance(annot);
    const rect = numbers(annot.lookupMaybe(PDFName.of("Rect"), PDFArray), 4);
    if (!appearance || !rect) continue;
    const stream = context.lookup(appearance);
    if (!(stream instanceof PDFStream)) continue;
    const bbox = numbers(stream.dict.lookupMaybe(PDFName.of("BBox"), PDFArray), 4);
    if (!bbox) continue;
    const matrix = numbers(stream.dict.lookupMaybe(PDFName.of("Matrix"), PDFArray), 6) ?? [1, 0, 0, 1, 0, 0];
    // The box the appearance covers once its own matrix is applied, mapped onto the annotation's rectangle.
    const [x0, y0, x1, y1] = transformedBox(bbox, matrix);
    const [left, bottom, right, top] = [Math.min(rect[0]!, rect[2]!), Math.min(rect[1]!, rect[3]!), Math.max(rect[0]!, rect[2]!), Math.max(rect[1]!, rect[3]!)];
    if (x1 - x0 <= 0 || y1 - y0 <= 0) continue;
    const sx = (right - left) / (x1 - x0);
    const sy = (top - bottom) / (y1 - y0);
    stream.dict.set(PDFName.of("Subtype"), PDFName.of("Form"));
    const name = page.node.newXObject("Annot", appearance);
    operators.push(pushGraphicsState(), concatTransformationMatrix(sx, 0, 0, sy, left - x0 * sx, bottom - y0 * sy), drawObject(name), popGraphicsState());
  }
  if (!operators.length) return;
  // The page's own drawing is wrapped in q…Q, so the appearances are drawn in default page space.
  const start = context.register(context.flateStream("q\n"));
  const end = context.register(context.flateStream("Q\n"));
  page.node.wrapContentStreams(start, end);
  page.pushOperators(...operators);
}

/** The reference of the appearance a viewer shows: /AP /N, or its state named by /AS. */
function normalAppearance(annot: PDFDict): PDFRef | undefined {
  const ap = annot.lookupMaybe(PDFName.of("AP"), PDFDict);
  const normal = ap?.get(PDFName.of("N"));
  if (normal instanceof PDFRef) {
    const target = ap!.context.lookup(normal);
    if (target instanceof PDFStream) return normal;
    if (!(target instanceof PDFDict)) return undefined;
    return stateOf(annot, target);
  }
  return normal instanceof PDFDict ? stateOf(annot, normal) : undefined;
}

function stateOf(annot: PDFDict, states: PDFDict): PDFRef | undefined {
  const state = annot.lookupMaybe(PDFName.of("AS"), PDFName);
  const chosen = state ? states.get(state) : undefined;
  return chosen instanceof PDFRef ? chosen : undefined;
}

function nameOf(object: PDFObject | undefined): string | undefined {
  const resolved = object instanceof PDFRef ? undefined : object;
  return resolved instanceof PDFName ? resolved.decodeText() : undefined;
}

function numbers(array: PDFArray | undefined, length: number): number[] | undefined {
  if (!array || array.size() !== length) return undefined;
  const values = array.asArray().map((item) => (item instanceof PDFNumber ? item.asNumber() : NaN));
  return values.every(Number.isFinite) ? values : undefined;
}

function transformedBox([x0, y0, x1, y1]: number[], [a, b, c, d, e, f]: number[]): [number, number, number, number] {
  const corners = [
    [x0!, y0!],
    [x0!, y1!],
    [x1!, y0!],
    [x1!, y1!],
  ].map(([x, y]) => [a! * x! + c! * y! + e!, b! * x! + d! * y! + f!] as const);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/**
 * Removes every action from a finished document: action objects themselves (with the script
 * streams they point at), and every slot that holds one (/A when it holds an action, /AA,
 * /OpenAction, /JavaScript, /JS), in any dictionary, direct or indirect. Returns how many it
 * removed (zero for a letter whose exhibits were loaded with `loadInertExhibit`).
 */
export function removeActions(doc: PDFDocument): number {
  const { context } = doc;
  let removed = 0;
  const isAction = (object: PDFObject | undefined): boolean => {
    const resolved = object instanceof PDFRef ? context.lookup(object) : object;
    const dict = resolved instanceof PDFStream ? resolved.dict : resolved;
    if (!(dict instanceof PDFDict)) return false;
    // Looked at without lookupMaybe, which throws on a value of another type (any dict may have an /S).
    const type = nameOf(dict.get(PDFName.of("S")));
    return (type !== undefined && ACTION_TYPES.has(type)) || nameOf(dict.get(PDFName.of("Type"))) === "Action";
  };
  const clean = (object: PDFObject | undefined, seen: Set<PDFObject>): void => {
    if (!object || seen.has(object)) return;
    seen.add(object);
    const dict = object instanceof PDFStream ? object.dict : object;
    if (dict instanceof PDFArray) {
      for (const item of dict.asArray()) if (!(item instanceof PDFRef)) clean(item, seen);
      return;
    }
    if (!(dict instanceof PDFDict)) return;
    // A script kept in a stream of its own goes with the slot that pointed at it.
    const script = dict.get(PDFName.of("JS"));
    if (script instanceof PDFRef) context.delete(script);
    for (const key of ACTION_SLOTS) if (dict.delete(key)) removed++;
    if (isAction(dict.get(PDFName.of("A"))) && dict.delete(PDFName.of("A"))) removed++;
    for (const [, value] of dict.entries()) if (!(value instanceof PDFRef)) clean(value, seen);
  };
  // Slots first, while the actions they point at can still be looked up; then the actions.
  const objects = context.enumerateIndirectObjects();
  for (const [, object] of objects) clean(object, new Set());
  for (const [ref, object] of objects) {
    if (!isAction(object)) continue;
    context.delete(ref);
    removed++;
  }
  return removed;
}
