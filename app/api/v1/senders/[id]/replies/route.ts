// GET /api/v1/senders/:id/replies?cursor=…&limit=… – open data: the verified organisation's visible replies and statements
import { answer, notFound, openDataGet, parseParams, preflight, queryOf } from "@/lib/open-data/respond";
import { pageParamsSchema, replyPageSchema, senderPathSchema } from "@/lib/open-data/schemas";
import { senderReplies } from "@/lib/open-data/senders";

export const GET = openDataGet(async (request, { params }: RouteContext<"/api/v1/senders/[id]/replies">) => {
  const { id } = parseParams(senderPathSchema, await params);
  const page = await senderReplies(id, parseParams(pageParamsSchema, queryOf(request)));
  if (!page) throw notFound();
  return answer(replyPageSchema, page);
});
export const OPTIONS = preflight;
