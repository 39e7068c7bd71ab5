import { findPublicSender, listPublicReports } from "@/db/queries/public";
import { collectiveLetter, collectiveRecipient } from "@/lib/complaints/collective";
import { documentHeaders, notFoundResponse } from "@/lib/complaints/documents";
import { renderLetterPdf } from "@/lib/complaints/pdf";
import { currentAdvocate, EXPORT_LIMIT } from "@/lib/public/advocacy";
import { isUuid } from "@/lib/validations/id";

/** Advocates: one PDF letter to the regulator of the recipients' country about this sender, from all its public reports. */
export async function GET(_request: Request, { params }: RouteContext<"/senders/[senderId]/collective.pdf">) {
  const { senderId } = await params;
  const advocate = await currentAdvocate();
  const found = advocate && isUuid(senderId) ? findPublicSender(senderId) : undefined;
  const country = found?.stats.country ?? "ID";
  // The body that enforces most of the rules its reports show; the letter names only those it enforces.
  const regulator = found ? collectiveRecipient(country, found.stats.sector === "financial", Object.keys(found.stats.facts.rules)) : undefined;
  if (!advocate || !found || !regulator) return notFoundResponse();
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
  return new Response(Buffer.from(pdf), { headers: documentHeaders("application/pdf", `collective-${found.sender.display.replace(/[^A-Za-z0-9]+/g, "-")}.pdf`) });
}
