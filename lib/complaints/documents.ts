import "server-only";
import { getCurrentUser } from "@/lib/auth";
import { findCaseForUser } from "@/db/queries/cases";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { isUuid } from "../validations/id";
import { readBlob } from "../evidence/blobs";
import { openOjkDraft } from "./drafts";
import { tanggalWaktu } from "./indonesian";
import { ojkViolationLetter, type Letter } from "./letter";
import type { Exhibit } from "./pdf";

/**
 * The signed-in owner's OJK letter for a case, built from the saved draft (or a fresh one), and
 * its exhibits in the order of the evidence list. Null for anyone else: routes answer 404.
 */
export async function ownOjkLetter(caseId: string, withExhibits: boolean): Promise<{ letter: Letter; exhibits: Exhibit[]; fileName: string } | null> {
  const user = await getCurrentUser();
  const userCase = user && isUuid(caseId) ? findCaseForUser(user.id, caseId) : undefined;
  if (!user || !userCase) return null;
  const draft = openOjkDraft(user, userCase);
  const files = listEvidenceForCase(userCase.id);
  const exhibits: Exhibit[] = [];
  if (withExhibits) {
    for (const [index, file] of files.entries()) {
      const bytes = await readBlob(file.storedKey);
      if (!bytes) continue;
      exhibits.push({
        number: index + 1,
        title: file.caption || file.fileName,
        lines: [`Berkas: ${file.fileName}`, `Diunggah: ${tanggalWaktu(file.uploadedAt, user.timeZone)}`, `SHA-256: ${file.storedKey}`],
        contentType: file.contentType,
        bytes,
      });
    }
  }
  return {
    letter: ojkViolationLetter(draft.fields, { now: new Date(), timeZone: user.timeZone, exhibits: files.length }),
    exhibits,
    fileName: `pengaduan-ojk-${userCase.sender.display.replace(/[^A-Za-z0-9]+/g, "-").slice(0, 40)}`,
  };
}

export const documentHeaders = (contentType: string, fileName: string) => ({
  "Content-Type": contentType,
  "Content-Disposition": `attachment; filename="${fileName}"`,
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
});
