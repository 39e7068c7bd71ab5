import type { ImportKind } from "../domain";
import { smsBackupReader } from "./sms-backup";
import type { HistoryReader } from "./types";

/** The reader of each kind of history; a kind without one cannot be uploaded. */
const READERS: Partial<Record<ImportKind, HistoryReader>> = {
  sms_backup: smsBackupReader,
  // whatsapp: whatsAppReader, (from "./whatsapp", once that reader is merged)
};

export function readerFor(kind: ImportKind): HistoryReader | null {
  return READERS[kind] ?? null;
}

/** Kinds the upload page offers. */
export function availableKinds(): ImportKind[] {
  return (Object.keys(READERS) as ImportKind[]).filter((kind) => READERS[kind]);
}
