import { getTranslations } from "@/i18n/server";
import { redirect } from "next/navigation";
import { CredentialsForm } from "@/components/credentials-form";
import { getCurrentUser } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { ClientMessages } from "@/components/client-messages";

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
        <CredentialsForm mode="signIn" callbackUrl={callbackUrl} />
      </div>
    </ClientMessages>
  );
}
