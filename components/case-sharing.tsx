import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import type { CaseShare } from "@/db/schema";

/** Whether the case is public, and the way to share it or to change what is public. */
export async function CaseSharing({ caseId, share }: { caseId: string; share: CaseShare | undefined }) {
  const t = await getTranslations("share");
  return (
    <section aria-labelledby="sharing-heading" className="card space-y-2">
      <h2 id="sharing-heading" className="text-xl font-semibold">
        {t("caseCardTitle")}
      </h2>
      <p>{share ? t("caseCardShared") : t("caseCardPrivate")}</p>
      {share?.hiddenAt ? <p className="font-medium text-red-800">{t("hiddenByModerator", { reason: share.hiddenReason ?? "—" })}</p> : null}
      <Link href={`/cases/${caseId}/share`} className={share ? "btn-secondary" : "btn-primary"}>
        {share ? t("caseCardManage") : t("caseCardShare")}
      </Link>
    </section>
  );
}
