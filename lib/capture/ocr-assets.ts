/**
 * The files the browser needs to read a screenshot (tesseract.js's worker, its WebAssembly core,
 * the English model), served by the app itself from node_modules (app/ocr/[version]/[file]):
 * nothing is fetched from a CDN, and the screenshot never leaves the phone.
 *
 * The version is part of every address, so the files can be cached for a year: an upgrade of the
 * packages changes the address (lib/capture/ocr-assets.test.ts checks it against the installed
 * packages). Shared with scripts/bench-ocr.ts, which serves the same files.
 */
export const OCR_ASSET_VERSION = "7.0.0-1.0.0";
export const OCR_BASE_PATH = `/ocr/${OCR_ASSET_VERSION}`;

/**
 * The model: `4.0.0_best_int` (LSTM only, integer weights, 2.9 MB gzipped) rather than `4.0.0`
 * (11 MB, the same LSTM network plus the legacy engine's data, which the LSTM-only core never
 * uses). scripts/bench-ocr.ts measures both (BENCH_OCR_DATA=4.0.0).
 */
export const OCR_LANG_DATA = "4.0.0_best_int";

type Asset = { segments: readonly string[]; type: string };

/**
 * The worker picks one core by what the browser supports (tesseract.js
 * src/worker-script/browser/getCore.js): relaxed SIMD, SIMD, or neither, each in its LSTM-only
 * build (`-lstm`) because the worker is created with OEM 1 (LSTM only).
 */
const CORES = ["tesseract-core-relaxedsimd-lstm.wasm.js", "tesseract-core-simd-lstm.wasm.js", "tesseract-core-lstm.wasm.js"] as const;

export function ocrAssets(langData: string = OCR_LANG_DATA): Record<string, Asset> {
  return {
    "worker.min.js": { segments: ["tesseract.js", "dist", "worker.min.js"], type: "text/javascript; charset=utf-8" },
    ...Object.fromEntries(CORES.map((name) => [name, { segments: ["tesseract.js-core", name], type: "text/javascript; charset=utf-8" }])),
    "eng.traineddata.gz": { segments: ["@tesseract.js-data", "eng", langData, "eng.traineddata.gz"], type: "application/octet-stream" },
  };
}

/**
 * The policy of the worker script, which the browser applies inside the worker (a worker loaded
 * from its own same-origin address gets the policy of that answer, not the page's): the core may
 * be loaded from here (`importScripts`), the model fetched from here, and the core's WebAssembly
 * compiled (`'wasm-unsafe-eval'` allows exactly that, not `eval`). The pages' own policy needs
 * none of this.
 */
export const OCR_WORKER_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/** The headers of an asset's answer (the app's route and the bench's server send the same). */
export function ocrAssetHeaders(file: string, type: string, size: number): Record<string, string> {
  return {
    "Content-Type": type,
    "Content-Length": String(size),
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Content-Security-Policy": file === "worker.min.js" ? OCR_WORKER_POLICY : "default-src 'none'",
  };
}
