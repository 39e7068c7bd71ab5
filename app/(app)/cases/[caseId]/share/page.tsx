import Link from "next/link";
import { SenderPageLink } from "@/components/sender-page-link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { ShareForm, type ShareItem } from "@/components/share-form";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { listHiddenInShare } from "@/db/queries/moderation";
import { findShareForCase, listPublicEvidence, pageSenderId } from "@/db/queries/public";
import { getDb } from "@/db";
import { shareCaseAction, unshareCaseAction } from "@/lib/actions/share";
import { requireUser } from "@/lib/auth";
import { evidenceUrl } from "@/lib/evidence/view";
import { previewShare, redactionContext } from "@/lib/public/sharing";
import { isUuid } from "@/lib/validations/id";
import { ClientMessages } from "@/components/client-messages";

/** Share a case with the public directory: a preview of exactly what will be public, masks, screenshots; or stop sharing. */
export default async function SharePage({ params }: PageProps<"/cases/[caseId]/share">) {
  const { caseId } = await params;
  const user = await requireUser(`/cases/${caseId}/share`);
  const userCase = isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  if (!userCase) notFound();
  const [t, tch, texch, tdir, format] = await Promise.all([getTranslations("share"), getTranslations("channel"), getTranslations("exchangeChannel"), getTranslations("direction"), getFormatter()]);
  const share = findShareForCase(userCase.id);
  const { unpublished } = previewShare(user, userCase, share?.extraMasks ?? []);
  const when = (date: Date, zone: string) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const items: (ShareItem & { at: number })[] = [
    ...listIncidentsForCase(userCase.id).map((i) => ({ id: i.id, at: i.occurredAt.getTime(), label: `${tch(i.channel)} · ${when(i.occurredAt, i.timeZone)}`, text: i.channel === "call" ? i.callOffer : i.messageText })),
    ...listExchangesForCase(userCase.id).map((x) => ({ id: x.id, at: x.occurredAt.getTime(), label: `${texch(x.channel)} · ${tdir(x.direction)} · ${when(x.occurredAt, x.timeZone)}`, text: x.body })),
  ].sort((a, b) => a.at - b.at);
  const screenshots = listEvidenceForCase(userCase.id)
    .filter((file) => file.kind === "image")
    .map((file) => ({ id: file.id, url: evidenceUrl(file.id), fileName: file.fileName }));
  const published = share ? listPublicEvidence([share.id]) : [];
  const hidden = share ? listHiddenInShare(share.id) : [];
  const tm = await getTranslations("moderation");
  const { extra: _extra, ...context } = redactionContext(user, userCase, []);

  return (
    <ClientMessages namespaces={["common", "errors", "forms", "masks", "share"]}>
    <div className="space-y-5">
      <Link href={`/cases/${userCase.id}`} className="link inline-block py-2">
        ← {t("backToCase")}
      </Link>
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead", { sender: userCase.sender.display })}</p>
      </div>
      {share ? (
        <section aria-labelledby="public-heading" className="card space-y-3">
          <h2 id="public-heading" className="text-xl font-semibold">
            {t("isPublic", { date: format.dateTime(share.sharedAt, { dateStyle: "long", timeZone: user.timeZone }) })}
          </h2>
          {share.hiddenAt ? <p role="status" className="font-medium text-red-800">{t("hiddenByModerator", { reason: share.hiddenReason ?? "—" })}</p> : null}
          {unpublished > 0 ? <p role="status">{t("unpublished", { count: unpublished })}</p> : null}
          {hidden.length > 0 ? (
            <div>
              <h3 className="font-semibold text-red-800">{tm("hiddenInShare")}</h3>
              <ul className="list-disc pl-5">
                {hidden.map((item, index) => (
                  <li key={index}>{item.kind === "evidence" ? tm("hiddenFile", { reason: item.reason ?? "—" }) : tm("hiddenItem", { kind: tm(`target.${item.kind}`), text: item.text ?? "", reason: item.reason ?? "—" })}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <SenderPageLink senderId={pageSenderId(getDb(), userCase.senderId)}>{t("viewPublicPage")}</SenderPageLink>
          <ConfirmDeleteButton remove={unshareCaseAction.bind(null, userCase.id)} label={t("unshare")} question={t("confirmUnshare")} confirmLabel={t("confirmUnshareYes")} />
        </section>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          <li>{t("whatIsPublic")}</li>
          <li>{t("whatIsNot")}</li>
          <li>{t("unshareAnyTime")}</li>
        </ul>
      )}
      <ShareForm
        items={items.map(({ at: _at, ...item }) => item)}
        screenshots={screenshots}
        context={context}
        shared={Boolean(share)}
        defaultValues={{ extraMasks: share?.extraMasks ?? [], screenshots: published.map((file) => ({ evidenceId: file.evidenceId, crop: file.crop })) }}
        share={shareCaseAction.bind(null, userCase.id)}
      />
    </div>
    </ClientMessages>
  );
}
