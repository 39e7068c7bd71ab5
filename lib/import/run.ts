import "server-only";
import { writeTransaction } from "@/db";
import { findImport, updateImport } from "@/db/queries/imports";
import { findUserById } from "@/db/queries/users";
import type { Import } from "@/db/schema";
import { MESSAGE_MAX_LENGTH } from "../domain";
import { env } from "../env";
import { uploadEvidence } from "../evidence/upload";
import { recordImportedIncidents, type ImportedIncident } from "../cases/incidents";
import { localToInstant } from "../local-time";
import { parseSender, type SenderIdentity } from "../sender-identity";
import type { ImportSenderAnswers } from "../validations/import";
import { deleteImportFile, importFilePath } from "./files";
import { readerFor } from "./readers";
import { importKeyOf, itemCount, senderRefs, SummaryBuilder, type ImportSummary } from "./summary";
import { ImportFormatError, type HistoryItem, type HistoryReader } from "./types";

/** What the import did for one picked sender so far. */
export type SenderOutcome = { caseId: string | null; imported: number; skipped: number; cut: number };
export type ImportOutcome = { perSender: Record<string, SenderOutcome>; attachmentsAdded: number; attachmentsRefused: number };
/** The review's answers per picked sender, and what the import did with them (the `selection` column). */
export type StoredSelection = { timeZone: string; senders: ImportSenderAnswers[]; outcome: ImportOutcome };

export const IMPORT_BATCH_SIZE = 500;
const IMAGE_ATTACHMENT = /\.(jpe?g|png|webp|gif|pdf)$/i;
/** The mark put at the end of a message cut to the longest text an incident keeps. */
export const CUT_MARK = " […]";

export type RunOptions = {
  signal?: AbortSignal;
  batchSize?: number;
  /** Called after each batch is committed (progress; tests stop an import here). */
  onBatch?: (processed: number) => void;
};

export function summaryOf(row: Import): ImportSummary | null {
  return (row.summary as ImportSummary | null) ?? null;
}

export function selectionOf(row: Import): StoredSelection | null {
  return (row.selection as StoredSelection | null) ?? null;
}

/** The message key shown for a failure: the reader's own code, or a general one. */
function errorKey(error: unknown): string {
  if (error instanceof ImportFormatError) return `import.${error.code}`;
  console.error("Import failed", error);
  return "import.failed";
}

async function loadContext(importId: string) {
  const row = await findImport(importId);
  if (!row) return null;
  const user = await findUserById(row.userId);
  // The zone of the first read, kept in the summary: a profile change in between must not move
  // the times (and with them the import keys) of a history already listed.
  const reader = user ? readerFor(row.kind, summaryOf(row)?.timeZone ?? user.timeZone) : null;
  if (!user || !reader) return null;
  return { row, user, reader };
}

/**
 * First read: lists the senders with their counts and dates, updating the progress as the file
 * goes by. A bad file ends as "failed" with the reader's message key, and its file is removed.
 */
export async function readHistory(importId: string, options: RunOptions = {}): Promise<void> {
  const context = await loadContext(importId);
  if (!context) return;
  const { row, user, reader } = context;
  const builder = new SummaryBuilder(user.country);
  // Progress goes to the database every hundredth of the file (at least every 4 MB), not every chunk.
  const step = Math.min(4 * 1024 * 1024, Math.max(64 * 1024, Math.floor(row.fileSize / 100)));
  let reported = 0;
  let removed = false;
  // The reader reports synchronously: its writes are chained, one at a time and in order.
  let progress = Promise.resolve();
  const onProgress = (bytes: number) => {
    if (bytes - reported < step) return;
    reported = bytes;
    progress = progress.then(async () => {
      removed ||= !(await updateImportRow(importId, { bytesRead: bytes }));
    });
  };
  try {
    for await (const item of reader.read(importFilePath(importId), onProgress)) {
      builder.add(item);
      if (options.signal?.aborted || removed) return await progress;
    }
    await progress;
    const summary = { ...builder.result(), timeZone: user.timeZone };
    await updateImportRow(importId, { status: "ready", summary, bytesRead: row.fileSize, error: null });
  } catch (error) {
    if (options.signal?.aborted) return;
    await updateImportRow(importId, { status: "failed", error: errorKey(error) });
    await deleteImportFile(importId);
  }
}

