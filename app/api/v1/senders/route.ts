// GET /api/v1/senders?q=… – open data: senders with public reports matching a number, sender ID or organisation name
import { answer, openDataGet, parseParams, preflight, queryOf } from "@/lib/open-data/respond";
import { searchParamsSchema, senderSearchSchema } from "@/lib/open-data/schemas";
import { searchSenders } from "@/lib/open-data/senders";

export const GET = openDataGet(async (request) => answer(senderSearchSchema, await searchSenders(parseParams(searchParamsSchema, queryOf(request)))));
export const OPTIONS = preflight;
