// GET /api/v1/bulk/reports.jsonl.gz – anyone: every public report as gzip-compressed JSON Lines, made again first if a report was hidden since
import { serveBulkFile } from "@/lib/open-data/bulk-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return serveBulkFile(request, "jsonl");
}

export const HEAD = GET;
