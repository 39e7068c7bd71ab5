import { getTranslations } from "@/i18n/server";
import { LinkPasswordForm } from "@/components/account-forms";
import { InvalidLink } from "@/components/invalid-link";
import { findValidAuthToken } from "@/lib/auth-tokens";
import { ClientMessages } from "@/components/client-messages";

/** The link in the confirmation mail. Opening it uses nothing (mail scanners open links); the form does. */
export default async function ConfirmEmailPage({ searchParams }: PageProps<"/confirm">) {
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  if (typeof token !== "string" || !(await findValidAuthToken(token, "confirm-email"))) return <InvalidLink />;
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{t("confirmTitle")}</h1>
        <p className="text-stone-700">{t("confirmLead")}</p>
        <LinkPasswordForm token={token} purpose="confirm" />
      </div>
    </ClientMessages>
  );
}
