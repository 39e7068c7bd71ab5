import { createHash } from "node:crypto";
import { PDFDocument } from "pdf-lib";
import sharp from "sharp";
import { imageQueue, QueueFullError } from "./image-queue";
import { EVIDENCE_MAX_INPUT_PIXELS } from "./limits";
import type { AcceptedMime } from "./sniff";

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export type ProcessedImage = { data: Buffer; width: number; height: number; thumbnail: Buffer };
export type ProcessError = "unreadable" | "tooManyPixels" | "busy";

const THUMBNAIL_SIZE = 320;

/**
 * Decodes and re-encodes an image in its own format. Re-encoding drops every metadata block
 * (EXIF with GPS, XMP, ICC, comments) because sharp writes none unless asked; the pixels are
 * turned upright first so that dropping the EXIF orientation does not tip the screenshot over.
 * The pixel cap is checked from the header, before anything is decoded. It waits its turn in
 * the image queue (image-queue.ts), and answers "busy" when that is full.
 */
export async function processImage(
  bytes: Uint8Array,
  mime: Exclude<AcceptedMime, "application/pdf">,
  maxPixels = EVIDENCE_MAX_INPUT_PIXELS,
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ProcessError }> {
  try {
    return await imageQueue.run(() => encodeImage(bytes, mime, maxPixels));
  } catch (error) {
    if (error instanceof QueueFullError) return { ok: false, error: "busy" };
    throw error;
  }
}

async function encodeImage(
  bytes: Uint8Array,
  mime: Exclude<AcceptedMime, "application/pdf">,
  maxPixels: number,
): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ProcessError }> {
  const animated = mime === "image/gif" || mime === "image/webp";
  try {
    const pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error", animated, autoOrient: true });
    const encoded =
      mime === "image/png"
        ? pipeline.png()
        : mime === "image/jpeg"
          ? pipeline.jpeg({ quality: 90 })
          : mime === "image/webp"
            ? pipeline.webp({ quality: 90 })
            : pipeline.gif();
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data, { limitInputPixels: maxPixels })
      .resize({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, fit: "cover", position: "top", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    // For animations sharp reports the height of the whole strip of frames; show one frame's.
    const height = info.pageHeight ?? info.height;
    return { ok: true, image: { data, width: info.width, height, thumbnail } };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    return { ok: false, error: /pixel limit/i.test(message) ? "tooManyPixels" : "unreadable" };
  }
}

/** A PDF is stored as received; it must at least parse, and its page count is recorded. */
export async function inspectPdf(bytes: Uint8Array): Promise<{ ok: true; pages: number } | { ok: false; error: "unreadable" }> {
  try {
    const document = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    const pages = document.getPageCount();
    return pages > 0 ? { ok: true, pages } : { ok: false, error: "unreadable" };
  } catch {
    return { ok: false, error: "unreadable" };
  }
}
