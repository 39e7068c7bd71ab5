// GET /api/export/senders/:senderId – advocates: a sender's public, redacted reports as CSV or JSON
import { notFoundResponse, safeFileName } from "@/lib/http/responses";
import { withAdvocate } from "@/lib/http/with-user";
import { exportResponse, senderExport } from "@/lib/public/advocacy";
import { isUuid } from "@/lib/validations/id";

/** ?format=json for JSON. */
export const GET = withAdvocate(async (request: Request, { params }: RouteContext<"/api/export/senders/[senderId]">) => {
  const { senderId } = await params;
  const data = isUuid(senderId) ? await senderExport(senderId) : null;
  if (!data) return notFoundResponse();
  const format = new URL(request.url).searchParams.get("format") === "json" ? "json" : "csv";
  return exportResponse(format, `spamtrail-${safeFileName(data.found.sender.display)}`, data.reports, "reports");
});
