import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { asLocale } from "@/lib/domain";
import { BULK_COLUMNS, type BulkColumn } from "@/lib/open-data/bulk-columns";

// The same for everyone, made from the column list and the messages: rendered once per language.
export const dynamic = "force-static";

export async function generateMetadata({ params }: PageProps<"/[locale]/open-data">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  if (!locale) notFound();
  const [t, meta] = await Promise.all([getTranslations({ locale, namespace: "openData" }), getTranslations({ locale, namespace: "meta" })]);
  return { title: `${t("title")} · ${meta("title")}` };
}

const TYPE_KEY = { string: "string", integer: "integer", "string[]": "list" } as const satisfies Record<BulkColumn["type"], string>;

/** The data dictionary of the bulk download: where the files are, how they are made, and every column. */
export default async function OpenDataPage({ params }: PageProps<"/[locale]/open-data">) {
  const locale = asLocale((await params).locale);
  if (!locale) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("openData");
  const type = (column: BulkColumn) =>
    [
      t(`type.${TYPE_KEY[column.type]}`),
      column.format ? t(column.format === "uuid" ? "format_uuid" : "format_dateTime") : null,
      column.nullable ? t("columnNullable") : null,
    ]
      .filter(Boolean)
      .join(", ");
  const downloads = [
    { href: "/api/v1/bulk/reports.csv.gz", label: t("csv") },
    { href: "/api/v1/bulk/reports.jsonl.gz", label: t("jsonl") },
    { href: "/api/v1/bulk", label: t("manifest") },
    { href: "/api/v1/bulk/dictionary.json", label: t("dictionaryJson") },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="downloads-heading" className="card space-y-2">
        <h2 id="downloads-heading" className="text-xl font-semibold">
          {t("downloadsTitle")}
        </h2>
        <ul className="space-y-2">
          {downloads.map((download) => (
            <li key={download.href}>
              <a className="link inline-block py-1" href={download.href}>
                {download.label}
              </a>
            </li>
          ))}
        </ul>
      </section>
      {(["schedule", "format", "redaction"] as const).map((part) => (
        <section key={part} aria-labelledby={`${part}-heading`} className="space-y-2">
          <h2 id={`${part}-heading`} className="text-xl font-semibold">
            {t(`${part}Title`)}
          </h2>
          <p>{t(part)}</p>
        </section>
      ))}
      <section aria-labelledby="columns-heading" className="space-y-3">
        <h2 id="columns-heading" className="text-xl font-semibold">
          {t("columnsTitle")}
        </h2>
        <ul className="space-y-3">
          {BULK_COLUMNS.map((column) => (
            <li key={column.name} className="card space-y-2">
              <h3 className="break-all font-mono text-lg font-semibold">{column.name}</h3>
              <p>{t(`columns.${column.name}.meaning` as never)}</p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="font-medium">{t("columnType")}</dt>
                <dd>{type(column)}</dd>
                {column.values ? (
                  <>
                    <dt className="font-medium">{t("columnValues")}</dt>
                    <dd className="break-words font-mono">{column.values.join(", ")}</dd>
                  </>
                ) : null}
                <dt className="font-medium">{t("columnSource")}</dt>
                <dd className="break-words">{t(`columns.${column.name}.source` as never)}</dd>
                {column.redacted ? (
                  <>
                    <dt className="font-medium">{t("columnRedaction")}</dt>
                    <dd>{t(`columns.${column.name}.redaction` as never)}</dd>
                  </>
                ) : null}
              </dl>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="licence-heading" className="space-y-2">
        <h2 id="licence-heading" className="text-xl font-semibold">
          {t("licenceTitle")}
        </h2>
        <p>{t("licence")}</p>
        <p>{t("citation")}</p>
      </section>
    </div>
  );
}
