import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaseTimeline } from "@/components/case-timeline";
import { requireUser } from "@/lib/auth";
import { loadTimelinePage } from "@/lib/cases/timeline-page";

export async function generateMetadata(): Promise<{ title: string }> {
  const t = await getTranslations("case");
  return { title: t("timeline") };
}

/** The whole timeline of a case, a page at a time, oldest first: the case page shows only the newest entries. */
export default async function CaseTimelinePage({ params, searchParams }: PageProps<"/cases/[caseId]/timeline">) {
  const [{ caseId }, { page }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/timeline`);
  const shown = await loadTimelinePage(user, caseId, Number(typeof page === "string" ? page : 1));
  if (!shown) notFound();
  const { userCase } = shown;
  const t = await getTranslations("case");
  const pageHref = (n: number) => `/cases/${userCase.id}/timeline?page=${n}`;
  const pager =
    shown.pages > 1 ? (
      <nav aria-label={t("timelinePages")} className="flex flex-wrap items-center gap-x-4">
        {shown.page > 1 ? (
          <Link href={pageHref(shown.page - 1)} className="entry-action">
            ← {t("timelineOlder")}
          </Link>
        ) : null}
        <span>{t("timelinePage", { page: shown.page, pages: shown.pages })}</span>
        {shown.page < shown.pages ? (
          <Link href={pageHref(shown.page + 1)} className="entry-action">
            {t("timelineNewer")} →
          </Link>
        ) : null}
      </nav>
    ) : null;

  return (
    <div className="space-y-4">
      <Link href={`/cases/${userCase.id}`} className="link inline-block py-2">
        ← {t("timelineBack")}
      </Link>
      <h1 className="break-words text-2xl font-bold">{t("timelineTitle", { sender: userCase.sender.display })}</h1>
      <CaseTimeline
        entries={shown.entries}
        filesByParent={shown.filesByParent}
        marks={shown.marks}
        ruleHref={(ruleId) => `/cases/${userCase.id}/rules#rule-${ruleId}`}
      />
      {pager}
    </div>
  );
}