/** False when the import is gone: deleted meanwhile, maybe from another server worker. */
async function updateImportRow(importId: string, fields: Parameters<typeof updateImport>[2]): Promise<boolean> {
  return writeTransaction((tx) => updateImport(tx, importId, fields));
}

/** Thrown inside a batch's transaction when the import was deleted: the batch is not kept. */
class ImportRemovedError extends Error {}

/** The most recent `limit` instants of one sender: the oldest kept, and how many items share it. */
type Cutoff = { at: number; atCount: number };

/** A min-heap of at most `size` numbers: keeps the largest seen. */
class TopTimes {
  private heap: number[] = [];
  constructor(private readonly size: number) {}
  push(value: number) {
    const h = this.heap;
    if (h.length < this.size) {
      h.push(value);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (h[parent]! <= h[i]!) break;
        [h[parent], h[i]] = [h[i]!, h[parent]!];
        i = parent;
      }
    } else if (value > h[0]!) {
      h[0] = value;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]! < h[m]!) m = l;
        if (r < h.length && h[r]! < h[m]!) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
  }
  cutoff(): Cutoff {
    const at = this.heap[0] ?? 0;
    return { at, atCount: this.heap.filter((t) => t === at).length };
  }
}

/**
 * Senders over the per-import limit get their most recent items only: one extra read finds,
 * for each of them, the instant from which they count (memory: the limit's number of instants).
 */
async function findCutoffs(
  reader: HistoryReader,
  filePath: string,
  keys: Set<string>,
  country: string,
  limit: number,
  signal?: AbortSignal,
): Promise<Map<string, Cutoff>> {
  const tops = new Map([...keys].map((key) => [key, new TopTimes(limit)]));
  if (tops.size === 0) return new Map();
  const refOf = senderRefs(country);
  for await (const item of reader.read(filePath)) {
    if (signal?.aborted) break;
    tops.get(refOf(item.sender).key)?.push(item.occurredAt.getTime());
  }
  return new Map([...tops].map(([key, top]) => [key, top.cutoff()]));
}

function cutText(text: string): string {
  return text.length > MESSAGE_MAX_LENGTH ? text.slice(0, MESSAGE_MAX_LENGTH - CUT_MARK.length) + CUT_MARK : text;
}

/**
 * Second read: every item of a picked sender becomes an incident with that sender's answers, in
 * transactions of `batchSize`, with the import's progress committed alongside. Items already
 * imported (same key in the same case) are counted as skipped, so a second import of the same
 * file adds nothing and an interrupted one can simply run again. Stopped by `signal`, the import
 * stays "importing" (as after a restart) and can be resumed.
 */
