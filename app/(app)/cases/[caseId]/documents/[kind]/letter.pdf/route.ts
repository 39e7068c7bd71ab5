import { letterDownload } from "@/lib/complaints/documents";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/documents/[kind]/letter.pdf">) {
  const { caseId, kind } = await params;
  return letterDownload(caseId, kind, "pdf");
}
