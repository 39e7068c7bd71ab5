// GET /api/export/directory – advocates: the directory as filtered in the URL, as CSV or JSON
import { withAdvocate } from "@/lib/http/with-user";
import { directoryExport, exportResponse } from "@/lib/public/advocacy";
import { directoryQuerySchema } from "@/lib/public/directory";

/** Filtered as in the URL (sort, category, sector, country); ?format=json for JSON. */
export const GET = withAdvocate(async (request: Request) => {
  const params = new URL(request.url).searchParams;
  const query = directoryQuerySchema.parse(Object.fromEntries(params));
  return exportResponse(params.get("format") === "json" ? "json" : "csv", "spamtrail-senders", await directoryExport(query), "directory");
});
