import { getTranslations } from "@/i18n/server";
import { LinkPasswordForm } from "@/components/account-forms";
import { InvalidLink } from "@/components/invalid-link";
import { findValidAuthToken } from "@/lib/auth-tokens";
import { ClientMessages } from "@/components/client-messages";

/** The link in the reset mail. Opening it uses nothing (mail scanners open links); saving does. */
export default async function NewPasswordPage({ searchParams }: PageProps<"/reset/new">) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  if (typeof token !== "string" || !(await findValidAuthToken(token, "reset-password"))) return <InvalidLink />;
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("newPasswordTitle")}</h1>
        <p className="text-stone-700">{t("newPasswordLead")}</p>
        <LinkPasswordForm token={token} purpose="reset" />
      </div>
    </ClientMessages>
  );
}
