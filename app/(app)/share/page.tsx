import { getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import Link from "next/link";
import { z } from "zod";
import { SHARE_FIELD_MAX, SHARE_MAX_BYTES } from "@/lib/capture/share";

const SHARE_ERRORS = ["empty", "tooLarge", "unreadable", "tooLong", "rateLimited"] as const;
const querySchema = z.object({ error: z.enum(SHARE_ERRORS).catch("unreadable") });

/** Where a share that could not be kept lands (app/api/share): why, and what to do instead. */
export default async function ShareRefusedPage({ searchParams }: PageProps<"/share">) {
  const { error } = querySchema.parse(await searchParams);
  const [t, terr, locale] = await Promise.all([getTranslations("share.incoming"), getTranslations("errors.share"), getLocale()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("refusedTitle")}</h1>
      <p role="alert" className="rounded-lg border border-red-700 bg-red-50 p-3 text-red-900">
        {terr(error, { max: SHARE_MAX_BYTES / (1024 * 1024), chars: SHARE_FIELD_MAX.toLocaleString(locale) })}
      </p>
      <p>{t("refusedLead")}</p>
      <p className="flex flex-wrap gap-3">
        <Link className="btn-primary" href="/incidents/new">
          {t("logByHand")}
        </Link>
        <Link className="btn-secondary" href="/cases">
          {t("toCases")}
        </Link>
      </p>
    </div>
  );
}
