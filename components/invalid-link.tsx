import { getTranslations } from "@/i18n/server";
import Link from "next/link";

/** An expired, used or made-up link from a mail. */
export async function InvalidLink() {
  const t = await getTranslations("auth");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("linkInvalidTitle")}</h1>
      <p>{t("linkInvalidLead")}</p>
      <p className="flex flex-wrap gap-3">
        <Link className="btn-primary" href="/login">
          {t("submitSignIn")}
        </Link>
        <Link className="btn-secondary" href="/reset">
          {t("askNewLink")}
        </Link>
      </p>
    </div>
  );
}
