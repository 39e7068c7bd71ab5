// GET /api/v1/categories – open data: every category with its public reports and senders
import { categoryList } from "@/lib/open-data/catalogue";
import { answer, openDataGet, preflight } from "@/lib/open-data/respond";
import { categoryListSchema } from "@/lib/open-data/schemas";

export const GET = openDataGet(async () => answer(categoryListSchema, await categoryList()));
export const OPTIONS = preflight;
