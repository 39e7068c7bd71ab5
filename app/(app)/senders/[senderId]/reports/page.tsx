import type { Metadata } from "next";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { PublicReportList } from "@/components/public-report-list";
import { findSenderPage, publicReportPage } from "@/lib/public/sender-page";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata({ params }: PageProps<"/senders/[senderId]/reports">): Promise<Metadata> {
  const { senderId } = await params;
  const found = await findSenderPage(senderId);
  const t = await getTranslations("sender");
  return { title: found ? t("reportsAbout", { sender: found.sender.organisation ?? found.sender.display }) : t("reportsTitle") };
}

/**
 * A sender's older public reports, in keyset pages. The first page is on the sender's cached
 * page; these are rarer and rendered per request.
 */
export default async function OlderReportsPage({ params, searchParams }: PageProps<"/senders/[senderId]/reports">) {
  const [{ senderId }, { before }] = await Promise.all([params, searchParams]);
  const found = await findSenderPage(senderId);
  if (!found) notFound();
  const { sender, identities } = found;
  const { reports, replies, current, older } = await publicReportPage(
    identities.map((identity) => identity.id),
    before,
  );
  const t = await getTranslations("sender");
  const page = `/senders/${sender.id}`;
  return (
    <ClientMessages namespaces={["errors", "forms", "masks", "moderation"]}>
      <div className="space-y-4">
        <a href={page} className="link inline-block py-2">
          ← {t("backToSender")}
        </a>
        <h1 className="break-words text-2xl font-bold">{t("reportsAbout", { sender: sender.organisation ?? sender.display })}</h1>
        {reports.length === 0 ? (
          <p>{t("noOlder")}</p>
        ) : (
          <PublicReportList reports={reports} replies={replies} returnTo={`${page}/reports${current ? `?before=${current}` : ""}`} />
        )}
        <nav aria-label={t("pages")} className="flex justify-between gap-3">
          <a className="btn-secondary" href={page}>
            {t("newest")}
          </a>
          {older ? (
            <a className="btn-secondary" href={`${page}/reports?before=${older}`}>
              {t("older")}
            </a>
          ) : null}
        </nav>
      </div>
    </ClientMessages>
  );
}
