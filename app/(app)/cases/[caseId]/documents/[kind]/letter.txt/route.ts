import { letterDownload } from "@/lib/complaints/documents";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/documents/[kind]/letter.txt">) {
  const { caseId, kind } = await params;
  return letterDownload(caseId, kind, "txt");
}
