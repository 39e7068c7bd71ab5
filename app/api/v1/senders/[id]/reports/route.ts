// GET /api/v1/senders/:id/reports?cursor=…&limit=… – open data: a sender's public reports, redacted, newest first
import { answer, notFound, openDataGet, parseParams, preflight, queryOf } from "@/lib/open-data/respond";
import { pageParamsSchema, reportPageSchema, senderPathSchema } from "@/lib/open-data/schemas";
import { senderReports } from "@/lib/open-data/senders";

export const GET = openDataGet(async (request, { params }: RouteContext<"/api/v1/senders/[id]/reports">) => {
  const { id } = parseParams(senderPathSchema, await params);
  const page = await senderReports(id, parseParams(pageParamsSchema, queryOf(request)));
  if (!page) throw notFound();
  return answer(reportPageSchema, page);
});
export const OPTIONS = preflight;
