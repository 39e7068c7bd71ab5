// GET /api/v1/bulk/reports.csv.gz – anyone: every public report as gzip-compressed CSV, made again first if a report was hidden since
import { serveBulkFile } from "@/lib/open-data/bulk-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveBulkFile(request, "csv");
}

export const HEAD = GET;
