import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { SavedNotice } from "@/components/saved-notice";
import { getCurrentUser } from "@/lib/auth";

export default async function LandingPage({ searchParams }: PageProps<"/">) {
  const [user, t, ta, query] = await Promise.all([getCurrentUser(), getTranslations("landing"), getTranslations("account"), searchParams]);
  return (
    <div className="space-y-6">
      <SavedNotice message={query.accountDeleted && !user ? ta("deleted") : undefined} />
      <section className="space-y-3">
        <h1 className="text-3xl font-bold leading-tight">{t("title")}</h1>
        <p className="text-lg text-stone-800">{t("lead")}</p>
      </section>
      <div className="flex flex-col gap-3 sm:flex-row">
        {user ? (
          <Link href="/cases" className="btn-primary">
            {t("ctaCases")}
          </Link>
        ) : (
          <>
            <Link href="/signup" className="btn-primary">
              {t("ctaSignUp")}
            </Link>
            <Link href="/login" className="btn-secondary">
              {t("ctaSignIn")}
            </Link>
          </>
        )}
      </div>
      <section className="card space-y-3">
        <h2 className="text-xl font-semibold">{t("stepsTitle")}</h2>
        <ol className="list-decimal space-y-2 pl-5">
          <li>{t("step1")}</li>
          <li>{t("step2")}</li>
          <li>{t("step3")}</li>
        </ol>
      </section>
      <p className="text-stone-700">{t("privacy")}</p>
    </div>
  );
}
