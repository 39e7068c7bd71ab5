// GET /senders/:senderId/collective.pdf – advocates: one letter to the regulator about this sender, from all its public reports
import { renderLetterPdf } from "@/lib/complaints/pdf";
import { downloadHeaders, notFoundResponse, safeFileName } from "@/lib/http/responses";
import { withAdvocate } from "@/lib/http/with-user";
import { loadCollectiveLetter } from "@/lib/public/advocacy";

export const GET = withAdvocate(async (_request, { params }: RouteContext<"/senders/[senderId]/collective.pdf">, advocate) => {
  const { senderId } = await params;
  const loaded = await loadCollectiveLetter(senderId, advocate);
  if (!loaded) return notFoundResponse();
  const pdf = await renderLetterPdf(loaded.letter, []);
  return new Response(Buffer.from(pdf), { headers: downloadHeaders("application/pdf", `collective-${safeFileName(loaded.sender.display)}.pdf`) });
});
