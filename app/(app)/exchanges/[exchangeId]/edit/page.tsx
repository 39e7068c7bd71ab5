import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { ConfirmDeleteButton } from "@/components/confirm-delete-button";
import { ExchangeForm } from "@/components/exchange-form";
import { listEvidenceFor } from "@/db/queries/evidence";
import { findExchangeForUser } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { deleteExchangeAction, updateExchangeAction } from "@/lib/actions/exchange";
import { requireUser } from "@/lib/auth";
import { toEvidenceView } from "@/lib/evidence/view";
import { exchangeToInput } from "@/lib/exchanges";
import { isUuid } from "@/lib/validations/id";
import { ClientMessages } from "@/components/client-messages";

export default async function EditExchangePage({ params }: PageProps<"/exchanges/[exchangeId]/edit">) {
  const { exchangeId } = await params;
  const user = await requireUser(`/exchanges/${exchangeId}/edit`);
  const exchange = isUuid(exchangeId) ? findExchangeForUser(user.id, exchangeId) : undefined;
  if (!exchange) notFound();
  const files = listEvidenceFor({ kind: "exchange", id: exchange.id });
  const t = await getTranslations("exchange");
  const firstIncident = listIncidentsForCase(exchange.caseId)[0];
  return (
    <ClientMessages namespaces={["common", "direction", "errors", "evidence", "exchange", "exchangeChannel", "exchangeTag", "forms", "ocr"]}>
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <ExchangeForm
        submit={updateExchangeAction.bind(null, exchange.id)}
        submitLabel={t("submitEdit")}
        cancelHref={`/cases/${exchange.caseId}`}
        firstIncidentAt={firstIncident?.occurredAt.toISOString()}
        defaultValues={exchangeToInput(exchange, files)}
        initialEvidence={files.map(toEvidenceView)}
      />
      <ConfirmDeleteButton remove={deleteExchangeAction.bind(null, exchange.id)} label={t("delete")} question={t("confirmDelete")} />
    </div>
    </ClientMessages>
  );
}
