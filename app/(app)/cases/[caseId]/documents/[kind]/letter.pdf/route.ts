// GET /cases/<id>/documents/<kind>/letter.pdf – the document as a PDF with the case's files attached, for the case's owner only
import { letterDownload } from "@/lib/complaints/documents";
import { withUser } from "@/lib/http/with-user";

export const GET = withUser(async (_request, { params }: RouteContext<"/cases/[caseId]/documents/[kind]/letter.pdf">, user) => {
  const { caseId, kind } = await params;
  return letterDownload(user, caseId, kind, "pdf");
});
