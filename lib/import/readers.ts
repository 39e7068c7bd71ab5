import type { ImportKind } from "../domain";
import { smsBackupReader } from "./sms-backup";
import { createWhatsAppReader } from "./whatsapp";
import type { HistoryReader } from "./types";

/**
 * The reader of each kind of history, for a person in `timeZone`; a kind without one cannot be
 * uploaded. A WhatsApp export writes wall-clock times without a zone: they are read in the
 * importing person's zone (SMS backups carry instants and need none).
 */
const READERS: Record<ImportKind, (timeZone: string) => HistoryReader> = {
  sms_backup: () => smsBackupReader,
  whatsapp: createWhatsAppReader,
};

export function readerFor(kind: ImportKind, timeZone: string): HistoryReader | null {
  return READERS[kind]?.(timeZone) ?? null;
}

/** Kinds the upload page offers. */
export function availableKinds(): ImportKind[] {
  return Object.keys(READERS) as ImportKind[];
}
