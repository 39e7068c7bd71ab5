// GET /api/v1/bulk/dictionary.json – anyone: the columns of the bulk download, their types and meaning in both languages
import { getTranslations } from "@/i18n/server";
import { bulkDictionary } from "@/lib/open-data/bulk-response";

export async function GET() {
  const [en, id] = await Promise.all([
    getTranslations({ locale: "en", namespace: "openData.columns" }),
    getTranslations({ locale: "id", namespace: "openData.columns" }),
  ]);
  const t = { en, id };
  return Response.json(
    bulkDictionary((locale, name, part) => t[locale](`${name}.${part}` as never)),
    { headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" } },
  );
}
