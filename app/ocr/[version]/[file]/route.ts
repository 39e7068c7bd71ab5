import { stat } from "node:fs/promises";
import path from "node:path";
import { fileStream } from "@/lib/storage/file-stream";
import { OCR_ASSET_VERSION, ocrAssetHeaders, ocrAssets } from "@/lib/capture/ocr-assets";

const ASSETS = ocrAssets();

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });
}

/**
 * tesseract.js's worker, core and English model, streamed from node_modules for screenshot reading
 * in the browser (lib/capture/ocr-assets.ts). Only the listed files, only under the current
 * version: the address names the version, so a year of caching is safe.
 */
export async function GET(_request: Request, { params }: RouteContext<"/ocr/[version]/[file]">) {
  const { version, file } = await params;
  const asset = Object.hasOwn(ASSETS, file) ? ASSETS[file] : undefined;
  if (version !== OCR_ASSET_VERSION || !asset) return notFound();
  const fullPath = path.join(process.cwd(), "node_modules", ...asset.segments);
  const size = await stat(fullPath).then((s) => s.size, () => null);
  if (size === null) return notFound();
  return new Response(fileStream(fullPath), { status: 200, headers: ocrAssetHeaders(file, asset.type, size) });
}
