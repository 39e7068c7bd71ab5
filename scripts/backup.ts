// npm run backup [-- <folder>]: a consistent copy of the database, the evidence files and the auth
// secret, taken while the app runs, into <folder>/spamtrail-<time>/ (default ./backups).
import path from "node:path";
import { backupData } from "@/lib/backup/backup";
import { env } from "@/lib/env";

if (env.s3) {
  // The copy would hold the database without its files, and a restore would put files where the app does not read them.
  console.error(
    `Evidence is in the object store (bucket ${env.s3.bucket}), and npm run backup only backs up evidence on local disk. ` +
      "Back up the database with SQLite's VACUUM INTO (or sqlite3 .backup) and the bucket with the store's own tools (versioning, replication, aws s3 sync).",
  );
  process.exit(1);
}

const parent = path.resolve(process.argv[2] ?? "backups");
const { folder, manifest } = await backupData({ dataDir: env.DATA_DIR, databasePath: env.DATABASE_PATH }, parent);
console.log(`Backup written to ${folder}`);
console.log(`  ${manifest.rows.incidents ?? 0} incidents, ${manifest.rows.cases ?? 0} cases, ${manifest.rows.users ?? 0} users, ${manifest.files} files`);
if (manifest.missingFiles.length) console.log(`  ${manifest.missingFiles.length} files were deleted by their owners while copying (listed in backup.json)`);
if (!manifest.authSecret) console.log("  No generated auth secret in the data directory: keep your AUTH_SECRET setting with this backup.");
