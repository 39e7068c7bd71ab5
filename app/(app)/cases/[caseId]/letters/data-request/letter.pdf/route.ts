import { documentHeaders, notFoundResponse, ownDataLetter } from "@/lib/complaints/documents";
import { renderLetterPdf } from "@/lib/complaints/pdf";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/letters/data-request/letter.pdf">) {
  const document = await ownDataLetter((await params).caseId);
  if (!document) return notFoundResponse();
  return new Response(Buffer.from(await renderLetterPdf(document.letter, [])), { headers: documentHeaders("application/pdf", `${document.fileName}.pdf`) });
}
