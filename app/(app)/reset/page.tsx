import { getTranslations } from "@/i18n/server";
import { ResetRequestForm } from "@/components/account-forms";
import { ClientMessages } from "@/components/client-messages";

export default async function ResetRequestPage() {
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("resetTitle")}</h1>
        <p className="text-stone-700">{t("resetLead")}</p>
        <ResetRequestForm />
      </div>
    </ClientMessages>
  );
}
