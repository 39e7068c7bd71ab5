import Link from "next/link";
import { SenderPageLink } from "@/components/sender-page-link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { redirect } from "next/navigation";
import { FiguresNote } from "@/components/figures-note";
import { getCurrentUser } from "@/lib/auth";
import { isAdvocate } from "@/lib/public/advocacy";
import { CATEGORIES, COUNTRIES, DEFAULT_COUNTRY, SECTORS } from "@/lib/domain";
import { DIRECTORY_SORTS, directoryPage, directoryQuerySchema, findSender, type DirectoryQuery } from "@/lib/public/directory";

/** Keeps every filter in the URL, so a filtered list can be shared as a link. */
function href(query: DirectoryQuery, change: Partial<DirectoryQuery>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, ...change }))
    if (value !== undefined && value !== "" && !(key === "page" && value === 0)) params.set(key, String(value));
  const search = params.toString();
  return search ? `/senders?${search}` : "/senders";
}

/** The same filters, for the advocates' export of the whole filtered list. */
function exportHref(query: DirectoryQuery, format: "csv" | "json"): string {
  const params = new URLSearchParams({ format });
  for (const key of ["sort", "category", "sector", "country"] as const) if (query[key]) params.set(key, String(query[key]));
  return `/api/export/directory?${params}`;
}

/** The public directory: search by number, short code, sender ID or organisation; senders sorted and filtered. */
export default async function DirectoryPage({ searchParams }: PageProps<"/senders">) {
  const query = directoryQuerySchema.parse(await searchParams);
  const [user, ta, t, tcat, tsector, tcountry, to, format] = await Promise.all([
    getCurrentUser(),
    getTranslations("advocate"),
    getTranslations("directory"),
    getTranslations("category"),
    getTranslations("sector"),
    getTranslations("country"),
    getTranslations("openData"),
    getFormatter(),
  ]);
  // Exact identities were sent to their page by the search route; here a name lists its matches.
  const search = query.q ? await findSender(query.q, user?.country ?? DEFAULT_COUNTRY) : null;
  if (search?.page) redirect(`/senders/${search.page}`);
  const { rows, hasMore } = search ? { rows: search.matches, hasMore: false } : await directoryPage(query);

  return (
    <div className="space-y-5">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
      </div>
      <form action="/senders/search" method="get" role="search" className="card space-y-3">
        <div>
          <label htmlFor="q" className="label">
            {t("searchLabel")}
          </label>
          <input id="q" name="q" type="search" defaultValue={query.q} className="input" aria-describedby="q-hint" />
          <p id="q-hint" className="hint">
            {t("searchHint")}
          </p>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <label htmlFor="sort" className="label">
              {t("sort")}
            </label>
            <select id="sort" name="sort" defaultValue={query.sort} className="input">
              {DIRECTORY_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t(`sortOption.${sort}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="category" className="label">
              {t("category")}
            </label>
            <select id="category" name="category" defaultValue={query.category ?? ""} className="input">
              <option value="">{t("any")}</option>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {tcat(category)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="sector" className="label">
              {t("sector")}
            </label>
            <select id="sector" name="sector" defaultValue={query.sector ?? ""} className="input">
              <option value="">{t("any")}</option>
              {SECTORS.map((sector) => (
                <option key={sector} value={sector}>
                  {tsector(sector)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="country" className="label">
              {t("country")}
            </label>
            <select id="country" name="country" defaultValue={query.country ?? ""} className="input">
              <option value="">{t("any")}</option>
              {COUNTRIES.map((country) => (
                <option key={country} value={country}>
                  {tcountry(country)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="btn-primary w-full sm:w-auto">
          {t("show")}
        </button>
      </form>

      {search ? <p role="status">{rows.length ? t("searchResults", { q: query.q }) : t("noResults", { q: query.q })}</p> : null}
      <ul className="space-y-3" aria-label={t("listLabel")}>
        {rows.map((row) => (
          <li key={row.id} className="card space-y-1">
            <h2 className="break-words text-lg font-semibold">
              <SenderPageLink senderId={row.id}>{row.organisation ? `${row.organisation} · ${row.display}` : row.display}</SenderPageLink>
            </h2>
            <p>{t("rowFigures", { reports: row.publicReports, people: row.reporters })}</p>
            <p className="text-sm text-stone-700">
              {[
                row.violations > 0 ? t("rowViolations", { count: row.violations }) : null,
                row.sector ? tsector(row.sector) : null,
                row.lastSeen ? t("rowLastSeen", { date: format.dateTime(row.lastSeen, { dateStyle: "medium" }) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </li>
        ))}
      </ul>
      {!search && rows.length === 0 ? <p>{t("empty")}</p> : null}
      <nav aria-label={t("pages")} className="flex justify-between gap-3">
        {query.page > 0 ? (
          <Link className="btn-secondary" href={href(query, { page: query.page - 1 })}>
            {t("previous")}
          </Link>
        ) : (
          <span />
        )}
        {hasMore ? (
          <Link className="btn-secondary" href={href(query, { page: query.page + 1 })}>
            {t("next")}
          </Link>
        ) : null}
      </nav>
      {isAdvocate(user) ? (
        <p className="flex flex-wrap gap-3">
          <a className="btn-secondary" href={exportHref(query, "csv")} download>
            {ta("exportListCsv")}
          </a>
          <a className="btn-secondary" href={exportHref(query, "json")} download>
            {ta("exportListJson")}
          </a>
        </p>
      ) : null}
      <FiguresNote />
      <footer className="space-y-1 border-t border-stone-300 pt-3 text-sm">
        <p>
          <Link className="link inline-block py-2" href="/developers">
            {t("developersLink")}
          </Link>
        </p>
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a public page, cached per language */}
          <a className="link inline-block py-2" href="/open-data">
            {to("footerLink")}
          </a>
        </p>
      </footer>
    </div>
  );
}
