import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { IncidentForm } from "@/components/incident-form";
import { findCaseForUser } from "@/db/queries/cases";
import { createIncidentAction } from "@/lib/actions/incident";
import { requireUser } from "@/lib/auth";
import { openSharedDraft } from "@/lib/capture/share-draft";
import type { Country } from "@/lib/domain";
import { nowLocal } from "@/lib/local-time";

const querySchema = z.object({ case: z.string().optional().catch(undefined), share: z.string().optional().catch(undefined) });

/**
 * `?case=<id>` pre-fills the sender from one of the user's own cases ("log another").
 * `?share=<id>` opens what was shared into Spamtrail (app/api/share): its text as the message,
 * its files as screenshots already added. Signed out, sign-in brings the visitor back here.
 */
export default async function NewIncidentPage({ searchParams }: PageProps<"/incidents/new">) {
  const query = querySchema.parse(await searchParams);
  const params = new URLSearchParams();
  if (query.case) params.set("case", query.case);
  if (query.share) params.set("share", query.share);
  const user = await requireUser(params.size > 0 ? `/incidents/new?${params}` : "/incidents/new");
  const fromCase = query.case ? findCaseForUser(user.id, query.case) : undefined;
  const shared = fromCase ? null : await openSharedDraft(user.id, query.share ?? null, await cookies());
  const t = await getTranslations("incident");
  const ts = await getTranslations("share.incoming");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      {shared?.ok ? (
        <p role="status" className="rounded-lg border border-brand-700 bg-brand-50 p-3">
          {ts("prefilled")}
        </p>
      ) : shared ? (
        <p role="alert" className="rounded-lg border border-amber-600 bg-amber-50 p-3">
          {ts("gone")}
        </p>
      ) : null}
      <IncidentForm
        submit={createIncidentAction}
        submitLabel={t("submitNew")}
        cancelHref={fromCase ? `/cases/${fromCase.id}` : "/cases"}
        pendingEvidence={shared?.ok ? shared.draft.evidence : []}
        refusedFiles={shared?.ok ? shared.draft.refused : []}
        defaultValues={{
          country: user.country as Country,
          timeZone: user.timeZone,
          channel: "sms",
          sender: fromCase?.sender.display ?? "",
          occurredAt: nowLocal(user.timeZone),
          messageText: shared?.ok ? shared.draft.messageText : "",
          callAnswered: "",
          callMinutes: "",
          callSeconds: "",
          callOffer: "",
          stopRequest: "none",
          stopRequestedAt: "",
          companyNamed: "",
          sourceGiven: "",
          collectionTarget: "",
          threatened: "",
          evidence: [],
          source: shared?.ok ? "share" : "form",
        }}
      />
    </div>
  );
}
