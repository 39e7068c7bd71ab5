import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { CaseRoutes } from "@/components/case-routes";
import { requireUser } from "@/lib/auth";
import { loadCaseRoutesPage } from "@/lib/cases/view";

export async function generateMetadata(): Promise<{ title: string }> {
  const t = await getTranslations("routes");
  return { title: t("title") };
}

/** "What can I do?" in full: each route with its contacts, reasons, conditions and what it still needs. */
export default async function CaseRoutesPage({ params }: PageProps<"/cases/[caseId]/routes">) {
  const { caseId } = await params;
  const user = await requireUser(`/cases/${caseId}/routes`);
  const loaded = await loadCaseRoutesPage(user, caseId);
  if (!loaded) notFound();
  const tc = await getTranslations("case");
  const { userCase, pack, recommendations } = loaded;

  return (
    <div className="space-y-4">
      <Link href={`/cases/${userCase.id}`} className="link inline-block py-2">
        ← {tc("timelineBack")}
      </Link>
      <h1 className="break-words text-2xl font-bold">{tc("senderTitle", { sender: userCase.sender.display })}</h1>
      <CaseRoutes caseId={userCase.id} recommendations={recommendations} timeZone={user.timeZone} dataRequest={pack.dataRequest?.law.instrument ?? null} />
    </div>
  );
}
