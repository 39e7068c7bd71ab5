import Link from "next/link";
import { getTranslations } from "@/i18n/server";

export async function NotFoundBody() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Link className="link" href="/">
        {t("home")}
      </Link>
    </div>
  );
}
