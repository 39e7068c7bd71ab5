import "server-only";
import { strToU8, zipSync, type Zippable } from "fflate";
import { writeTransaction } from "@/db";
import { blobKeysOfUser, deleteUserRow, loadAccountData } from "@/db/queries/account";
import { listImportIdsOfUser } from "@/db/queries/imports";
import { caseShares } from "@/db/tables";
import { eq } from "drizzle-orm";
import { deleteUnreferencedBlobs, readBlob } from "./evidence/blobs";
import { removeImportFiles } from "./import/imports";
import { refreshSenderStats } from "./public/sharing";

/**
 * Everything Spamtrail holds about the user, as a zip: `spamtrail-data.json` (profile, cases,
 * incidents, exchanges, documents, what they shared) and every file they uploaded under `files/`.
 * The password hash stays out.
 */
export async function exportAccount(userId: string): Promise<Uint8Array | null> {
  const data = await loadAccountData(userId);
  if (!data.user) return null;
  const { passwordHash: _hash, ...profile } = data.user;
  const files: Zippable = {};
  const listed = [];
  for (const file of data.evidence) {
    const bytes = await readBlob(file.storedKey);
    const name = `files/${file.id}-${file.fileName}`;
    if (bytes) files[name] = [bytes, { level: 0 }];
    listed.push({ ...file, path: bytes ? name : null });
  }
  const json = JSON.stringify({ exportedAt: new Date(), profile, ...data, user: undefined, evidence: listed }, null, 2);
  return zipSync({ "spamtrail-data.json": strToU8(json), ...files });
}

/**
 * Deletes the account: the user's private data and files are erased, and their public reports
 * are removed from the senders' pages (figures included). Files go after the rows are gone.
 */
export async function deleteAccount(userId: string): Promise<boolean> {
  let importIds: string[] = [];
  const keys = await writeTransaction(async (tx) => {
    importIds = await listImportIdsOfUser(tx, userId);
    const shared = await tx.select({ senderId: caseShares.senderId }).from(caseShares).where(eq(caseShares.userId, userId));
    const blobs = await blobKeysOfUser(tx, userId);
    await deleteUserRow(tx, userId);
    for (const senderId of new Set(shared.map((share) => share.senderId))) await refreshSenderStats(tx, senderId);
    return blobs;
  });
  await deleteUnreferencedBlobs(keys);
  // Uploaded histories waiting for their import go with the account.
  await removeImportFiles(importIds);
  return true;
}
