// GET /ocr/:version/:file – the screenshot reader's worker, core and language model
import { stat } from "node:fs/promises";
import path from "node:path";
import { notFoundResponse } from "@/lib/http/responses";
import { fileStream } from "@/lib/storage/file-stream";
import { OCR_ASSET_VERSION, ocrAssetHeaders, ocrAssets } from "@/lib/capture/ocr-assets";

const ASSETS = ocrAssets();

/**
 * tesseract.js's worker, core and English model, streamed from node_modules for screenshot reading
 * in the browser (lib/capture/ocr-assets.ts). Only the listed files, only under the current
 * version: the address names the version, so a year of caching is safe.
 */
export async function GET(_request: Request, { params }: RouteContext<"/ocr/[version]/[file]">) {
  const { version, file } = await params;
  const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
  if (version !== OCR_ASSET_VERSION || !asset) return notFoundResponse();
  const fullPath = path.join(process.cwd(), "node_modules", ...asset.segments);
  const size = await stat(fullPath).then(
    (s) => s.size,
    () => null,
  );
  if (size === null) return notFoundResponse();
  return new Response(fileStream(fullPath), { status: 200, headers: ocrAssetHeaders(file, asset.type, size) });
}
