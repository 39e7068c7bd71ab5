import "server-only";
import sharp from "sharp";
import { getDb, writeTransaction } from "@/db";
import { findCaseForUser } from "@/db/queries/cases";
import { findUserById } from "@/db/queries/users";
import { listEvidenceForCase } from "@/db/queries/evidence";
import { listExchangesForCaseIn } from "@/db/queries/exchanges";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { markPublicDataChanged } from "@/db/queries/open-data";
import {
  deleteShare,
  findShareForCaseIn,
  listSharedCaseIds,
  loadShareFacts,
  loadShareIncidents,
  pageSenderId,
  publishedSources,
  senderGroup,
  writePublicEvidence,
  writeSenderStats,
  writeShare,
  writeShareReportFacts,
} from "@/db/queries/public";
import type { DbOrTx } from "@/db/queries/tx";
import type { Case, Sender, User } from "@/db/schema";
import { rulesForCase } from "../cases/rules";
import { deleteUnreferencedBlobs, putPinned, readBlob } from "../evidence/blobs";
import type { RedactionContext } from "../redaction";
import type { ShareInput } from "../validations/share";
import { expireSenderPages } from "./page-cache";
import { imageQueue } from "../evidence/image-queue";
import { figuresOfShares, shareReportFacts, sumReportFacts } from "./sender-facts";
import { buildSnapshot, type Snapshot, type SnapshotInput } from "./snapshot";

type UserCase = Case & { sender: Sender };

/** What is masked in a case's public text: the reporter's names and numbers, what they selected; the sender's number stays. */
export function redactionContext(user: Pick<User, "name" | "legalName" | "phone">, userCase: UserCase, extraMasks: readonly string[]): RedactionContext {
  return {
    names: [user.name, user.legalName].filter((name): name is string => Boolean(name?.trim())),
    ownNumbers: user.phone ? [user.phone] : [],
    keepNumbers: [userCase.sender.display],
    country: userCase.country,
    extra: extraMasks,
  };
}

// Reads go through the one connection, so inside a write's transaction they see its changes.
async function snapshotOf(
  db: DbOrTx,
  user: Pick<User, "name" | "legalName" | "phone" | "region">,
  userCase: UserCase,
  extraMasks: readonly string[],
  only?: SnapshotInput["only"],
): Promise<Snapshot> {
  const incidents = await listIncidentsForCase(userCase.id);
  const exchanges = await listExchangesForCaseIn(db, userCase.id);
  return buildSnapshot({
    incidents,
    exchanges,
    violations: rulesForCase(userCase, incidents, { exchanges, region: user.region }).violations,
    status: userCase.status,
    redaction: redactionContext(user, userCase, extraMasks),
    only,
  });
}

/**
 * Recomputes the public figures of the page a sender is shown on (its own, or its parent's), and
 * expires its cached pages. Summed over the page's visible shares, each carrying what its
 * incidents add (case_shares.report_facts): only shares whose incidents changed since are read
 * again, so a write costs the sender's shares (hundreds of rows for the busiest), not its
 * incidents (thousands). lib/public/sender-counters.test.ts checks the sum against a full recount.
 * It also bumps the public data version in the same transaction, so the bulk download
 * (lib/open-data/bulk.ts) is made again before it serves anything older.
 */
export async function refreshSenderStats(db: DbOrTx, senderId: string): Promise<void> {
  const pageId = await pageSenderId(db, senderId);
  const group = await senderGroup(db, pageId);
  const shares = await loadShareFacts(
    db,
    group.map((sender) => sender.id),
  );
  const stale = shares.filter((share) => !share.reportFacts);
  if (stale.length) {
    const incidents = await loadShareIncidents(
      db,
      stale.map((share) => share.id),
    );
    for (const share of stale) {
      share.reportFacts = shareReportFacts(incidents.get(share.id) ?? []);
      await writeShareReportFacts(db, share.id, share.reportFacts);
    }
  }
  const page = group.find((sender) => sender.id === pageId);
  await writeSenderStats(
    db,
    pageId,
    shares.length ? figuresOfShares(shares, sumReportFacts(shares.map((share) => share.reportFacts!)), page?.sector ?? null) : null,
    group.map((sender) => ({ display: sender.display, kind: sender.kind })),
  );
  await markPublicDataChanged(db);
  await expireSenderPages(db, [senderId, ...group.map((sender) => sender.id)]);
}

/**
 * A screenshot cut by the reporter's crop (percent from each edge), re-encoded without metadata,
 * in its turn in the image queue.
 */
function croppedScreenshot(bytes: Uint8Array, crop: ShareInput["screenshots"][number]["crop"]) {
  return imageQueue.runWhenFree(() => cropNow(bytes, crop));
}

