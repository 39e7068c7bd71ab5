import { documentHeaders, notFoundResponse, ownRegulatorLetter } from "@/lib/complaints/documents";
import { letterToText } from "@/lib/complaints/letter";

export async function GET(_request: Request, { params }: RouteContext<"/cases/[caseId]/complaints/[regulatorId]/letter.txt">) {
  const { caseId, regulatorId } = await params;
  const document = await ownRegulatorLetter(caseId, regulatorId, false);
  if (!document) return notFoundResponse();
  return new Response(letterToText(document.letter), { headers: documentHeaders("text/plain; charset=utf-8", `${document.fileName}.txt`) });
}
