"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** One field of a portal form: its text, and a button that copies it to paste into the portal. */
export function CopyField({ id, label, value }: { id: string; label: string; value: string }) {
  const t = useTranslations("complaint");
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div className="card space-y-2">
      <h3 id={`${id}-label`} className="font-semibold">
        {label}
      </h3>
      <p dir="auto" className="whitespace-pre-wrap break-words rounded-lg bg-stone-100 p-3 text-sm" aria-labelledby={`${id}-label`}>
        {value || "—"}
      </p>
      <div className="flex items-center gap-3">
        <button
          type="button"
          className="btn-secondary min-h-10 py-1 text-sm"
          aria-label={t("copyLabel", { field: label })}
          onClick={() =>
            navigator.clipboard.writeText(value).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {t("copy")}
        </button>
        {copied !== null ? (
          <span role="status" className="text-sm font-medium">
            {copied ? t("copied") : t("copyFailed")}
          </span>
        ) : null}
      </div>
    </div>
  );
}
