import Link from "next/link";
import { SenderPageLink } from "@/components/sender-page-link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { ShareForm, type ShareItem } from "@/components/share-form";
import { shareCaseAction, unshareCaseAction } from "@/lib/actions/share";
import { requireUser } from "@/lib/auth";
import { loadSharePage } from "@/lib/public/share-page";
import { ClientMessages } from "@/components/client-messages";

/** Share a case with the public directory: a preview of exactly what will be public, masks, screenshots; or stop sharing. */
export default async function SharePage({ params }: PageProps<"/cases/[caseId]/share">) {
  const { caseId } = await params;
  const user = await requireUser(`/cases/${caseId}/share`);
  const page = await loadSharePage(user, caseId);
  if (!page) notFound();
  const { userCase, share, unpublished, entries, screenshots, context, published, hidden } = page;
  const [t, tch, texch, tdir, tm, format] = await Promise.all([
    getTranslations("share"),
    getTranslations("channel"),
    getTranslations("exchangeChannel"),
    getTranslations("direction"),
    getTranslations("moderation"),
    getFormatter(),
  ]);
  const when = (date: Date, zone: string) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: zone });
  const items: ShareItem[] = entries.map((entry) => {
    if (entry.kind === "exchange") {
      const x = entry.exchange;
      return { id: x.id, label: `${texch(x.channel)} · ${tdir(x.direction)} · ${when(x.occurredAt, x.timeZone)}`, text: x.body };
    }
    const i = entry.incident;
    return { id: i.id, label: `${tch(i.channel)} · ${when(i.occurredAt, i.timeZone)}`, text: i.channel === "call" ? i.callOffer : i.messageText };
  });

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
            {share.hiddenAt ? (
              <p role="status" className="font-medium text-red-800">
                {t("hiddenByModerator", { reason: share.hiddenReason ?? "—" })}
              </p>
            ) : null}
            {unpublished > 0 ? <p role="status">{t("unpublished", { count: unpublished })}</p> : null}
            {hidden.length > 0 ? (
              <div>
                <h3 className="font-semibold text-red-800">{tm("hiddenInShare")}</h3>
                <ul className="list-disc pl-5">
                  {hidden.map((item, index) => (
                    <li key={index}>
                      {item.kind === "evidence"
                        ? tm("hiddenFile", { reason: item.reason ?? "—" })
                        : tm("hiddenItem", { kind: tm(`target.${item.kind}`), text: item.text ?? "", reason: item.reason ?? "—" })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            <SenderPageLink senderId={share.pageId}>{t("viewPublicPage")}</SenderPageLink>
            <ConfirmDeleteButton
              remove={unshareCaseAction.bind(null, userCase.id)}
              label={t("unshare")}
              question={t("confirmUnshare")}
              confirmLabel={t("confirmUnshareYes")}
            />
          </section>
        ) : (
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("whatIsPublic")}</li>
            <li>{t("whatIsNot")}</li>
            <li>{t("unshareAnyTime")}</li>
          </ul>
        )}
        <ShareForm
          items={items}
          screenshots={screenshots}
          context={context}
          shared={Boolean(share)}
          defaultValues={{ extraMasks: share?.extraMasks ?? [], screenshots: published }}
          share={shareCaseAction.bind(null, userCase.id)}
        />
      </div>
    </ClientMessages>
  );
}
