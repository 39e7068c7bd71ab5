// GET /api/v1/openapi.json – the open data API's OpenAPI 3.1 document, generated from the schemas that validate its answers
import { z } from "zod";
import { env } from "@/lib/env";
import { openApiDocument } from "@/lib/open-data/openapi";
import { answer, openDataGet, preflight } from "@/lib/open-data/respond";

export const GET = openDataGet(() => answer(z.record(z.string(), z.unknown()), openApiDocument(env.API_RATE_LIMIT_PER_MINUTE)));
export const OPTIONS = preflight;
