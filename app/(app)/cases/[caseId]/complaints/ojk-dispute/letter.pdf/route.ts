import { documentHeaders, notFoundResponse, ownOjkLetter } from "@/lib/complaints/documents";
import { renderLetterPdf } from "@/lib/complaints/pdf";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/complaints/ojk-dispute/letter.pdf">) {
  const document = await ownOjkLetter((await params).caseId, true, "ojk_dispute");
  if (!document) return notFoundResponse();
  const pdf = await renderLetterPdf(document.letter, document.exhibits);
  return new Response(Buffer.from(pdf), { headers: documentHeaders("application/pdf", `${document.fileName}.pdf`) });
}
