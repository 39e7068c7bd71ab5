import type { ReactNode } from "react";
import { SenderPageLink } from "@/components/sender-page-link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { MaskedText } from "@/components/masked-text";
import { ModerationDecisionForm } from "@/components/moderation-decision-form";
import { RoleForm } from "@/components/role-form";
import { ClaimDecisionForm } from "@/components/claim-decision-form";
import { RestoreButton } from "@/components/restore-button";
import { changeRoleAction, decideReportAction, restoreContentAction } from "@/lib/actions/moderation";
import { decideClaimAction } from "@/lib/actions/organisation";
import { loadClaimQueue } from "@/lib/organisations/claim-queue";
import { requireRole } from "@/lib/auth";
import { loadModerationQueue } from "@/lib/moderation-queue";
import type { Role } from "@/lib/domain";
import { ClientMessages } from "@/components/client-messages";
import { OpenDataRegenerateButton } from "@/components/open-data-regenerate-button";
import { regenerateOpenDataAction } from "@/lib/actions/open-data";
import { readManifest } from "@/lib/open-data/bulk";

/** One check approval needs: a failed one stands out, since the admin cannot approve until it passes. */
function ClaimCheck({ ok, children }: { ok: boolean; children: ReactNode }) {
  return (
    <li className={ok ? "" : "font-semibold text-red-800"}>
      {ok ? "✓" : "✗"} {children}
    </li>
  );
}

const AUDIT_ACTIONS = {
  hide: "hide",
  keep: "keep",
  sender: "sender",
  restore: "restore",
  "claim:approve": "claimApprove",
  "claim:refuse": "claimRefuse",
} as const;

/**
 * Admins: the queue of flagged public content, claims by organisations, hidden content to
 * restore, roles, and the audit log of every decision.
 */
export default async function AdminPage() {
  await requireRole("/admin", ["admin"]);
  const [t, to, tod, format, openData] = await Promise.all([
    getTranslations("moderation"),
    getTranslations("organisation"),
    getTranslations("openData"),
    getFormatter(),
    readManifest(),
  ]);
  const { open, hidden, audit } = await loadModerationQueue();
  const claims = await loadClaimQueue();
  const auditText = (action: string) =>
    action.startsWith("role:")
      ? t("auditRole", { role: t(`roleName.${action.slice(5) as Role}`) })
      : action in AUDIT_ACTIONS
        ? t(`auditActions.${AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS]}`)
        : action;
  return (
    <ClientMessages namespaces={["errors", "forms", "masks", "moderation", "openDataAdmin", "organisation"]}>
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
                {report.kind === "dispute" ? (
                  <p className="font-semibold text-red-900">{t("disputeBy", { organisation: report.organisationName ?? "—" })}</p>
                ) : null}
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
                  <span className="font-semibold">{t(report.kind === "dispute" ? "disputeReason" : "flagReason")}</span> {report.reason}
                </p>
                {target ? <ModerationDecisionForm id={report.id} decide={decideReportAction.bind(null, report.id)} /> : <p>{t("targetGone")}</p>}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="claims-heading" className="space-y-3">
          <h2 id="claims-heading" className="text-xl font-semibold">
            {to("queueTitle", { count: claims.length })}
          </h2>
          {claims.length === 0 ? <p>{to("queueEmpty")}</p> : null}
          <ul className="space-y-3" aria-label={to("queueTitle", { count: claims.length })}>
            {claims.map(({ claim, email, checks, senders }) => (
              <li key={claim.id} className="card space-y-2">
                <p className="font-semibold">
                  {claim.organisationName} · {claim.domain}
                </p>
                <p className="text-sm text-stone-700">
                  <span className="[overflow-wrap:anywhere]">{email}</span>
                  <br />
                  {format.dateTime(claim.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
                <ul className="space-y-1 text-sm" aria-label={to("checksTitle")}>
                  <ClaimCheck ok={checks.emailConfirmed}>{checks.emailConfirmed ? to("checkConfirmed") : to("checkUnconfirmed")}</ClaimCheck>
                  <ClaimCheck ok={checks.atDomain}>
                    {checks.atDomain ? to("checkAtDomain", { domain: claim.domain }) : to("checkNotAtDomain", { domain: claim.domain })}
                  </ClaimCheck>
                  {checks.otherMembership ? <ClaimCheck ok={false}>{to("checkOtherMembership", { organisation: checks.otherMembership })}</ClaimCheck> : null}
                </ul>
                <p className="font-semibold">{to("claimedSenders")}</p>
                <ul className="list-disc space-y-1 pl-6" aria-label={to("claimedSenders")}>
                  {senders.map((sender) => (
                    <li key={sender.id}>
                      <SenderPageLink senderId={sender.id}>{sender.display}</SenderPageLink>
                      {sender.owner ? <span className="font-semibold text-red-800"> — ✗ {to("senderOwnedBy", { organisation: sender.owner })}</span> : null}
                    </li>
                  ))}
                </ul>
                {claim.note ? (
                  <p>
                    <span className="font-semibold">{to("noteLabel")}</span> {claim.note}
                  </p>
                ) : null}
                <ClaimDecisionForm id={claim.id} domain={claim.domain} decide={decideClaimAction.bind(null, claim.id)} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="hidden-heading" className="space-y-3">
          <h2 id="hidden-heading" className="text-xl font-semibold">
            {t("hiddenTitle")}
          </h2>
          {hidden.length === 0 ? <p>{t("hiddenEmpty")}</p> : null}
          <ul className="space-y-3" aria-label={t("hiddenTitle")}>
            {hidden.map((item) => (
              <li key={item.targetId} className="card space-y-2">
                <p className="text-sm text-stone-700">
                  {t(`target.${item.targetKind}`)} · {format.dateTime(item.hiddenAt, { dateStyle: "medium", timeStyle: "short" })} ·{" "}
                  <SenderPageLink senderId={item.pageId}>{t("seeSender")}</SenderPageLink>
                </p>
                {item.text ? (
                  <blockquote dir="auto" className="border-l-4 border-stone-300 pl-3">
                    <MaskedText text={item.text} />
                  </blockquote>
                ) : null}
                <p>
                  <span className="font-semibold">{t("hiddenReason")}</span> {item.reason ?? "—"}
                </p>
                <RestoreButton restore={restoreContentAction.bind(null, { targetKind: item.targetKind, targetId: item.targetId })} />
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
            {tod("adminTitle")}
          </h2>
          <p>
            {openData
              ? tod("adminStatus", { date: format.dateTime(new Date(openData.generatedAt), { dateStyle: "medium", timeStyle: "short" }), rows: openData.rows })
              : tod("adminNone")}
          </p>
          <p className="text-sm text-stone-700">{tod("adminHint")}</p>
          <OpenDataRegenerateButton regenerate={regenerateOpenDataAction} />
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a public page, cached per language */}
            <a className="link inline-block py-2" href="/open-data">
              {tod("dictionaryLink")}
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
                {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {entry.actor ?? "—"} · {auditText(entry.action)} ·{" "}
                {entry.targetKind} {entry.targetId.slice(0, 8)}
                {entry.reason ? ` · “${entry.reason}”` : ""}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </ClientMessages>
  );
}
