"use client";
import { useTranslations } from "next-intl";

/**
 * Turns a refusal code into words: `tooManyAttempts:<seconds>` (from a sign-in or an action)
 * says how long to wait; anything else is left to the caller.
 */
export function useWaitText() {
  const t = useTranslations("auth");
  return (code: string | undefined | null): string | undefined => {
    const match = /^tooManyAttempts:(\d+)$/.exec(code ?? "");
    if (!match) return undefined;
    const minutes = Math.max(1, Math.ceil(Number(match[1]) / 60));
    return minutes > 90 ? t("tooManyAttemptsHours", { hours: Math.ceil(minutes / 60) }) : t("tooManyAttemptsMinutes", { minutes });
  };
}
