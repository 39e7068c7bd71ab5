import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { ChangePasswordForm } from "@/components/account-forms";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { DocumentProfileForm } from "@/components/document-profile-form";
import { deleteAccountAction } from "@/lib/actions/account";
import { signOutEverywhereAction } from "@/lib/actions/auth";
import { ProfileForm } from "@/components/profile-form";
import { requireUser } from "@/lib/auth";
import { INDONESIAN_TIME_ZONES, type Country } from "@/lib/domain";
import { ClientMessages } from "@/components/client-messages";
import { EmailPreferencesForm } from "@/components/email-preferences-form";
import { emailPreferencesOf } from "@/lib/notifications/preferences";

const INDONESIAN_ZONES = new Set<string>(INDONESIAN_TIME_ZONES);

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const [t, ta, tauth, torg] = await Promise.all([
    getTranslations("profile"),
    getTranslations("account"),
    getTranslations("auth"),
    getTranslations("organisation"),
  ]);
  const allZones = Intl.supportedValuesOf("timeZone").filter((z) => !INDONESIAN_ZONES.has(z));
  return (
    <ClientMessages namespaces={["auth", "common", "country", "documents", "errors", "forms", "notifications", "profile", "zones"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-stone-700">{t("lead")}</p>
        <p>
          <span className="font-semibold">{t("email")}:</span> {user.email}
        </p>
        <ProfileForm
          allZones={allZones}
          defaultValues={{ name: user.name ?? "", locale: user.locale, timeZone: user.timeZone, country: user.country as Country, region: user.region ?? "" }}
        />
        <section id="documents" className="border-t border-stone-300 pt-4">
          <DocumentProfileForm
            defaultValues={{ legalName: user.legalName ?? "", idNumber: user.idNumber ?? "", postalAddress: user.postalAddress ?? "", phone: user.phone ?? "" }}
          />
        </section>
        <section id="emails" className="border-t border-stone-300 pt-4">
          <EmailPreferencesForm defaultValues={emailPreferencesOf(user)} />
        </section>
        <section aria-labelledby="security-heading" className="space-y-3 border-t border-stone-300 pt-4">
          <h2 id="security-heading" className="text-xl font-semibold">
            {tauth("securityTitle")}
          </h2>
          <ChangePasswordForm />
          <p>{tauth("signOutEverywhereLead")}</p>
          <form action={signOutEverywhereAction}>
            <button type="submit" className="btn-secondary">
              {tauth("signOutEverywhere")}
            </button>
          </form>
        </section>
        <section aria-labelledby="organisation-heading" className="space-y-3 border-t border-stone-300 pt-4">
          <h2 id="organisation-heading" className="text-xl font-semibold">
            {torg("profileTitle")}
          </h2>
          <p>{torg("profileLead")}</p>
          <Link className="btn-secondary" href="/organisation">
            {torg("profileLink")}
          </Link>
        </section>
        <section aria-labelledby="data-heading" className="space-y-3 border-t border-stone-300 pt-4">
          <h2 id="data-heading" className="text-xl font-semibold">
            {ta("title")}
          </h2>
          <p>{ta("exportLead")}</p>
          <a className="btn-secondary" href="/api/me/export" download>
            {ta("export")}
          </a>
          <p>{ta("deleteLead")}</p>
          <ConfirmDeleteButton remove={deleteAccountAction} label={ta("delete")} question={ta("confirmDelete")} confirmLabel={ta("confirmDeleteYes")} />
        </section>
      </div>
    </ClientMessages>
  );
}
