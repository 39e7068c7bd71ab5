import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaseTimeline } from "@/components/case-timeline";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { requireUser } from "@/lib/auth";
import { rulesForCase, violationsByIncident } from "@/lib/case-rules";
import { evidenceByParent } from "@/lib/evidence/view";
import { mergeTimeline, timelinePage } from "@/lib/timeline";

export async function generateMetadata(): Promise<{ title: string }> {
  const t = await getTranslations("case");
  return { title: t("timeline") };
}

/** The whole timeline of a case, a page at a time, oldest first: the case page shows only the newest entries. */
export default async function CaseTimelinePage({ params, searchParams }: PageProps<"/cases/[caseId]/timeline">) {
  const [{ caseId }, { page }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}/timeline`);
  const userCase = findCaseForUser(user.id, caseId);
  if (!userCase) notFound();
  const t = await getTranslations("case");
  const incidents = listIncidentsForCase(userCase.id);
  const exchanges = listExchangesForCase(userCase.id);
  const rules = rulesForCase(userCase, incidents, { exchanges, region: user.region });
  const shown = timelinePage(mergeTimeline(incidents, exchanges), Number(typeof page === "string" ? page : 1));
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
        filesByParent={evidenceByParent(listEvidenceForCase(userCase.id))}
        marks={violationsByIncident(rules)}
        ruleHref={(ruleId) => `/cases/${userCase.id}/rules#rule-${ruleId}`}
      />
      {pager}
    </div>
  );
}
