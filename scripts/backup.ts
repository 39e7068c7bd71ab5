// npm run backup [-- <folder>]: a consistent copy of the database, the evidence files and the auth
// secret, taken while the app runs, into <folder>/spamtrail-<time>/ (default ./backups).
import path from "node:path";
import { backupData } from "@/lib/backup/backup";
import { env } from "@/lib/env";

const parent = path.resolve(process.argv[2] ?? "backups");
const { folder, manifest } = await backupData({ dataDir: env.DATA_DIR, databasePath: env.DATABASE_PATH }, parent);
console.log(`Backup written to ${folder}`);
console.log(`  ${manifest.rows.incidents ?? 0} incidents, ${manifest.rows.cases ?? 0} cases, ${manifest.rows.users ?? 0} users, ${manifest.files} files`);
if (manifest.missingFiles.length) console.log(`  ${manifest.missingFiles.length} files were deleted by their owners while copying (listed in backup.json)`);
if (!manifest.authSecret) console.log("  No generated auth secret in the data directory: keep your AUTH_SECRET setting with this backup.");
