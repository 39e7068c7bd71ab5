import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ExchangeForm } from "@/components/exchange-form";
import { createExchangeAction } from "@/lib/actions/exchange";
import { requireUser } from "@/lib/auth";
import { loadNewExchangePage } from "@/lib/cases/exchange-pages";
import { ClientMessages } from "@/components/client-messages";

const querySchema = z.object({ after: z.string().optional().catch(undefined) });

/** `?after=<exchange>` is "add the next message": same channel and account, direction flipped. */
export default async function NewExchangePage({ params, searchParams }: PageProps<"/cases/[caseId]/exchanges/new">) {
  const [{ caseId }, query] = await Promise.all([params, searchParams.then((s) => querySchema.parse(s))]);
  const user = await requireUser(`/cases/${caseId}/exchanges/new`);
  const page = await loadNewExchangePage(user, caseId, query.after);
  if (!page) notFound();
  const { userCase, previousId, defaultValues, firstIncidentAt } = page;
  const t = await getTranslations("exchange");
  return (
    <ClientMessages namespaces={["direction", "errors", "errors.evidence", "evidence", "exchange", "exchangeChannel", "exchangeTag", "forms", "ocr"]}>
      <div className="space-y-4">
        <h1 className="text-2xl font-bold">{previousId ? t("nextTitle") : t("newTitle")}</h1>
        <p className="text-stone-700">{t("newLead", { sender: userCase.sender.display })}</p>
        <ExchangeForm
          // A fresh form for each "next message": the route stays the same, only ?after changes.
          key={previousId ?? "first"}
          submit={createExchangeAction.bind(null, userCase.id)}
          submitLabel={t("submitNew")}
          cancelHref={`/cases/${userCase.id}`}
          firstIncidentAt={firstIncidentAt}
          offerNext
          defaultValues={defaultValues}
        />
      </div>
    </ClientMessages>
  );
}