async function cropNow(bytes: Uint8Array, crop: ShareInput["screenshots"][number]["crop"]) {
  const image = sharp(bytes, { autoOrient: true });
  const { width = 0, height = 0 } = await image.metadata();
  const left = Math.round((width * crop.left) / 100);
  const top = Math.round((height * crop.top) / 100);
  const area = {
    left,
    top,
    width: Math.max(1, width - left - Math.round((width * crop.right) / 100)),
    height: Math.max(1, height - top - Math.round((height * crop.bottom) / 100)),
  };
  const { data, info } = await sharp(bytes, { autoOrient: true }).extract(area).webp({ quality: 85 }).toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/**
 * Shares the user's case (or updates what is public of it): every incident and exchange as
 * the preview showed it, and the screenshots they picked, cropped. False when not theirs.
 */
export async function shareCase(user: User, caseId: string, input: ShareInput): Promise<boolean> {
  const userCase = await findCaseForUser(user.id, caseId);
  if (!userCase) return false;
  const files = new Map((await listEvidenceForCase(caseId)).map((file) => [file.id, file]));
  const published: { evidenceId: string; storedKey: string; width: number; height: number; crop: ShareInput["screenshots"][number]["crop"] }[] = [];
  const unpins: (() => Promise<void>)[] = [];
  let dropped: string[] = [];
  try {
    for (const choice of input.screenshots) {
      const file = files.get(choice.evidenceId);
      const bytes = file?.kind === "image" ? await readBlob(file.storedKey) : null;
      if (!file || !bytes) continue;
      const cropped = await croppedScreenshot(bytes, choice.crop);
      const { key, unpin } = await putPinned(cropped.data);
      unpins.push(unpin);
      published.push({ evidenceId: file.id, storedKey: key, width: cropped.width, height: cropped.height, crop: choice.crop });
    }
    await writeTransaction(async (tx) => {
      const snapshot = await snapshotOf(tx, user, userCase, input.extraMasks);
      const share = await writeShare(
        tx,
        {
          caseId,
          userId: user.id,
          senderId: userCase.senderId,
          country: userCase.country,
          extraMasks: input.extraMasks,
          sharedAt: (await findShareForCaseIn(tx, caseId))?.sharedAt ?? new Date(),
        },
        snapshot,
      );
      dropped = await writePublicEvidence(tx, share.id, published);
      await refreshSenderStats(tx, userCase.senderId);
    });
  } finally {
    for (const unpin of unpins) await unpin();
  }
  await deleteUnreferencedBlobs(dropped);
  return true;
}

/** Takes the case out of the public directory at once, counts included. False when not theirs. */
export async function unshareCase(user: User, caseId: string): Promise<boolean> {
  if (!(await findCaseForUser(user.id, caseId))) return false;
  const removed = await writeTransaction(async (tx) => {
    const share = await deleteShare(tx, caseId);
    if (share) await refreshSenderStats(tx, share.senderId);
    return share;
  });
  if (removed) await deleteUnreferencedBlobs(removed.keys);
  return true;
}

/**
 * Keeps a shared case's public rows in step with a write to it: edits and deletions show at
 * once (redacted as before); what the reporter adds later waits for their review. Call in the
 * same transaction as the write, after it.
 */
export async function syncPublicCase(tx: DbOrTx, caseId: string): Promise<void> {
  const share = await findShareForCaseIn(tx, caseId);
  if (!share) return;
  const user = await findUserById(share.userId);
  const userCase = await findCaseForUser(share.userId, caseId);
  if (!user || !userCase) return;
  const snapshot = await snapshotOf(tx, user, userCase, share.extraMasks, await publishedSources(tx, share.id));
  await writeShare(
    tx,
    { caseId, userId: share.userId, senderId: userCase.senderId, country: userCase.country, extraMasks: share.extraMasks, sharedAt: share.sharedAt },
    snapshot,
  );
  await refreshSenderStats(tx, userCase.senderId);
  if (share.senderId !== userCase.senderId) await refreshSenderStats(tx, share.senderId);
}

/** Brings every case a user shares up to date: their region decides holidays, so the rules each shows. */
export async function syncSharedCasesOf(tx: DbOrTx, userId: string): Promise<void> {
  for (const caseId of await listSharedCaseIds(tx, userId)) await syncPublicCase(tx, caseId);
}

/** The preview of what sharing would publish now, with the items not public yet counted. */
export async function previewShare(user: User, userCase: UserCase, extraMasks: readonly string[]): Promise<{ snapshot: Snapshot; unpublished: number }> {
  const db = getDb();
  const snapshot = await snapshotOf(db, user, userCase, extraMasks);
  const share = await findShareForCaseIn(db, userCase.id);
  if (!share) return { snapshot, unpublished: 0 };
  const sources = await publishedSources(db, share.id);
  const unpublished =
    snapshot.incidents.filter((row) => !sources.incidents.has(row.incidentId)).length +
    snapshot.exchanges.filter((row) => !sources.exchanges.has(row.exchangeId)).length;
  return { snapshot, unpublished };
}

/** Deletes a case through `remove`, then brings its sender's public figures up to date if it was shared. */
export async function removeSharedCase<T>(tx: DbOrTx, caseId: string, remove: () => Promise<T>): Promise<T> {
  const share = await findShareForCaseIn(tx, caseId);
  const result = await remove();
  if (share && !(await findShareForCaseIn(tx, caseId))) await refreshSenderStats(tx, share.senderId);
  return result;
}
