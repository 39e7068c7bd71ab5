import { SenderPageLink } from "@/components/sender-page-link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { MaskedText } from "@/components/masked-text";
import { ModerationDecisionForm } from "@/components/moderation-decision-form";
import { RoleForm } from "@/components/role-form";
import { changeRoleAction, decideReportAction } from "@/lib/actions/moderation";
import { requireRole } from "@/lib/auth";
import { loadModerationQueue } from "@/lib/moderation-queue";
import type { Role } from "@/lib/domain";
import { ClientMessages } from "@/components/client-messages";
import { OpenDataRegenerateButton } from "@/components/open-data-regenerate-button";
import { regenerateOpenDataAction } from "@/lib/actions/open-data";
import { readManifest } from "@/lib/open-data/bulk";

/** Admins: the queue of flagged public content, roles, and the audit log of every decision. */
export default async function AdminPage() {
  await requireRole("/admin", ["admin"]);
  const [t, to, format, openData] = await Promise.all([getTranslations("moderation"), getTranslations("openData"), getFormatter(), readManifest()]);
  const { open, audit } = loadModerationQueue();
  return (
    <ClientMessages namespaces={["errors", "forms", "masks", "moderation", "openDataAdmin"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("adminTitle")}</h1>
        <section aria-labelledby="queue-heading" className="space-y-3">
          <h2 id="queue-heading" className="text-xl font-semibold">
            {t("queueTitle", { count: open.length })}
          </h2>
          {open.length === 0 ? <p>{t("queueEmpty")}</p> : null}
          <ul className="space-y-3" aria-label={t("queueTitle", { count: open.length })}>
            {open.map(({ report, target }) => (
              <li key={report.id} className="card space-y-2">
                <p className="text-sm text-stone-700">
                  {t(`target.${report.targetKind}`)} · {format.dateTime(report.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  {target ? (
                    <>
                      {" · "}
                      <SenderPageLink senderId={target.pageId}>{t("seeSender")}</SenderPageLink>
                    </>
                  ) : null}
                </p>
                {target?.text ? (
                  <blockquote dir="auto" className="border-l-4 border-stone-300 pl-3">
                    <MaskedText text={target.text} />
                  </blockquote>
                ) : null}
                <p>
                  <span className="font-semibold">{t("flagReason")}</span> {report.reason}
                </p>
                {target ? <ModerationDecisionForm id={report.id} decide={decideReportAction.bind(null, report.id)} /> : <p>{t("targetGone")}</p>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="roles-heading" className="card space-y-3">
          <h2 id="roles-heading" className="text-xl font-semibold">
            {t("rolesTitle")}
          </h2>
          <RoleForm save={changeRoleAction} />
        </section>
        <section aria-labelledby="open-data-heading" className="card space-y-3">
          <h2 id="open-data-heading" className="text-xl font-semibold">
            {to("adminTitle")}
          </h2>
          <p>
            {openData
              ? to("adminStatus", { date: format.dateTime(new Date(openData.generatedAt), { dateStyle: "medium", timeStyle: "short" }), rows: openData.rows })
              : to("adminNone")}
          </p>
          <p className="text-sm text-stone-700">{to("adminHint")}</p>
          <OpenDataRegenerateButton regenerate={regenerateOpenDataAction} />
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a public page, cached per language */}
            <a className="link inline-block py-2" href="/open-data">
              {to("dictionaryLink")}
            </a>
          </p>
        </section>
        <section aria-labelledby="audit-heading" className="space-y-2">
          <h2 id="audit-heading" className="text-xl font-semibold">
            {t("auditTitle")}
          </h2>
          <ul className="space-y-1 text-sm" aria-label={t("auditTitle")}>
            {audit.map((entry) => (
              <li key={entry.id}>
                {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {entry.actor ?? "—"} ·{" "}
                {entry.action.startsWith("role:")
                  ? t("auditRole", { role: t(`roleName.${entry.action.slice(5) as Role}`) })
                  : t(`auditActions.${entry.action as "hide" | "keep" | "sender"}`)}{" "}
                · {entry.targetKind} {entry.targetId.slice(0, 8)}
                {entry.reason ? ` · “${entry.reason}”` : ""}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </ClientMessages>
  );
}
