import { notFoundResponse } from "@/lib/complaints/documents";
import { currentAdvocate, exportResponse, senderExport } from "@/lib/public/advocacy";
import { isUuid } from "@/lib/validations/id";

/** Advocates: a sender's public, redacted reports as CSV or JSON (?format=json). */
export async function GET(request: Request, { params }: RouteContext<"/api/export/senders/[senderId]">) {
  const { senderId } = await params;
  const data = (await currentAdvocate()) && isUuid(senderId) ? senderExport(senderId) : null;
  if (!data) return notFoundResponse();
  const format = new URL(request.url).searchParams.get("format") === "json" ? "json" : "csv";
  return exportResponse(format, `spamtrail-${data.found.sender.display.replace(/[^A-Za-z0-9]+/g, "-")}`, data.reports, "reports");
}
