import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { IncidentTimeline } from "@/components/incident-timeline";
import { SavedNotice } from "@/components/saved-notice";
import { findCaseForUser } from "@/db/queries/cases";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { requireUser } from "@/lib/auth";

const SAVED_MESSAGES = { created: "savedCreated", updated: "savedUpdated", deleted: "savedDeleted" } as const;

export default async function CasePage({ params, searchParams }: PageProps<"/cases/[caseId]">) {
  const [{ caseId }, { saved }] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/cases/${caseId}`);
  const userCase = findCaseForUser(user.id, caseId);
  if (!userCase) notFound();
  const [t, tk, tcountry] = await Promise.all([getTranslations("case"), getTranslations("senderKind"), getTranslations("country")]);
  const incidents = listIncidentsForCase(userCase.id);
  const savedKey = typeof saved === "string" && saved in SAVED_MESSAGES ? SAVED_MESSAGES[saved as keyof typeof SAVED_MESSAGES] : undefined;

  return (
    <div className="space-y-4">
      <Link href="/cases" className="link inline-block py-2">
        ← {t("back")}
      </Link>
      <SavedNotice message={savedKey ? t(savedKey) : undefined} />
      <div>
        <h1 className="break-words text-2xl font-bold">{t("senderTitle", { sender: userCase.sender.display })}</h1>
        <p className="text-stone-700">
          {tk(userCase.sender.kind)} · {t("country", { country: tcountry(userCase.country as never) })}
        </p>
      </div>
      <Link href={`/incidents/new?case=${userCase.id}`} className="btn-primary w-full sm:w-auto">
        {t("logAnother")}
      </Link>
      <section className="space-y-3">
        <h2 className="text-xl font-semibold">{t("timeline")}</h2>
        <IncidentTimeline incidents={incidents} />
      </section>
    </div>
  );
}
