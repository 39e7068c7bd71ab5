/**
 * Where the browser finds tesseract.js's files (app/ocr/[version]/[file]). The version is part of
 * every address, so the files can be cached for a year: an upgrade of the packages changes the
 * address (lib/capture/ocr-assets.test.ts checks it against the installed packages).
 */
export const OCR_ASSET_VERSION = "7.0.0-1.0.0";
export const OCR_BASE_PATH = `/ocr/${OCR_ASSET_VERSION}`;