export async function importHistory(importId: string, options: RunOptions = {}): Promise<void> {
  const context = await loadContext(importId);
  if (!context) return;
  const { row, user, reader } = context;
  const selection = selectionOf(row);
  const summary = summaryOf(row);
  if (!selection || !summary) return;
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  const limit = env.IMPORT_MAX_PER_SENDER;
  const answers = new Map(selection.senders.map((s) => [s.key, s]));
  const counts = new Map(summary.senders.map((s) => [s.key, itemCount(s)]));
  const outcome = selection.outcome;
  const filePath = importFilePath(importId);
  // A resumed import reads the file from the start again: what the first run added comes back
  // as "already there", so skips start below zero by that much and end right.
  let processed = 0;
  let imported = row.imported;
  let skipped = -row.imported;
  for (const sender of Object.values(outcome.perSender)) {
    sender.skipped = -sender.imported;
    sender.cut = 0;
  }

  try {
    const over = new Set(selection.senders.filter((s) => (counts.get(s.key) ?? 0) > limit).map((s) => s.key));
    const cutoffs = await findCutoffs(reader, filePath, over, user.country, limit, options.signal);
    const identities = new Map<string, SenderIdentity | null>();
    const identityOf = (raw: string): SenderIdentity | null => {
      let identity = identities.get(raw);
      if (identity === undefined) {
        const parsed = parseSender(raw, user.country);
        identity = parsed.ok ? parsed.identity : null;
        // Spellings of the picked senders: few, but bounded all the same.
        if (identities.size < 10_000) identities.set(raw, identity);
      }
      return identity;
    };
    const stopAt = new Map<string, Date | null>(
      selection.senders.map((s) => [s.key, s.stopRequest !== "none" && s.stopRequestedAt ? localToInstant(s.stopRequestedAt, selection.timeZone) : null]),
    );

    const caseBySender = new Map<string, string>();
    let batch: { item: HistoryItem; key: string; incident: ImportedIncident }[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      const current = batch;
      batch = [];
      const results = await recordImportedIncidents(
        user.id,
        user.country,
        current.map((b) => b.incident),
        async (tx, done) => {
          done.forEach((result, i) => {
            const sender = (outcome.perSender[current[i]!.key] ??= { caseId: null, imported: 0, skipped: 0, cut: 0 });
            sender.caseId = result.caseId;
            if (result.incidentId) {
              sender.imported++;
              imported++;
            } else {
              sender.skipped++;
              skipped++;
            }
          });
          processed += current.length;
          if (!(await updateImport(tx, importId, { processed, imported, skipped, selection }))) throw new ImportRemovedError();
        },
        caseBySender,
      );
      if (reader.readAttachment) await addAttachments(reader, filePath, user.id, current, results, outcome);
      if (outcome.attachmentsAdded + outcome.attachmentsRefused > 0) await updateImportRow(importId, { selection });
      options.onBatch?.(processed);
    };

    const atCutoff = new Map<string, number>();
    const refOf = senderRefs(user.country);
    for await (const item of reader.read(filePath)) {
      if (options.signal?.aborted) return;
      const ref = refOf(item.sender);
      const answer = answers.get(ref.key);
      if (!answer) continue;
      const identity = identityOf(item.sender);
      if (!identity) continue;
      const cutoff = cutoffs.get(ref.key);
      if (cutoff) {
        const t = item.occurredAt.getTime();
        const taken = atCutoff.get(ref.key) ?? 0;
        const keep = t > cutoff.at || (t === cutoff.at && taken < cutoff.atCount);
        if (t === cutoff.at && keep) atCutoff.set(ref.key, taken + 1);
        if (!keep) {
          (outcome.perSender[ref.key] ??= { caseId: null, imported: 0, skipped: 0, cut: 0 }).cut++;
          continue;
        }
      }
      const isCall = item.channel === "call";
      const answered = isCall ? item.call?.kind === "incoming" && (item.call?.durationSeconds ?? 0) > 0 : null;
      batch.push({
        item,
        key: ref.key,
        incident: {
          identity,
          fields: {
            channel: item.channel,
            senderInput: item.sender.trim().replace(/\s+/g, " "),
            occurredAt: item.occurredAt,
            timeZone: selection.timeZone,
            messageText: isCall ? null : cutText(item.text ?? ""),
            callAnswered: answered,
            callDurationSeconds: answered ? (item.call?.durationSeconds ?? null) : null,
            callOffer: null,
            category: answer.category,
            consent: answer.consent,
            stopRequest: answer.stopRequest,
            stopRequestedAt: stopAt.get(ref.key) ?? null,
            companyNamed: null,
            sourceGiven: null,
            collectionTarget: null,
            threatened: null,
            source: row.kind,
            importKey: importKeyOf(item, ref.key),
          },
        },
      });
      if (batch.length >= batchSize) {
        await flush();
        if (options.signal?.aborted) return;
      }
    }
    await flush();
    await updateImportRow(importId, { status: "done", processed, imported, skipped, selection, error: null });
    await deleteImportFile(importId);
  } catch (error) {
    if (options.signal?.aborted || error instanceof ImportRemovedError) return;
    // What was imported before the failure stays, and the outcome says what it was.
    await updateImportRow(importId, { status: "failed", error: errorKey(error), selection });
  }
}

/** Attached images of newly added incidents go through the same checks as any upload. */
async function addAttachments(
  reader: HistoryReader,
  filePath: string,
  userId: string,
  batch: { item: HistoryItem }[],
  results: { incidentId: string | null }[],
  outcome: ImportOutcome,
): Promise<void> {
  for (let i = 0; i < batch.length; i++) {
    const incidentId = results[i]?.incidentId;
    if (!incidentId) continue;
    for (const attachment of batch[i]!.item.attachments) {
      if (!IMAGE_ATTACHMENT.test(attachment.fileName)) {
        outcome.attachmentsRefused++;
        continue;
      }
      const bytes = await reader.readAttachment!(filePath, attachment.fileName);
      const uploaded = bytes ? await uploadEvidence(userId, { bytes, fileName: attachment.fileName }, { kind: "incident", id: incidentId }) : null;
      if (uploaded?.ok) outcome.attachmentsAdded++;
      else outcome.attachmentsRefused++;
    }
  }
}
