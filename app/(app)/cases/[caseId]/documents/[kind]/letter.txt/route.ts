// GET /cases/<id>/documents/<kind>/letter.txt – the document as plain text, for the case's owner only
import { letterDownload } from "@/lib/complaints/documents";
import { withUser } from "@/lib/http/with-user";

export const GET = withUser(async (_request, { params }: RouteContext<"/cases/[caseId]/documents/[kind]/letter.txt">, user) => {
  const { caseId, kind } = await params;
  return letterDownload(user, caseId, kind, "txt");
});
