import "server-only";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { contentDisposition } from "../http/responses";
import { bulkFilePath, freshManifest, type BulkFormat, type BulkManifest } from "./bulk";
import { BULK_COLUMNS } from "./bulk-columns";
import { DATA_LICENCE_TEXT } from "./licence";
import { countRequest } from "./respond";

/** Open to any origin, as every public answer of the API; the ETag must be readable for a client to revalidate. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition, Content-Length, RateLimit, RateLimit-Policy, Retry-After",
};
/** Every download asks again (a cheap 304 when unchanged): a hidden report must not live on in a cache. */
const REVALIDATE = "public, max-age=0, must-revalidate";

export const BULK_LICENCE = DATA_LICENCE_TEXT;

const busy = () =>
  Response.json(
    { error: "The download is being made; try again shortly." },
    { status: 503, headers: { ...CORS, "Retry-After": "30", "Cache-Control": "no-store" } },
  );

/** The manifest as the public reads it: where each file is, its size, its checksum. */
export function publicManifest(manifest: BulkManifest) {
  return {
    generatedAt: manifest.generatedAt,
    rows: manifest.rows,
    files: manifest.files.map((file) => ({ format: file.format, url: `/api/v1/bulk/reports.${file.format}.gz`, bytes: file.bytes, sha256: file.sha256 })),
    dictionary: "/api/v1/bulk/dictionary.json",
    licence: BULK_LICENCE,
  };
}

export async function serveBulkManifest(request: Request): Promise<Response> {
  const { headers: limit, refusal } = await countRequest(request);
  if (refusal) return refusal;
  const manifest = await freshManifest();
  if (!manifest) return busy();
  return Response.json(publicManifest(manifest), { headers: { ...limit, ...CORS, "Cache-Control": REVALIDATE } });
}

/**
 * One of the files, streamed from disk, after making it again if a public change came since it
 * was made. A newer run may replace the files between reading the manifest and opening the file:
 * then the newer manifest is read again.
 */
export async function serveBulkFile(request: Request, format: BulkFormat): Promise<Response> {
  // Counted like every API answer: a download may make the files again, the dearest request there is.
  const { headers: limit, refusal } = await countRequest(request);
  if (refusal) return refusal;
  for (let attempt = 0; attempt < 3; attempt++) {
    const manifest = await freshManifest();
    if (!manifest) return busy();
    const file = manifest.files.find((entry) => entry.format === format)!;
    const etag = `"${file.sha256}"`;
    const headers = { ...limit, ...CORS, "Cache-Control": REVALIDATE, ETag: etag, "Last-Modified": new Date(manifest.generatedAt).toUTCString() };
    const known = request.headers.get("if-none-match")?.split(/\s*,\s*/) ?? [];
    if (known.includes(etag)) return new Response(null, { status: 304, headers });
    const download = {
      ...headers,
      "Content-Type": "application/gzip",
      "Content-Length": String(file.bytes),
      "Content-Disposition": contentDisposition("attachment", `spamtrail-reports-${manifest.generatedAt.slice(0, 10)}.${format}.gz`),
      "X-Content-Type-Options": "nosniff",
    };
    // Without a body to read, no file is opened (a stream nobody reads would hold it open).
    if (request.method === "HEAD") return new Response(null, { headers: download });
    let handle;
    try {
      handle = await open(bulkFilePath(file), "r");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw error;
    }
    return new Response(Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>, { headers: download });
  }
  return busy();
}

/** What each column is, in both languages, from the same list that writes the files. */
export function bulkDictionary(describe: (locale: "en" | "id", name: string, part: "meaning" | "source" | "redaction") => string) {
  const both = (name: string, part: "meaning" | "source" | "redaction") => ({ en: describe("en", name, part), id: describe("id", name, part) });
  return {
    columns: BULK_COLUMNS.map((column) => ({
      name: column.name,
      type: column.type,
      ...(column.format ? { format: column.format } : {}),
      nullable: column.nullable,
      ...(column.values ? { values: column.values } : {}),
      description: both(column.name, "meaning"),
      source: both(column.name, "source"),
      ...(column.redacted ? { redaction: both(column.name, "redaction") } : {}),
    })),
    licence: BULK_LICENCE,
  };
}
