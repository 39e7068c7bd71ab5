import "server-only";
import { z } from "zod";
import { DIRECTORY_SORTS, listDirectory, publicPageForKey, publicPageForKeyOnSqlite, searchByName, type DirectoryRow } from "@/db/queries/directory";
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
/** The sort orders, for the directory page's select. */
export { DIRECTORY_SORTS };

/**
 * The identity keys `q` may be, in the order they are tried: a number in any format (read as the
 * visitor's country first, then as each country Spamtrail knows), a short code or a sender ID.
 */
function* identityKeys(q: string, visitorCountry: string): Generator<string> {
  for (const country of [visitorCountry, ...COUNTRIES.filter((c) => c !== visitorCountry)]) {
    const parsed = parseSender(q, country);
    if (!parsed.ok) continue;
    yield parsed.identity.key;
    // A sender ID means the same whatever the country; numbers and short codes do not.
    if (parsed.identity.kind === "alphanumeric") break;
  }
}

/** The page of the exact identity typed (identityKeys); null when none has public reports. */
export async function pageOfIdentity(q: string, visitorCountry: string): Promise<string | null> {
  for (const key of identityKeys(q, visitorCountry)) {
    const page = await publicPageForKey(key);
    if (page) return page;
  }
  return null;
}

/**
 * An exact identity finds its page; otherwise a name finds sender IDs and organisations that
 * start with it. Only senders with public reports.
 */
export async function findSender(q: string, visitorCountry: string): Promise<{ page: string | null; matches: DirectoryRow[] }> {
  const page = await pageOfIdentity(q, visitorCountry);
  if (page) return { page, matches: [] };
  return { page: null, matches: /\p{L}/u.test(q) ? await searchByName(q) : [] };
}

/**
 * Where the directory's search box leads: straight to the page of an exact identity, else back
 * to the directory with the same search and filters, which lists the names that match.
 */
export async function searchTarget(params: URLSearchParams, visitorCountry: string): Promise<string> {
  const { q } = directoryQuerySchema.parse(Object.fromEntries(params));
  return searchLocation(params, q ? await pageOfIdentity(q, visitorCountry) : null);
}

/**
 * searchTarget answered synchronously, for the front's search before Next (server/front-search.mjs,
 * registered by instrumentation.ts): SQLite only, where a lookup needs no await.
 */
export function searchTargetOnSqlite(params: URLSearchParams, visitorCountry: string): string {
  const { q } = directoryQuerySchema.parse(Object.fromEntries(params));
  let page: string | null = null;
  for (const key of q ? identityKeys(q, visitorCountry) : []) {
    page = publicPageForKeyOnSqlite(key);
    if (page) break;
  }
  return searchLocation(params, page);
}

function searchLocation(params: URLSearchParams, page: string | null): string {
  if (page) return `/senders/${page}`;
  const kept = new URLSearchParams();
  for (const [key, value] of params) if (value) kept.set(key, value);
  return kept.size ? `/senders?${kept}` : "/senders";
}

export async function directoryPage(query: DirectoryQuery) {
  return listDirectory({ sort: query.sort, category: query.category, sector: query.sector, country: query.country, page: query.page });
}

/** Directory pages past this one are rarely visited: the front leaves them to Next rather than keep them. */
export const CACHED_DIRECTORY_PAGES = 50;

/**
 * The directory's address with every filter kept, the default sort and the first page left out:
 * the links between pages, and the key the front keeps a copy of a page under.
 */
export function directoryPath(query: Omit<DirectoryQuery, "q">): string {
  const params = new URLSearchParams();
  if (query.sort !== "recent") params.set("sort", query.sort);
  for (const key of ["category", "sector", "country"] as const) if (query[key]) params.set(key, query[key]);
  if (query.page > 0) params.set("page", String(query.page));
  return params.size ? `/senders?${params}` : "/senders";
}

/**
 * The query string of the directory page these parameters show, as the page reads them (unknown
 * parameters and values it ignores fall away), for the front's copies of the list
 * (server/front-directory.mjs). Null when the front must leave the request to Next: a search,
 * a parameter given twice (Next reads it as a list, not as one of its values), a far page.
 */
export function directoryCacheKey(params: URLSearchParams): string | null {
  const names = [...params.keys()];
  if (new Set(names).size !== names.length) return null;
  const query = directoryQuerySchema.parse(Object.fromEntries(params));
  if (query.q || query.page >= CACHED_DIRECTORY_PAGES) return null;
  const path = directoryPath(query);
  return path.includes("?") ? path.slice(path.indexOf("?") + 1) : "";
}
