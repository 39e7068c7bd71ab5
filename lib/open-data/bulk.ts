import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip, type Gzip } from "node:zlib";
import { listBulkReportsAfter, publicDataVersion, type BulkCursor, type BulkReportRow } from "@/db/queries/open-data";
import { env } from "../env";
import { withLease } from "../jobs/lease";
import { csvField } from "../public/export";
import { BULK_COLUMNS } from "./bulk-columns";

export const BULK_FORMATS = ["csv", "jsonl"] as const;
export type BulkFormat = (typeof BULK_FORMATS)[number];

export type BulkFile = { format: BulkFormat; file: string; bytes: number; sha256: string };

/** What was made last: kept beside the files as manifest.json. */
export type BulkManifest = {
  generatedAt: string;
  /** The public data version (db/queries/open-data.ts) read before the first row: the files hold every change up to it. */
  dataVersion: number;
  rows: number;
  files: BulkFile[];
};

/** A run is far shorter (40,000 rows take 4 s on the 2-core machine, so a million about 2 minutes); a process that dies holding the lease loses it after this. */
const LEASE_TTL_MS = 30 * 60_000;
const DAY_MS = 24 * 3_600_000;
const BATCH_ROWS = 500;

export const bulkDir = () => path.join(env.DATA_DIR, "open-data");
const manifestPath = () => path.join(bulkDir(), "manifest.json");

