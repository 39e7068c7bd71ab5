import "server-only";
import { getCurrentUser } from "@/lib/auth";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { isUuid } from "../validations/id";
import { readBlob } from "../evidence/blobs";
import { dataRequestLetter } from "./data-request";
import { countryPack } from "../countries";
import type { DataLetterFields } from "./data-request";
import { openDocument, templatedRegulator } from "./drafts";
import { regulatorDocument } from "../domain";
import type { Evidence } from "@/db/schema";
import type { ComplaintFields, OjkDisputeField } from "./ojk";
import { letterDateTime, PHRASES, type Phrases } from "./phrases";
import { phrasesFor, regulatorComplaintLetter, type RegulatorComplaintFields } from "./regulator";
import { ojkDisputeLetter, ojkViolationLetter, type Letter } from "./letter";
import type { Exhibit } from "./pdf";

/**
 * The signed-in owner's OJK letter for a case, built from the saved draft (or a fresh one), and
 * its exhibits in the order of the evidence list. Null for anyone else: routes answer 404.
 */
export async function ownOjkLetter(
  caseId: string,
  withExhibits: boolean,
  kind: "ojk_violation" | "ojk_dispute" = "ojk_violation",
): Promise<{ letter: Letter; exhibits: Exhibit[]; fileName: string } | null> {
  const { user, userCase } = await ownedCase(caseId);
  const draft = user && userCase ? openDocument(kind, user, userCase) : null;
  if (!user || !userCase || !draft) return null;
  const files = listEvidenceForCase(userCase.id);
  const exhibits = withExhibits ? await exhibitsFor(files, PHRASES.id, user.timeZone) : [];
  return {
    letter:
      kind === "ojk_dispute"
        ? ojkDisputeLetter(draft.fields as Record<OjkDisputeField, string>, { now: new Date(), timeZone: user.timeZone, exhibits: files.length })
        : ojkViolationLetter(draft.fields as ComplaintFields, { now: new Date(), timeZone: user.timeZone, exhibits: files.length }),
    exhibits,
    fileName: `${kind === "ojk_dispute" ? "sengketa" : "pengaduan"}-ojk-${safeName(userCase.sender.display)}`,
  };
}

/** The signed-in owner's personal-data letter to the sender; null for anyone else or without a rule. */
export async function ownDataLetter(caseId: string): Promise<{ letter: Letter; fileName: string } | null> {
  const { user, userCase } = await ownedCase(caseId);
  const draft = user && userCase ? openDocument("sender_data", user, userCase) : null;
  const rule = userCase ? countryPack(userCase.country).dataRequest : null;
  if (!user || !userCase || !draft || !rule) return null;
  return {
    letter: dataRequestLetter(draft.fields as DataLetterFields, rule, { now: new Date(), timeZone: user.timeZone, signatory: user.legalName ?? "", email: user.email }),
    fileName: `data-request-${safeName(userCase.sender.display)}`,
  };
}

/** The signed-in owner's complaint to a body of the case's country, in the body's language, with its exhibits. */
export async function ownRegulatorLetter(caseId: string, regulatorId: string, withExhibits: boolean): Promise<{ letter: Letter; exhibits: Exhibit[]; fileName: string } | null> {
  const { user, userCase } = await ownedCase(caseId);
  const regulator = userCase ? templatedRegulator(userCase.country, regulatorId) : null;
  const draft = user && userCase && regulator ? openDocument(regulatorDocument(regulator.id), user, userCase) : null;
  if (!user || !userCase || !regulator || !draft) return null;
  const words = phrasesFor(regulator.complaint);
  return {
    letter: regulatorComplaintLetter(draft.fields as RegulatorComplaintFields, regulator.complaint, { now: new Date(), timeZone: user.timeZone }),
    exhibits: withExhibits ? await exhibitsFor(listEvidenceForCase(userCase.id), words, user.timeZone) : [],
    fileName: `${regulator.id.toLowerCase()}-${safeName(userCase.sender.display)}`,
  };
}

/** The signed-in user and their case with this id; either is undefined when there is no such pair. */
async function ownedCase(caseId: string) {
  const user = await getCurrentUser();
  return { user, userCase: user && isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined };
}

/** Every file of the case as a numbered exhibit, with its upload time and SHA-256, in the letter's language. */
async function exhibitsFor(files: readonly Evidence[], words: Phrases, timeZone: string): Promise<Exhibit[]> {
  const exhibits: Exhibit[] = [];
  for (const [index, file] of files.entries()) {
    const bytes = await readBlob(file.storedKey);
    if (!bytes) continue;
    exhibits.push({
      heading: `${words.exhibit(index + 1)}: ${file.caption || file.fileName}`,
      lines: [`${words.file}: ${file.fileName}`, `${words.uploaded}: ${letterDateTime(words.locale, file.uploadedAt, timeZone)}`, `SHA-256: ${file.storedKey}`],
      contentType: file.contentType,
      bytes,
    });
  }
  return exhibits;
}

const safeName = (display: string) => display.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 40);

export const notFoundResponse = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

export const documentHeaders = (contentType: string, fileName: string) => ({
  "Content-Type": contentType,
  "Content-Disposition": `attachment; filename="${fileName}"`,
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
});
