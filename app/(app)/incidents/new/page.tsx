import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { IncidentForm } from "@/components/incident-form";
import { findCaseForUser } from "@/db/queries/cases";
import { createIncidentAction } from "@/lib/actions/incident";
import { requireUser } from "@/lib/auth";
import type { Country } from "@/lib/domain";
import { nowLocal } from "@/lib/local-time";

const querySchema = z.object({ case: z.string().optional().catch(undefined) });

/** `?case=<id>` pre-fills the sender from one of the user's own cases ("log another"). */
export default async function NewIncidentPage({ searchParams }: PageProps<"/incidents/new">) {
  const query = querySchema.parse(await searchParams);
  const user = await requireUser(query.case ? `/incidents/new?case=${encodeURIComponent(query.case)}` : "/incidents/new");
  const fromCase = query.case ? findCaseForUser(user.id, query.case) : undefined;
  const t = await getTranslations("incident");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <IncidentForm
        submit={createIncidentAction}
        submitLabel={t("submitNew")}
        readScreenshots
        cancelHref={fromCase ? `/cases/${fromCase.id}` : "/cases"}
        defaultValues={{
          country: user.country as Country,
          timeZone: user.timeZone,
          channel: "sms",
          sender: fromCase?.sender.display ?? "",
          occurredAt: nowLocal(user.timeZone),
          messageText: "",
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
        }}
      />
    </div>
  );
}
