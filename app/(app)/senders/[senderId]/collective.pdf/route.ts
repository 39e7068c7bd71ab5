// GET /senders/:senderId/collective.pdf – advocates: one letter to the regulator about this sender, from all its public reports
import { findPublicSender, listPublicReports } from "@/db/queries/public";
import { collectiveLetter, collectiveRecipient } from "@/lib/complaints/collective";
import { renderLetterPdf } from "@/lib/complaints/pdf";
import { downloadHeaders, notFoundResponse, safeFileName } from "@/lib/http/responses";
import { withAdvocate } from "@/lib/http/with-user";
import { EXPORT_LIMIT } from "@/lib/public/advocacy";
import { isUuid } from "@/lib/validations/id";

/** A PDF letter to the regulator of the recipients' country. */
export const GET = withAdvocate(async (_request, { params }: RouteContext<"/senders/[senderId]/collective.pdf">, advocate) => {
  const { senderId } = await params;
  const found = isUuid(senderId) ? findPublicSender(senderId) : undefined;
  const country = found?.stats.country ?? "ID";
  // The body that enforces most of the rules its reports show; the letter names only those it enforces.
  const regulator = found ? collectiveRecipient(country, found.stats.sector === "financial", Object.keys(found.stats.facts.rules)) : undefined;
  if (!found || !regulator) return notFoundResponse();
  const reports = listPublicReports(
    found.identities.map((identity) => identity.id),
    EXPORT_LIMIT,
    { oldestFirst: true },
  );
  const letter = collectiveLetter({
    sender: found.sender,
    stats: found.stats,
    reports,
    regulator,
    country,
    now: new Date(),
    timeZone: advocate.timeZone,
    signatory: [advocate.legalName ?? advocate.name ?? "", advocate.email].filter(Boolean).join("\n"),
  });
  const pdf = await renderLetterPdf(letter, []);
  return new Response(Buffer.from(pdf), { headers: downloadHeaders("application/pdf", `collective-${safeFileName(found.sender.display)}.pdf`) });
});
