import { documentHeaders, notFoundResponse, ownRegulatorLetter } from "@/lib/complaints/documents";
import { renderLetterPdf } from "@/lib/complaints/pdf";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/complaints/[regulatorId]/letter.pdf">) {
  const { caseId, regulatorId } = await params;
  const document = await ownRegulatorLetter(caseId, regulatorId, true);
  if (!document) return notFoundResponse();
  const pdf = await renderLetterPdf(document.letter, document.exhibits);
  return new Response(Buffer.from(pdf), { headers: documentHeaders("application/pdf", `${document.fileName}.pdf`) });
}
