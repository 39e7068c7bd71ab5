import { getTranslations } from "@/i18n/server";
import { redirect } from "next/navigation";
import { CredentialsForm } from "@/components/credentials-form";
import { getCurrentUser } from "@/lib/auth";
import { ClientMessages } from "@/components/client-messages";

export default async function SignUpPage() {
  if (await getCurrentUser()) redirect("/cases");
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("signUpTitle")}</h1>
        <p className="text-stone-700">{t("signUpLead")}</p>
        <CredentialsForm mode="signUp" />
      </div>
    </ClientMessages>
  );
}
