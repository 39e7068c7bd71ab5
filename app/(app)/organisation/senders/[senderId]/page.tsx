import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClientMessages } from "@/components/client-messages";
import { DisputeForm, ReplyForm, StatementForm } from "@/components/organisation-reply-forms";
import { PublicReportList } from "@/components/public-report-list";
import { SenderPageLink } from "@/components/sender-page-link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { disputeReportAction, makeStatementAction, replyToReportAction } from "@/lib/actions/organisation-replies";
import { requireUser } from "@/lib/auth";
import { loadOrganisationSenderPage } from "@/lib/organisations/sender-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("replies");
  return { title: t("statementTitle") };
}

/**
 * A verified organisation's member answers about one of its senders: a statement for the sender,
 * and under each public report a public reply or a dispute for the moderators. Nothing here is
 * more than the public sees; anyone but a member of the owning organisation gets a 404.
 */
export default async function OrganisationSenderPage({ params, searchParams }: PageProps<"/organisation/senders/[senderId]">) {
  const [{ senderId }, { before }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/organisation/senders/${senderId}`);
  const page = await loadOrganisationSenderPage(user, senderId, before);
  if (!page) notFound();
  const { organisation, sender, statement, reports, replies, older } = page;
  const [t, ts, format] = await Promise.all([getTranslations("replies"), getTranslations("sender"), getFormatter()]);
  const name = sender.organisation ?? sender.display;
  const here = `/organisation/senders/${sender.id}`;
  return (
    <ClientMessages namespaces={["errors", "forms", "masks", "moderation", "replies"]}>
      <div className="space-y-6">
        <Link href="/organisation" className="link inline-block py-2">
          ← {t("back")}
        </Link>
        <div className="space-y-1">
          <h1 className="break-words text-2xl font-bold">{t("pageTitle", { sender: name })}</h1>
          <p>{t("lead", { organisation: organisation.name })}</p>
          <SenderPageLink senderId={sender.id}>{t("seePublicPage")}</SenderPageLink>
        </div>

        <section aria-labelledby="statement-heading" className="card space-y-3">
          <h2 id="statement-heading" className="text-xl font-semibold">
            {t("statementTitle")}
          </h2>
          {statement ? (
            <div className="border-l-4 border-brand-700 pl-3">
              <p className="text-sm font-medium">
                {t("currentStatement", { kind: t(`kind.${statement.kind}`), date: format.dateTime(statement.createdAt, { dateStyle: "medium" }) })}
              </p>
              <p dir="auto" className="whitespace-pre-wrap break-words">
                {statement.text}
              </p>
            </div>
          ) : null}
          <StatementForm save={makeStatementAction.bind(null, sender.id)} />
        </section>

        <section aria-labelledby="reports-heading" className="space-y-2">
          <h2 id="reports-heading" className="text-xl font-semibold">
            {t("reportsTitle")}
          </h2>
          {reports.length === 0 ? <p>{t("noReports")}</p> : null}
          <PublicReportList
            reports={reports}
            replies={replies}
            returnTo={here}
            actions={(report) => (
              <div className="space-y-2 border-t border-stone-200 pt-2">
                <ReplyForm reportId={report.id} reply={replyToReportAction} />
                <DisputeForm reportId={report.id} dispute={disputeReportAction} />
              </div>
            )}
          />
          {older ? (
            <nav aria-label={ts("pages")} className="flex justify-end">
              <Link className="btn-secondary" href={`${here}?before=${older}`}>
                {ts("older")}
              </Link>
            </nav>
          ) : null}
        </section>
      </div>
    </ClientMessages>
  );
}
