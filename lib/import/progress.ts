import "server-only";
import type { Import } from "@/db/schema";
import { isJobRunning } from "./jobs";

/** What an import's page shows while it reads or imports, and what its progress route answers. */
export async function importProgressOf(row: Import) {
  return {
    status: row.status,
    running: await isJobRunning(row.id),
    bytesRead: row.bytesRead,
    fileSize: row.fileSize,
    total: row.total,
    processed: row.processed,
    imported: row.imported,
    // A resumed import counts what it finds again below zero first (lib/import/run.ts).
    skipped: Math.max(0, row.skipped),
  };
}