export async function readManifest(): Promise<BulkManifest | null> {
  try {
    return JSON.parse(await readFile(manifestPath(), "utf8")) as BulkManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

export const bulkFilePath = (file: BulkFile) => path.join(bulkDir(), file.file);

/** CSV lines (RFC 4180, CRLF) and JSON Lines of a batch of rows. */
function encodeBatch(rows: BulkReportRow[]): Record<BulkFormat, string> {
  let csv = "";
  let jsonl = "";
  for (const row of rows) {
    const values = BULK_COLUMNS.map((column) => column.value(row));
    csv += values.map(csvField).join(",") + "\r\n";
    jsonl += JSON.stringify(Object.fromEntries(BULK_COLUMNS.map((column, i) => [column.name, values[i]]))) + "\n";
  }
  return { csv, jsonl };
}

/** A gzip stream into `target`, counting and hashing the compressed bytes on their way to disk. */
function gzipFile(target: string) {
  const hash = createHash("sha256");
  let bytes = 0;
  const gzip = createGzip();
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  const written = pipeline(gzip, measure, createWriteStream(target));
  // Awaited with the others below; a failure there must not go unhandled in between.
  written.catch(() => {});
  return { gzip, done: async () => (await written, { bytes, sha256: hash.digest("hex") }) };
}

async function write(stream: Gzip | Writable, text: string): Promise<void> {
  if (!text || stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const drained = () => (stream.off("error", failed), resolve());
    const failed = (error: Error) => (stream.off("drain", drained), reject(error));
    stream.once("drain", drained);
    stream.once("error", failed);
  });
}

/**
 * Writes every visible public report to reports-<stamp>.csv.gz and .jsonl.gz, then the manifest
 * naming them, each renamed into place once complete, so a reader sees the old set or the new
 * one, never half a file; then removes the files of older runs (a download still streaming one
 * keeps reading it: its file stays open). Called under the lease (regenerateOpenData), never two at once. Rows are read a batch at a time, yielding between
 * batches, so the server keeps answering while a large download is made.
 */
export async function generateOpenData(options: { batchRows?: number; readBatch?: typeof listBulkReportsAfter } = {}): Promise<BulkManifest> {
  const { batchRows = BATCH_ROWS, readBatch = listBulkReportsAfter } = options;
  const dir = bulkDir();
  await mkdir(dir, { recursive: true });
  const dataVersion = await publicDataVersion();
  const generatedAt = new Date();
  const stamp = `${generatedAt.getTime()}-${randomUUID().slice(0, 8)}`;
  const names = { csv: `reports-${stamp}.csv.gz`, jsonl: `reports-${stamp}.jsonl.gz` } satisfies Record<BulkFormat, string>;
  const temp = (format: BulkFormat) => path.join(dir, `${names[format]}.tmp`);
  const outputs = { csv: gzipFile(temp("csv")), jsonl: gzipFile(temp("jsonl")) };
  let rows = 0;
  try {
    await write(outputs.csv.gzip, BULK_COLUMNS.map((column) => column.name).join(",") + "\r\n");
    for (let after: BulkCursor | null = null; ;) {
      const batch = await readBatch(after, batchRows);
      if (batch.length === 0) break;
      const encoded = encodeBatch(batch);
      await Promise.all(BULK_FORMATS.map((format) => write(outputs[format].gzip, encoded[format])));
      rows += batch.length;
      if (batch.length < batchRows) break;
      after = batch.at(-1)!.cursor;
      await new Promise((resolve) => setImmediate(resolve));
    }
    for (const format of BULK_FORMATS) outputs[format].gzip.end();
    const results = await Promise.all(BULK_FORMATS.map((format) => outputs[format].done()));
    const files = BULK_FORMATS.map((format, i) => ({ format, file: names[format], ...results[i]! }));
    for (const format of BULK_FORMATS) await rename(temp(format), path.join(dir, names[format]));
    const manifest: BulkManifest = { generatedAt: generatedAt.toISOString(), dataVersion, rows, files };
    const manifestTemp = `${manifestPath()}.${stamp}.tmp`;
    await writeFile(manifestTemp, JSON.stringify(manifest));
    await rename(manifestTemp, manifestPath());
    // Older runs' files, and what a run that died left half-written (one run at a time: none is under way).
    const kept = new Set([...files.map((file) => file.file), "manifest.json"]);
    for (const name of await readdir(dir)) if (!kept.has(name)) await rm(path.join(dir, name), { force: true });
    return manifest;
  } catch (error) {
    for (const format of BULK_FORMATS) outputs[format].gzip.destroy();
    await Promise.all(BULK_FORMATS.map((format) => rm(temp(format), { force: true })));
    throw error;
  }
}

// On globalThis: the route handlers, the admin action and the timer may each load their own copy of this module.
const state = globalThis as unknown as { spamtrailOpenDataRun?: Promise<boolean> };

/** True while this process is making the files. */
export const isGeneratingOpenData = () => Boolean(state.spamtrailOpenDataRun);

/** Runs `job` under the lease, once at a time: a call while this process runs one joins that run. */
function runOnce(job: () => Promise<void>): Promise<boolean> {
  state.spamtrailOpenDataRun ??= withLease("open-data", LEASE_TTL_MS, job).finally(() => {
    state.spamtrailOpenDataRun = undefined;
  });
  return state.spamtrailOpenDataRun;
}

/**
 * Makes the files now, once at a time: a call while this process is making them joins that run;
 * while another process holds the lease it resolves to false without running.
 */
export function regenerateOpenData(): Promise<boolean> {
  return runOnce(async () => {
    await generateOpenData();
  });
}

/** The daily run: makes the files when there are none, or the last ones are a day old. */
export async function regenerateOpenDataIfOld(now = new Date()): Promise<void> {
  const isOld = async () => {
    const manifest = await readManifest();
    return !manifest || now.getTime() - Date.parse(manifest.generatedAt) >= DAY_MS;
  };
  if (!(await isOld())) return;
  // Asked again under the lease: every worker runs this at its start, and another one may have
  // made the files between the first look and taking the lease.
  await runOnce(async () => {
    if (await isOld()) await generateOpenData();
  });
}

/**
 * The manifest of files that hold every public change made before this call: a hidden report,
 * an unshared or edited case is never served from older files. When they do not, they are made
 * first (one run, which concurrent downloads wait on); null when another process is making them
 * and they are still not ready after `maxWaitMs`.
 */
export async function freshManifest(options: { maxWaitMs?: number; pollMs?: number } = {}): Promise<BulkManifest | null> {
  const { maxWaitMs = 120_000, pollMs = 250 } = options;
  const wanted = await publicDataVersion();
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const manifest = await readManifest();
    if (manifest && manifest.dataVersion >= wanted) return manifest;
    // A run that began before `wanted` may have missed the change: wait for it, then run again.
    const ran = await regenerateOpenData();
    if (!ran) {
      if (Date.now() > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
