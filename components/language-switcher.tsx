"use client";
import { useLocale } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/actions/locale";

/** One button that switches to the other language; its label is in the language it switches to. */
export function LanguageSwitcher({ label }: { label: string }) {
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const next = locale === "id" ? "en" : "id";
  return (
    <button
      type="button"
      lang={next}
      className="btn-secondary min-h-10 px-3 py-1 text-sm"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await setLocaleAction(next);
          router.refresh();
        })
      }
    >
      {label}
    </button>
  );
}
