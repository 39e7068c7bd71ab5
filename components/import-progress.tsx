"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

type Progress = { status: string; running: boolean; bytesRead: number; fileSize: number; total: number; processed: number; imported: number; skipped: number };

const POLL_MS = 1000;

/**
 * While an upload is read or imported: asks its small JSON route every second and shows the
 * bar; when the status changes or the job stops, the page is rendered again by the server.
 */
export function ImportProgress({ importId, initial }: { importId: string; initial: Progress }) {
  const t = useTranslations("import");
  const router = useRouter();
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const response = await fetch(`/api/imports/${encodeURIComponent(importId)}`, { cache: "no-store" });
        if (response.ok) {
          const next = (await response.json()) as Progress;
          if (stopped) return;
          setProgress(next);
          if (next.status !== initial.status || !next.running) {
            router.refresh();
            return;
          }
        }
      } catch {
        // A missed poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, POLL_MS);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [importId, initial.status, router]);

  const reading = progress.status === "reading";
  const fraction = reading
    ? progress.fileSize > 0
      ? progress.bytesRead / progress.fileSize
      : 0
    : progress.total > 0
      ? progress.processed / progress.total
      : 0;
  const percent = Math.min(100, Math.round(fraction * 100));
  return (
    <div role="status" className="card space-y-2">
      <p className="font-semibold">
        {reading ? t("readingProgress", { percent }) : t("importingProgress", { processed: progress.processed, total: progress.total })}
      </p>
      <progress className="w-full" max={100} value={percent} aria-label={reading ? t("readingLabel") : t("importingLabel")} />
      {!reading ? <p className="text-sm">{t("importingCounts", { imported: progress.imported, skipped: progress.skipped })}</p> : null}
    </div>
  );
}
