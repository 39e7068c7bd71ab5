import "server-only";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { readBlob } from "../evidence/blobs";
import { ownDocument } from "../documents/registry";
import type { Evidence, User } from "@/db/schema";
import { downloadHeaders, notFoundResponse, safeFileName } from "../http/responses";
import { openDocument } from "./drafts";
import { letterToText } from "./letter";
import { renderLetterPdf, type Exhibit } from "./pdf";
import { letterDateTime, type Phrases } from "./phrases";

/**
 * A document of a case as a file, built from the saved draft (or a fresh one): the PDF with the
 * case's files as numbered exhibits (for the kinds that attach them), or plain text. The case's
 * owner only; anyone else, an unknown kind, or a case without that document: 404.
 */
export async function letterDownload(user: User, caseId: string, slug: string, format: "pdf" | "txt"): Promise<Response> {
  const found = await ownDocument(user, caseId, slug);
  const draft = found ? await openDocument(found.type, user, found.userCase) : null;
  if (!found || !draft) return notFoundResponse();
  const { type, userCase } = found;
  const files = await listEvidenceForCase(userCase.id);
  const letter = type.letter(draft.fields, { user, userCase, now: new Date(), exhibits: files.length });
  const fileName = `${type.fileName}-${safeFileName(userCase.sender.display, 40)}.${format}`;
  if (format === "txt") return new Response(letterToText(letter), { headers: downloadHeaders("text/plain; charset=utf-8", fileName) });
  const exhibits = type.exhibits ? await exhibitsFor(files, type.exhibits, user.timeZone) : [];
  return new Response(Buffer.from(await renderLetterPdf(letter, exhibits)), { headers: downloadHeaders("application/pdf", fileName) });
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
