import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { ExchangeForm } from "@/components/exchange-form";
import { deleteExchangeAction, updateExchangeAction } from "@/lib/actions/exchange";
import { requireUser } from "@/lib/auth";
import { loadExchangeEditPage } from "@/lib/cases/exchange-pages";
import { ClientMessages } from "@/components/client-messages";

export default async function EditExchangePage({ params }: PageProps<"/exchanges/[exchangeId]/edit">) {
  const { exchangeId } = await params;
  const user = await requireUser(`/exchanges/${exchangeId}/edit`);
  const page = await loadExchangeEditPage(user, exchangeId);
  if (!page) notFound();
  const { exchange, defaultValues, initialEvidence, firstIncidentAt } = page;
  const t = await getTranslations("exchange");
  return (
    <ClientMessages namespaces={["common", "direction", "errors", "errors.evidence", "evidence", "exchange", "exchangeChannel", "exchangeTag", "forms", "ocr"]}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
        <ExchangeForm
          submit={updateExchangeAction.bind(null, exchange.id)}
          submitLabel={t("submitEdit")}
          cancelHref={`/cases/${exchange.caseId}`}
          firstIncidentAt={firstIncidentAt}
          defaultValues={defaultValues}
          initialEvidence={initialEvidence}
        />
        <ConfirmDeleteButton remove={deleteExchangeAction.bind(null, exchange.id)} label={t("delete")} question={t("confirmDelete")} />
      </div>
    </ClientMessages>
  );
}
