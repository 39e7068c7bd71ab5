// GET /api/v1/senders/:id – open data: a sender's public figures, identities and verified organisation
import { answer, notFound, openDataGet, parseParams, preflight } from "@/lib/open-data/respond";
import { senderDetailSchema, senderPathSchema } from "@/lib/open-data/schemas";
import { senderDetail } from "@/lib/open-data/senders";

export const GET = openDataGet(async (_request, { params }: RouteContext<"/api/v1/senders/[id]">) => {
  const { id } = parseParams(senderPathSchema, await params);
  const detail = await senderDetail(id);
  if (!detail) throw notFound();
  return answer(senderDetailSchema, detail);
});
export const OPTIONS = preflight;
