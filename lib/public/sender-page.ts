import "server-only";
import { cache } from "react";
import { findPublicSender, listPublicReports } from "@/db/queries/public";
import { isUuid } from "../validations/id";
import { olderThan, parseOlderThan } from "./report-cursor";

export const REPORTS_PER_PAGE = 20;

/** The public sender behind an id from a URL, looked up once per request (metadata and page share it). */
export const findSenderPage = cache((senderId: string) => (isUuid(senderId) ? findPublicSender(senderId) : undefined));

/** One page of a sender's public reports, newest first from the `before` cursor, with the cursors of this page and the next, older one. */
export function publicReportPage(senderIds: string[], before?: unknown) {
  const cursor = parseOlderThan(before);
  const rows = listPublicReports(senderIds, REPORTS_PER_PAGE + 1, { before: cursor });
  return {
    reports: rows.slice(0, REPORTS_PER_PAGE),
    current: cursor ? olderThan({ occurredAt: cursor.at, id: cursor.id }) : null,
    older: rows.length > REPORTS_PER_PAGE ? olderThan(rows[REPORTS_PER_PAGE - 1]!) : null,
  };
}
