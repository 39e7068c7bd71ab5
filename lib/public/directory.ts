import "server-only";
import { z } from "zod";
import { DIRECTORY_SORTS, listDirectory, publicPageForKey, searchByName, type DirectoryRow } from "@/db/queries/directory";
import { CATEGORIES, COUNTRIES, SECTORS } from "../domain";
import { parseSender } from "../sender-identity";

/** The directory's URL: a search, a sort, filters and a page; anything unknown falls back to the default. */
export const directoryQuerySchema = z.object({
  q: z.string().trim().max(60).catch(""),
  sort: z.enum(DIRECTORY_SORTS).catch("recent"),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  sector: z.enum(SECTORS).optional().catch(undefined),
  country: z.enum(COUNTRIES).optional().catch(undefined),
  page: z.coerce.number().int().min(0).max(1000).catch(0),
});
export type DirectoryQuery = z.infer<typeof directoryQuerySchema>;

/**
 * A number in any format, a short code or a sender ID finds the page of that exact identity
 * (numbers read as the visitor's country first, then as each country Spamtrail knows); a name
 * finds sender IDs and organisations that start with it. Only senders with public reports.
 */
export function findSender(q: string, visitorCountry: string): { page: string | null; matches: DirectoryRow[] } {
  for (const country of [visitorCountry, ...COUNTRIES.filter((c) => c !== visitorCountry)]) {
    const parsed = parseSender(q, country);
    if (!parsed.ok) continue;
    const page = publicPageForKey(parsed.identity.key);
    if (page) return { page, matches: [] };
    // A sender ID means the same whatever the country; numbers and short codes do not.
    if (parsed.identity.kind === "alphanumeric") break;
  }
  return { page: null, matches: /\p{L}/u.test(q) ? searchByName(q) : [] };
}

export function directoryPage(query: DirectoryQuery) {
  return listDirectory({ sort: query.sort, category: query.category, sector: query.sector, country: query.country, page: query.page });
}
