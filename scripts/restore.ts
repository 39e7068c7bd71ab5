// npm run restore -- <backup folder>: restores a backup made by `npm run backup` into the data
// directory (DATA_DIR, DATABASE_PATH), which must not have a database yet. Stop the app first.
import path from "node:path";
import { restoreData } from "@/lib/backup/backup";
import { env } from "@/lib/env";

if (env.s3) {
  // The copy would hold the database without its files, and a restore would put files where the app does not read them.
  console.error(
    `Evidence is in the object store (bucket ${env.s3.bucket}), and npm run restore only restores evidence on local disk. ` +
      "Put the database file back yourself and restore the bucket with the store's own tools (versioning, replication, aws s3 sync).",
  );
  process.exit(1);
}

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
