import type Tesseract from "tesseract.js";
import { OCR_BASE_PATH } from "./ocr-paths";
import type { OcrLine, OcrPage } from "./screenshot-text";

/**
 * Reading a screenshot in the browser with tesseract.js: the image never leaves the device.
 * tesseract.js is imported only when the first screenshot is read; its worker, core and model
 * come from this app (app/ocr/[version]/[file]), the worker from its own same-origin address
 * (`workerBlobURL: false`) so that it runs under the worker script's policy
 * (lib/capture/ocr-assets.ts) and the pages keep theirs. One worker serves every screenshot, one
 * at a time.
 */

type Progress = (fraction: number) => void;

let worker: Promise<Tesseract.Worker> | null = null;
let queue: Promise<unknown> = Promise.resolve();
let reportTo: Progress | null = null;
/** Starting the worker (loading core and model) is the first part of the bar; recognising the rest. */
const START_SHARE = 0.3;
let started = false;

function startWorker(base: string, params: Partial<Tesseract.WorkerParams>): Promise<Tesseract.Worker> {
  worker ??= (async () => {
    const { createWorker, OEM } = await import("tesseract.js");
    const created = await createWorker("eng", OEM.LSTM_ONLY, {
      workerPath: `${base}/worker.min.js`,
      corePath: base,
      langPath: base,
      gzip: true,
      workerBlobURL: false,
      // The HTTP cache keeps the model (a year, immutable address); a second copy in IndexedDB
      // would only take the phone's space.
      cacheMethod: "none",
      logger: ({ status, progress }) => {
        if (status === "recognizing text") reportTo?.(START_SHARE + (1 - START_SHARE) * progress);
        else if (!started) reportTo?.(START_SHARE * Math.min(1, progress) * (status.includes("language") ? 0.9 : 0.3));
      },
      errorHandler: () => {},
    });
    await created.setParameters(params);
    started = true;
    return created;
  })();
  worker.catch(() => (worker = null));
  return worker;
}

/** Draws the image grey and, for a dark theme, light on dark turned dark on light, at a size tesseract reads well. */
async function prepare(image: Blob): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(image);
  // Text on a phone screenshot is 30–50 px high at 2–3×: fine. A smaller copy (a forwarded,
  // shrunk image) is scaled up; a huge one down, to bound the time.
  const scale = bitmap.width < 900 ? 900 / bitmap.width : bitmap.width > 1800 ? 1800 / bitmap.width : 1;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
  const data = pixels.data;
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const grey = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
    data[i] = data[i + 1] = data[i + 2] = grey;
    sum += grey;
  }
  if (sum / (data.length / 4) < 110) for (let i = 0; i < data.length; i += 4) data[i] = data[i + 1] = data[i + 2] = 255 - data[i]!;
  context.putImageData(pixels, 0, 0);
  return canvas;
}

function linesOf(page: Tesseract.Page): OcrLine[] {
  return (page.blocks ?? []).flatMap((block) =>
    block.paragraphs.flatMap((paragraph) =>
      paragraph.lines.map((line) => ({
        text: line.text.trim(),
        bbox: line.bbox,
        confidence: line.confidence,
        words: line.words.map((word) => ({ text: word.text, bbox: word.bbox })),
      })),
    ),
  );
}

export type ReadOptions = { base?: string; params?: Partial<Tesseract.WorkerParams> };

/**
 * The lines of text in a screenshot with their boxes, `onProgress` told from 0 to 1. Rejects if
 * the image cannot be decoded or tesseract cannot start (the caller says so and the user types).
 */
export function readImageText(image: Blob, onProgress: Progress = () => {}, { base = OCR_BASE_PATH, params = {} }: ReadOptions = {}): Promise<OcrPage> {
  const job = queue.then(async () => {
    reportTo = onProgress;
    try {
      onProgress(0);
      const [canvas, ready] = await Promise.all([prepare(image), startWorker(base, params)]);
      onProgress(START_SHARE);
      const { data } = await ready.recognize(canvas, {}, { text: true, blocks: true });
      onProgress(1);
      return { width: canvas.width, height: canvas.height, lines: linesOf(data) };
    } finally {
      reportTo = null;
    }
  });
  queue = job.catch(() => {});
  return job;
}
