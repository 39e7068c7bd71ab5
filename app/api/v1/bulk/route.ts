// GET /api/v1/bulk – anyone: the manifest of the bulk download (when made, rows, each file's size and sha256)
import { serveBulkManifest } from "@/lib/open-data/bulk-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveBulkManifest(request);
}
