import "server-only";
import { categoryTotals, ruleTotals } from "@/db/queries/open-data";
import type { z } from "zod";
import { COUNTRY_PACKS } from "../countries";
import { CATEGORIES, type Country } from "../domain";
import type { categoryListSchema, ruleListSchema } from "./schemas";

/** Every category, those without public reports as 0. */
export async function categoryList(): Promise<z.input<typeof categoryListSchema>> {
  const totals = new Map((await categoryTotals()).map((row) => [row.category, row]));
  return { categories: CATEGORIES.map((id) => ({ id, senders: totals.get(id)?.senders ?? 0, reports: totals.get(id)?.reports ?? 0 })) };
}

/** Every rule of every country pack, with the public cases and reports breaking it. */
export async function ruleList(): Promise<z.input<typeof ruleListSchema>> {
  const totals = new Map((await ruleTotals()).map((row) => [row.ruleId, row]));
  return {
    rules: (Object.entries(COUNTRY_PACKS) as [Country, (typeof COUNTRY_PACKS)[Country]][]).flatMap(([country, pack]) =>
      pack.rules.map((rule) => ({
        id: rule.id,
        country,
        title: { id: rule.title.id, en: rule.title.en },
        source: { instrument: rule.source.instrument, article: rule.source.article, url: rule.source.url ?? null },
        confidence: rule.confidence,
        cases: totals.get(rule.id)?.cases ?? 0,
        reports: totals.get(rule.id)?.reports ?? 0,
      })),
    ),
  };
}
