import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import { createReadStream, existsSync } from "node:fs";
import { chmod, copyFile, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { isBlobKey } from "../storage/blob-store";

/**
 * Online backups of everything a Spamtrail server needs to come back: the database, the evidence
 * files its rows point at, and the generated auth secret (without it every session and signed
 * cookie breaks). Plain functions over paths, so `npm run backup`/`restore` and the tests share them.
 */

export const MANIFEST = "backup.json";
const DATABASE_FILE = "spamtrail.db";
const SECRET_FILE = "auth-secret";

export type DataLocation = { dataDir: string; databasePath: string };

export type BackupManifest = {
  format: 1;
  createdAt: string;
  databaseSha256: string;
  /** Rows per table in the copy, for a quick look and for comparing after a restore. */
  rows: Record<string, number>;
  files: number;
  /** Files a row pointed at that were gone when copied: deleted by their owner after the snapshot. */
  missingFiles: string[];
  authSecret: boolean;
};

const objectPath = (root: string, key: string) => path.join(root, "evidence", "objects", key.slice(0, 2), key);

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

function checkIntegrity(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`Integrity check of ${file} failed: ${String(result)}`);
  } finally {
    db.close();
  }
}

function readCopy(file: string): { rows: Record<string, number>; blobKeys: string[] } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all() as string[];
    const rows = Object.fromEntries(tables.map((table) => [table, db.prepare(`select count(*) from "${table}"`).pluck().get() as number]));
    const blobKeys = db
      .prepare(
        "select stored_key from evidence union select thumbnail_key from evidence where thumbnail_key is not null union select stored_key from public_evidence",
      )
      .pluck()
      .all() as string[];
    return { rows, blobKeys: blobKeys.filter(isBlobKey) };
  } finally {
    db.close();
  }
}

/** Copies a content-addressed file and checks it on the way: its name is the hash of its bytes. */
async function copyBlob(fromRoot: string, toRoot: string, key: string): Promise<"copied" | "missing"> {
  const from = objectPath(fromRoot, key);
  const to = objectPath(toRoot, key);
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await copyFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
  if ((await sha256OfFile(to)) !== key) throw new Error(`Evidence file ${key} does not match its name`);
  return "copied";
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, "-");
}

/**
 * Writes a consistent copy into a new folder under `parentDir` while the app keeps running and
 * returns the folder. The database is copied with `VACUUM INTO`, one read transaction: a snapshot
 * of committed rows, whatever is being written meanwhile. Files are copied after it; rows are
 * written after their files, so every row in the snapshot has its file, unless its owner deleted it
 * since (listed as missing). The folder is built under a temporary name and renamed when complete.
 */
export async function backupData(from: DataLocation, parentDir: string, now = new Date()): Promise<{ folder: string; manifest: BackupManifest }> {
  const folder = path.join(parentDir, `spamtrail-${timestamp(now)}`);
  const partial = `${folder}.partial`;
  if (existsSync(folder)) throw new Error(`${folder} already exists`);
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });

  const copy = path.join(partial, DATABASE_FILE);
  const source = new Database(from.databasePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    source.prepare("vacuum into ?").run(copy);
  } finally {
    source.close();
  }
  checkIntegrity(copy);
  const { rows, blobKeys } = readCopy(copy);

  const missingFiles: string[] = [];
  for (const key of blobKeys) if ((await copyBlob(from.dataDir, partial, key)) === "missing") missingFiles.push(key);

  const secret = path.join(from.dataDir, SECRET_FILE);
  const authSecret = existsSync(secret);
  if (authSecret) {
    await copyFile(secret, path.join(partial, SECRET_FILE));
    await chmod(path.join(partial, SECRET_FILE), 0o600);
  }

  const manifest: BackupManifest = {
    format: 1,
    createdAt: now.toISOString(),
    databaseSha256: await sha256OfFile(copy),
    rows,
    files: blobKeys.length - missingFiles.length,
    missingFiles,
    authSecret,
  };
  await writeFile(path.join(partial, MANIFEST), JSON.stringify(manifest, null, 2));
  await rename(partial, folder);
  return { folder, manifest };
}

/**
 * Restores a backup folder into a data directory without a database (restoring over a live
 * database would mix two histories). Checks the copy before writing anything: the manifest,
 * the database's hash and integrity, and every file against its name. The app migrates on start.
 */
export async function restoreData(folder: string, to: DataLocation): Promise<BackupManifest> {
  const manifestFile = path.join(folder, MANIFEST);
  if (!existsSync(manifestFile)) throw new Error(`${folder} is not a complete backup (no ${MANIFEST})`);
  const manifest = JSON.parse(await readFile(manifestFile, "utf8")) as BackupManifest;
  if (manifest.format !== 1) throw new Error(`Unknown backup format ${String(manifest.format)}`);
  // Only the database decides: it is written last, so a restore that stopped halfway can be run
  // again, and files already there are content-addressed (the same name is the same bytes).
  if (existsSync(to.databasePath)) throw new Error(`${to.databasePath} exists: restore into an empty data directory`);
  const copy = path.join(folder, DATABASE_FILE);
  if ((await sha256OfFile(copy)) !== manifest.databaseSha256) throw new Error("The database copy does not match the manifest");
  checkIntegrity(copy);

  const { blobKeys } = readCopy(copy);
  const missing = new Set(manifest.missingFiles);
  for (const key of blobKeys) {
    if (missing.has(key)) continue;
    if ((await copyBlob(folder, to.dataDir, key)) === "missing") throw new Error(`Evidence file ${key} is missing from the backup`);
  }
  if (manifest.authSecret) {
    const secret = path.join(to.dataDir, SECRET_FILE);
    await mkdir(to.dataDir, { recursive: true });
    await copyFile(path.join(folder, SECRET_FILE), secret);
    await chmod(secret, 0o600);
  }
  // The database last, under a temporary name: a restore that failed halfway leaves no database
  // for the app to start on.
  await mkdir(path.dirname(to.databasePath), { recursive: true });
  const temporary = `${to.databasePath}.restoring`;
  await copyFile(copy, temporary);
  await rename(temporary, to.databasePath);
  return manifest;
}
