import { OCR_WORKER_POLICY } from "../../server/security-headers.mjs";

/**
 * The files the browser needs to read a screenshot (tesseract.js's worker, its WebAssembly core,
 * the English model), served by the app itself from node_modules (app/ocr/[version]/[file]):
 * nothing is fetched from a CDN, and the screenshot never leaves the phone. Shared with
 * scripts/bench-ocr.ts, which serves the same files. Server side only (the browser needs
 * lib/capture/ocr-paths.ts).
 */
export { OCR_ASSET_VERSION, OCR_BASE_PATH } from "./ocr-paths";

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

/** The headers of an asset's answer (the app's route and the bench's server send the same). */
export function ocrAssetHeaders(file: string, type: string, size: number): Record<string, string> {
  return {
    "Content-Type": type,
    "Content-Length": String(size),
    "Cache-Control": "public, max-age=31536000, immutable",
    "X-Content-Type-Options": "nosniff",
    "Cross-Origin-Resource-Policy": "same-origin",
    // server/server.mjs sets the same policy before Next answers (server/security-headers.mjs).
    "Content-Security-Policy": OCR_WORKER_POLICY,
  };
}
