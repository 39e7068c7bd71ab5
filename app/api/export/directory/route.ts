import { notFoundResponse } from "@/lib/complaints/documents";
import { currentAdvocate, directoryExport, exportResponse } from "@/lib/public/advocacy";
import { directoryQuerySchema } from "@/lib/public/directory";

/** Advocates: the directory as filtered in the URL (sort, category, sector, country), as CSV or JSON. */
export async function GET(request: Request) {
  if (!(await currentAdvocate())) return notFoundResponse();
  const params = new URL(request.url).searchParams;
  const query = directoryQuerySchema.parse(Object.fromEntries(params));
  return exportResponse(params.get("format") === "json" ? "json" : "csv", "spamtrail-senders", directoryExport(query), "directory");
}
