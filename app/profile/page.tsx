import { getTranslations } from "next-intl/server";
import { DocumentProfileForm } from "@/components/document-profile-form";
import { ProfileForm } from "@/components/profile-form";
import { requireUser } from "@/lib/auth";
import { INDONESIAN_TIME_ZONES, type Country } from "@/lib/domain";

const INDONESIAN_ZONES = new Set<string>(INDONESIAN_TIME_ZONES);

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const t = await getTranslations("profile");
  const allZones = Intl.supportedValuesOf("timeZone").filter((z) => !INDONESIAN_ZONES.has(z));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-stone-700">{t("lead")}</p>
      <p>
        <span className="font-semibold">{t("email")}:</span> {user.email}
      </p>
      <ProfileForm
        allZones={allZones}
        defaultValues={{ name: user.name ?? "", locale: user.locale, timeZone: user.timeZone, country: user.country as Country }}
      />
      <section id="documents" className="border-t border-stone-300 pt-4">
        <DocumentProfileForm
          defaultValues={{ legalName: user.legalName ?? "", idNumber: user.idNumber ?? "", postalAddress: user.postalAddress ?? "", phone: user.phone ?? "" }}
        />
      </section>
    </div>
  );
}
