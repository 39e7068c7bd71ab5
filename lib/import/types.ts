import type { ImportKind } from "../domain";
/** A message or call found in a history file, before it becomes an incident. */
export type HistoryItem = {
  /** The sender exactly as the file names it (an address, a number, a chat author). */
  sender: string;
  channel: "sms" | "call" | "whatsapp";
  occurredAt: Date;
  /** The message text; null for calls. */
  text: string | null;
  /** Calls only. */
  call?: { kind: "incoming" | "missed" | "rejected"; durationSeconds: number };
  /** Files attached to the message (WhatsApp export media): name in the export, read on demand. */
  attachments: { fileName: string }[];
};
export type ImportErrorCode = "notXml" | "notBackup" | "notWhatsApp" | "truncated" | "tooLarge" | "unknownDateFormat" | "noMessages" | "unreadable";
export class ImportFormatError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message?: string,
  ) {
    super(message ?? code);
  }
}
/** Reads one uploaded file (on disk) as a stream of items, with bounded memory. */
export type HistoryReader = {
  kind: ImportKind;
  /** Items the person RECEIVED only (their own sent messages and outgoing calls are skipped). onProgress gets bytes read so far. */
  read(filePath: string, onProgress?: (bytesRead: number) => void): AsyncIterable<HistoryItem>;
  /** The bytes of an attachment named by an item (WhatsApp zip media); null when absent. */
  readAttachment?(filePath: string, fileName: string): Promise<Uint8Array | null>;
};
