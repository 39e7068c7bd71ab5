import { getTranslations } from "@/i18n/server";
import { cookies } from "next/headers";
import { z } from "zod";
import { IncidentForm } from "@/components/incident-form";
import { SharedIncidentForm } from "@/components/shared-incident-form";
import { createIncidentAction } from "@/lib/actions/incident";
import { requireUser } from "@/lib/auth";
import { hasShareCookie } from "@/lib/capture/share-draft";
import { loadNewIncidentPage } from "@/lib/cases/incident-pages";
import { ClientMessages } from "@/components/client-messages";

const querySchema = z.object({ case: z.string().optional().catch(undefined), share: z.string().optional().catch(undefined) });

/**
 * `?case=<id>` pre-fills the sender from one of the user's own cases ("log another").
 * `?share=<id>`, or a share this browser made and has not opened yet (its cookie; the way through
 * sign-up and the confirmation mail loses the address), opens what was shared into Spamtrail
 * (app/api/share): the form asks for it once it appears, never while the page renders.
 * Signed out, sign-in brings the visitor back here with the address.
 */
export default async function NewIncidentPage({ searchParams }: PageProps<"/incidents/new">) {
  const query = querySchema.parse(await searchParams);
  const params = new URLSearchParams();
  if (query.case) params.set("case", query.case);
  if (query.share) params.set("share", query.share);
  const user = await requireUser(params.size > 0 ? `/incidents/new?${params}` : "/incidents/new");
  const { fromCaseId, defaultValues } = await loadNewIncidentPage(user, query.case);
  const openShare = !fromCaseId && (query.share !== undefined || hasShareCookie(await cookies()));
  const t = await getTranslations("incident");
  const form = {
    submit: createIncidentAction,
    submitLabel: t("submitNew"),
    readScreenshots: true,
    cancelHref: fromCaseId ? `/cases/${fromCaseId}` : "/cases",
    defaultValues,
  };
  return (
    <ClientMessages
      namespaces={[
        "category",
        "channel",
        "consent",
        "errors",
        "errors.evidence",
        "evidence",
        "forms",
        "incident",
        "ocr",
        "share",
        "stopRequest",
        "suggest",
        "zones",
      ]}
    >
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        {openShare ? <SharedIncidentForm shareId={query.share ?? null} {...form} /> : <IncidentForm {...form} />}
      </div>
    </ClientMessages>
  );
}
