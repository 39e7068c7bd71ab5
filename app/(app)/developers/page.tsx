import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { getAppUrl, env } from "@/lib/env";
import { OPEN_DATA_ENDPOINTS, type Endpoint } from "@/lib/open-data/endpoints";
import { OPENAPI_PATH } from "@/lib/open-data/openapi";
import { BULK_LICENCE } from "@/lib/open-data/bulk-response";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("developers");
  return { title: t("title") };
}

/** The parameters a client may send, from the same schemas the API reads them with. */
function parameterRows(endpoint: Endpoint) {
  const rows = (schema: Endpoint["query"], location: "path" | "query") =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => ({ name, location, required: location === "path" || !field.safeParse(undefined).success }));
  return [...rows(endpoint.pathParams, "path"), ...rows(endpoint.query, "query")];
}

/** JSON for reading on a phone: two-space indents, arrays of numbers (the heatmap) kept on one line. */
const pretty = (value: unknown) =>
  JSON.stringify(value, null, 2).replace(/\[\s+([\d,\s]+?)\s+\]/g, (_, numbers: string) => `[${numbers.replace(/\s+/g, " ")}]`);

/** The open data API for people who write programs: each endpoint, its parameters, an example, the terms. Generated from the API's own schemas. */
export default async function DevelopersPage() {
  const t = await getTranslations("developers");
  const origin = getAppUrl();
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
        <p>
          <a className="link" href={OPENAPI_PATH}>
            {t("documentLink")}
          </a>
        </p>
      </div>

      <section className="card space-y-2" aria-labelledby="terms">
        <h2 id="terms" className="text-lg font-semibold">
          {t("termsTitle")}
        </h2>
        <p>{t("terms")}</p>
        <p>{t("cite")}</p>
      </section>

      <section className="card space-y-2" aria-labelledby="limits">
        <h2 id="limits" className="text-lg font-semibold">
          {t("limitsTitle")}
        </h2>
        <p>{t("limit", { limit: env.API_RATE_LIMIT_PER_MINUTE })}</p>
        <p>{t("caching")}</p>
        <p>{t("cors")}</p>
        <p>{t("errors")}</p>
      </section>

      <section className="card space-y-2" aria-labelledby="bulk">
        <h2 id="bulk" className="text-lg font-semibold">
          {t("bulkTitle")}
        </h2>
        <p>{t("bulk")}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <a className="link break-all" href="/api/v1/bulk/reports.csv.gz">
              /api/v1/bulk/reports.csv.gz
            </a>
          </li>
          <li>
            <a className="link break-all" href="/api/v1/bulk/reports.jsonl.gz">
              /api/v1/bulk/reports.jsonl.gz
            </a>
          </li>
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- JSON from a route handler, not a page */}
            <a className="link break-all" href="/api/v1/bulk">
              /api/v1/bulk
            </a>{" "}
            {t("bulkManifest")}
          </li>
        </ul>
        <p>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a public page, cached per language */}
          <a className="link" href="/open-data">
            {t("bulkDictionary")}
          </a>
        </p>
        <p>{t("licence", { licence: BULK_LICENCE })}</p>
      </section>

      <h2 className="text-xl font-bold">{t("endpointsTitle")}</h2>
      {OPEN_DATA_ENDPOINTS.map((endpoint) => {
        const parameters = parameterRows(endpoint);
        const statuses = ["200", "304", ...endpoint.errors.map(String), "429"].join(", ");
        return (
          <section key={endpoint.id} className="card space-y-3" aria-labelledby={endpoint.id}>
            <h3 id={endpoint.id} className="font-mono text-base font-semibold break-all">
              GET {endpoint.path}
            </h3>
            <p>{t(`endpoint.${endpoint.id}`)}</p>
            {parameters.length ? (
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{t("parameters")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-2">
                      {t("parameter")}
                    </th>
                    <th scope="col">{t("meaning")}</th>
                  </tr>
                </thead>
                <tbody>
                  {parameters.map((parameter) => (
                    <tr key={parameter.name} className="align-top">
                      <td className="py-1 pr-2 font-mono">
                        {parameter.name}
                        <span className="block font-sans text-xs text-stone-600">{t(parameter.required ? "required" : "optional")}</span>
                      </td>
                      <td className="py-1">{t(`param.${parameter.name}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="text-sm">{t("noParameters")}</p>
            )}
            <p className="text-sm">{t("answers", { statuses })}</p>
            <h4 className="font-semibold">{t("exampleRequest")}</h4>
            <pre className="rounded bg-stone-100 p-2 text-xs break-all whitespace-pre-wrap">
              <code>{`curl "${origin}${endpoint.exampleRequest}"`}</code>
            </pre>
            <details>
              <summary className="cursor-pointer font-semibold">{t("exampleAnswer")}</summary>
              {/* Focusable, so that it scrolls from the keyboard too. */}
              <pre tabIndex={0} aria-label={t("exampleAnswer")} className="mt-2 max-h-96 overflow-auto rounded bg-stone-100 p-2 text-xs">
                <code>{pretty(endpoint.example)}</code>
              </pre>
            </details>
          </section>
        );
      })}
    </div>
  );
}
