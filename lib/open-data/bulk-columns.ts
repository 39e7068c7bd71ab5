/**
 * The columns of the bulk download of public reports, in order: the one list that makes the CSV
 * header, the JSON Lines keys, the data dictionary page and /api/v1/bulk/dictionary.json. What
 * each means, where it comes from and how it was redacted are messages
 * (openData.columns.<name>.meaning / source / redaction) so the page reads in both languages.
 */
import type { BulkReportRow } from "@/db/queries/open-data";
import { CATEGORIES, CHANNELS } from "../domain";

export type BulkValue = string | number | string[] | null;

export type BulkColumn = {
  name: string;
  /** As in JSON Lines; the CSV writes every value as text (a list joined by spaces, null as an empty field). */
  type: "string" | "integer" | "string[]";
  format?: "uuid" | "date-time";
  nullable: boolean;
  /** Every value it can take, when a fixed list. */
  values?: readonly string[];
  /** Has a redaction note in the messages. */
  redacted?: boolean;
  value: (row: BulkReportRow) => BulkValue;
};

const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const BULK_COLUMNS: readonly BulkColumn[] = [
  { name: "report_id", type: "string", format: "uuid", nullable: false, value: (row) => row.id },
  { name: "sender_page_id", type: "string", format: "uuid", nullable: false, value: (row) => row.pageId },
  { name: "sender_id", type: "string", format: "uuid", nullable: false, value: (row) => row.senderId },
  { name: "sender_display", type: "string", nullable: false, value: (row) => row.display },
  { name: "organisation", type: "string", nullable: true, value: (row) => row.organisation },
  { name: "occurred_at", type: "string", format: "date-time", nullable: false, value: (row) => new Date(row.occurredAt).toISOString() },
  { name: "local_weekday", type: "integer", nullable: false, value: (row) => row.weekday },
  { name: "local_hour", type: "integer", nullable: false, value: (row) => row.hour },
  { name: "channel", type: "string", nullable: false, values: CHANNELS, value: (row) => row.channel },
  { name: "category", type: "string", nullable: false, values: CATEGORIES, value: (row) => row.category },
  { name: "text", type: "string", nullable: true, redacted: true, value: (row) => row.text },
  { name: "call_duration_seconds", type: "integer", nullable: true, value: (row) => row.callDurationSeconds },
  { name: "rule_ids", type: "string[]", nullable: false, value: (row) => JSON.parse(row.ruleIds) as string[] },
  { name: "country", type: "string", nullable: false, value: (row) => row.country },
  { name: "replies", type: "integer", nullable: false, value: (row) => row.replies },
  { name: "first_reply_at", type: "string", format: "date-time", nullable: true, value: (row) => isoOrNull(row.firstReplyAt) },
];

export type BulkColumnName = (typeof BULK_COLUMNS)[number]["name"];
