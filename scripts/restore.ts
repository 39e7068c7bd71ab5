// npm run restore -- <backup folder>: restores a backup made by `npm run backup` into the data
// directory (DATA_DIR, DATABASE_PATH), which must not have a database yet. Stop the app first.
import path from "node:path";
import { restoreData } from "@/lib/backup/backup";
import { env } from "@/lib/env";

const folder = process.argv[2];
if (!folder) {
  console.error("Usage: npm run restore -- <backup folder>");
  process.exit(2);
}
try {
  const manifest = await restoreData(path.resolve(folder), { dataDir: env.DATA_DIR, databasePath: env.DATABASE_PATH });
  console.log(`Restored the backup of ${manifest.createdAt} into ${env.DATA_DIR}: ${manifest.files} files. Start the app with npm start.`);
} catch (error) {
  console.error(`Restore failed: ${(error as Error).message}`);
  process.exit(1);
}
