import Link from "next/link";
import { getFormatter, getTranslations } from "@/i18n/server";
import { ClaimForm } from "@/components/claim-form";
import { ClientMessages } from "@/components/client-messages";
import { ComplaintContactForm } from "@/components/complaint-contact-form";
import { SenderPageLink } from "@/components/sender-page-link";
import { setComplaintContactAction, submitClaimAction } from "@/lib/actions/organisation";
import { requireUser } from "@/lib/auth";
import { loadOrganisationPage, type SenderSummary } from "@/lib/organisations/page";

export async function generateMetadata(): Promise<{ title: string }> {
  const t = await getTranslations("organisation");
  return { title: t("title") };
}

function SenderLinks({ senders, label }: { senders: SenderSummary[]; label: string }) {
  return (
    <ul className="list-disc space-y-1 pl-6" aria-label={label}>
      {senders.map((sender) => (
        <li key={sender.id}>{sender.isPublic ? <SenderPageLink senderId={sender.id}>{sender.display}</SenderPageLink> : sender.display}</li>
      ))}
    </ul>
  );
}

/**
 * For companies: claim senders as the organisation's (an admin checks the claim), follow the
 * claim, and once approved, the organisation's senders and its official complaint contact.
 */
export default async function OrganisationPage() {
  const user = await requireUser("/organisation");
  const [t, format] = await Promise.all([getTranslations("organisation"), getFormatter()]);
  const page = await loadOrganisationPage(user);

  if (page.kind === "member") {
    const { organisation, senders } = page;
    return (
      <ClientMessages namespaces={["errors", "forms", "organisation"]}>
        <div className="space-y-6">
          <div>
            <h1 className="text-2xl font-bold">{organisation.name}</h1>
            <p className="text-stone-700">{t("memberLead", { domain: organisation.domain })}</p>
          </div>
          <section aria-labelledby="senders-heading" className="space-y-2">
            <h2 id="senders-heading" className="text-xl font-semibold">
              {t("verifiedSenders")}
            </h2>
            <p className="text-stone-700">{t("verifiedSendersLead")}</p>
            {/* The reports of each sender, to reply to or dispute: /organisation/senders/<senderId>. */}
            <ul className="space-y-2" aria-label={t("verifiedSenders")}>
              {senders.map((sender) => (
                <li key={sender.id} className="card space-y-1">
                  <p className="font-semibold">{sender.display}</p>
                  <p className="flex flex-col gap-1 sm:flex-row sm:gap-4">
                    <Link className="link" href={`/organisation/senders/${sender.id}`}>
                      {t("answerReports")}
                    </Link>
                    {sender.isPublic ? <SenderPageLink senderId={sender.id}>{t("publicPage")}</SenderPageLink> : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="contact-heading" className="card space-y-3">
            <h2 id="contact-heading" className="text-xl font-semibold">
              {t("contactTitle")}
            </h2>
            <p>{t("contactLead")}</p>
            <ComplaintContactForm contact={organisation.complaintContact ?? ""} save={setComplaintContactAction} />
          </section>
          <p className="text-sm text-stone-700">{t("privacyNote")}</p>
        </div>
      </ClientMessages>
    );
  }

  const { claim, suggestedDomain } = page;
  const pending = claim?.status === "pending";
  return (
    <ClientMessages namespaces={["errors", "forms", "organisation"]}>
      <div className="space-y-6">
        <div>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-stone-700">{t("lead")}</p>
        </div>
        {claim ? (
          <section aria-labelledby="claim-heading" className={`card space-y-2 ${pending ? "" : "border-red-700"}`}>
            <h2 id="claim-heading" className="text-xl font-semibold">
              {pending ? t("pendingTitle") : t("refusedTitle")}
            </h2>
            <p>
              {pending
                ? t("pendingLead", {
                    organisation: claim.organisationName,
                    domain: claim.domain,
                    date: format.dateTime(claim.createdAt, { dateStyle: "medium" }),
                  })
                : t("refusedLead", { organisation: claim.organisationName })}
            </p>
            {claim.reason && !pending ? (
              <p>
                <span className="font-semibold">{t("refusedReason")}</span> {claim.reason}
              </p>
            ) : null}
            <p className="font-semibold">{t("claimedSenders")}</p>
            <SenderLinks senders={claim.senders} label={t("claimedSenders")} />
            {!pending ? <p>{t("claimAgain")}</p> : null}
          </section>
        ) : null}
        {pending ? null : (
          <section aria-labelledby="claim-form-heading" className="space-y-3">
            <h2 id="claim-form-heading" className="text-xl font-semibold">
              {t("formTitle")}
            </h2>
            <p>{t("formLead")}</p>
            <ClaimForm
              claim={submitClaimAction}
              defaultValues={
                claim
                  ? {
                      organisationName: claim.organisationName,
                      domain: claim.domain,
                      senders: claim.senders.map((sender) => sender.display).join("\n"),
                      note: claim.note ?? "",
                    }
                  : { domain: suggestedDomain }
              }
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
