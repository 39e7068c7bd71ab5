import { getTranslations } from "@/i18n/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ExchangeForm } from "@/components/exchange-form";
import { findCaseForUser } from "@/db/queries/cases";
import { findExchangeForUser } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { createExchangeAction } from "@/lib/actions/exchange";
import { requireUser } from "@/lib/auth";
import { blankExchangeDefaults, nextExchangeDefaults } from "@/lib/exchanges";
import { ClientMessages } from "@/components/client-messages";

const querySchema = z.object({ after: z.string().optional().catch(undefined) });

/** `?after=<exchange>` is "add the next message": same channel and account, direction flipped. */
export default async function NewExchangePage({ params, searchParams }: PageProps<"/cases/[caseId]/exchanges/new">) {
  const [{ caseId }, query] = await Promise.all([params, searchParams.then((s) => querySchema.parse(s))]);
  const user = await requireUser(`/cases/${caseId}/exchanges/new`);
  const userCase = findCaseForUser(user.id, caseId);
  if (!userCase) notFound();
  const previous = query.after ? findExchangeForUser(user.id, query.after) : undefined;
  const t = await getTranslations("exchange");
  const firstIncident = listIncidentsForCase(userCase.id)[0];
  return (
    <ClientMessages namespaces={["direction", "errors", "evidence", "exchange", "exchangeChannel", "exchangeTag", "forms", "ocr"]}>
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{previous ? t("nextTitle") : t("newTitle")}</h1>
      <p className="text-stone-700">{t("newLead", { sender: userCase.sender.display })}</p>
      <ExchangeForm
        // A fresh form for each "next message": the route stays the same, only ?after changes.
        key={previous?.id ?? "first"}
        submit={createExchangeAction.bind(null, userCase.id)}
        submitLabel={t("submitNew")}
        cancelHref={`/cases/${userCase.id}`}
        firstIncidentAt={firstIncident?.occurredAt.toISOString()}
        offerNext
        defaultValues={previous && previous.caseId === userCase.id ? nextExchangeDefaults(previous, user.timeZone) : blankExchangeDefaults(user.timeZone)}
      />
    </div>
    </ClientMessages>
  );
}
