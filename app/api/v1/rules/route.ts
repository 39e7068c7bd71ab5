// GET /api/v1/rules – open data: the rules checked, with the public cases and reports breaking them
import { ruleList } from "@/lib/open-data/catalogue";
import { answer, openDataGet, preflight } from "@/lib/open-data/respond";
import { ruleListSchema } from "@/lib/open-data/schemas";

export const GET = openDataGet(async () => answer(ruleListSchema, await ruleList()));
export const OPTIONS = preflight;
