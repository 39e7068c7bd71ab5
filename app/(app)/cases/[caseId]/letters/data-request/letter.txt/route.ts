import { documentHeaders, notFoundResponse, ownDataLetter } from "@/lib/complaints/documents";
import { letterToText } from "@/lib/complaints/letter";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/letters/data-request/letter.txt">) {
  const document = await ownDataLetter((await params).caseId);
  if (!document) return notFoundResponse();
  return new Response(letterToText(document.letter), { headers: documentHeaders("text/plain; charset=utf-8", `${document.fileName}.txt`) });
}
