"use client";
import { useTranslations } from "next-intl";
import { reportContentAction } from "@/lib/actions/moderation";
import type { ModerationTarget } from "@/lib/domain";
import { ReportContentForm } from "./report-content-form";
import { useViewerRole } from "./viewer";

/** "Report this" for signed-in readers; visitors are offered to sign in and come back. */
export function ContentFlag({ targetKind, targetId, returnTo }: { targetKind: ModerationTarget; targetId: string; returnTo: string }) {
  const role = useViewerRole();
  const t = useTranslations("moderation");
  if (role === undefined) return null;
  if (role === null) {
    return (
      <a className="link text-sm" href={`/login?callbackUrl=${encodeURIComponent(returnTo)}`}>
        {t("signInToReport")}
      </a>
    );
  }
  return <ReportContentForm targetKind={targetKind} targetId={targetId} report={reportContentAction} />;
}
