import { documentHeaders, notFoundResponse, ownOjkLetter } from "@/lib/complaints/documents";
import { letterToText } from "@/lib/complaints/letter";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/complaints/ojk/letter.txt">) {
  const document = await ownOjkLetter((await params).caseId, false);
  if (!document) return notFoundResponse();
  return new Response(letterToText(document.letter), { headers: documentHeaders("text/plain; charset=utf-8", `${document.fileName}.txt`) });
}
