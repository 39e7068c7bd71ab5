import Database from "better-sqlite3";
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { getDb, openDb } from "@/db";
import { getAuthSecret, env } from "../env";
import { recordIncident } from "../cases/incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { backupData, restoreData, type DataLocation } from "./backup";
import { sqliteOnly } from "@/lib/testing/dialect";

const scratch = mkdtempSync(path.join(tmpdir(), "spamtrail-backup-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const live = (): DataLocation => ({ dataDir: env.DATA_DIR, databasePath: env.DATABASE_PATH });
const emptyLocation = (): DataLocation => {
  const dataDir = mkdtempSync(path.join(scratch, "restored-"));
  return { dataDir, databasePath: path.join(dataDir, "spamtrail.db") };
};

/** Another process writing incidents with a file each, as the app would while the backup runs. */
function startWriter(caseId: string, userId: string) {
  const child = fork(path.join(import.meta.dirname, "../testing/concurrent-writer.mjs"), [env.DATABASE_PATH, env.DATA_DIR, caseId, userId]);
  let acknowledged = 0;
  const waiting: { count: number; resolve: () => void }[] = [];
  child.on("message", (message: { acknowledged?: number }) => {
    if (!message.acknowledged) return;
    acknowledged = message.acknowledged;
    for (const waiter of waiting.filter((w) => w.count <= acknowledged)) waiter.resolve();
  });
  return {
    acknowledged: () => acknowledged,
    until: (count: number) => new Promise<void>((resolve) => (count <= acknowledged ? resolve() : waiting.push({ count, resolve }))),
    stop: () =>
      new Promise<number>((resolve, reject) => {
        child.on("message", (message: { stopped?: number }) => message.stopped && resolve(message.stopped));
        child.on("exit", (code) => code !== 0 && reject(new Error(`writer exited with ${code}`)));
        child.send("stop");
      }),
  };
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

sqliteOnly("a backup copies the SQLite file; PostgreSQL's is pg_dump")("backup and restore", () => {
  test("a backup taken while another process writes restores every acknowledged row and file", async () => {
    getDb();
    const secret = getAuthSecret();
    const user = await createTestUser();
    const { caseId } = await recordIncident(user.id, smsInput());

    const writer = startWriter(caseId, user.id);
    await writer.until(20);
    const acknowledgedBefore = writer.acknowledged();
    const { folder, manifest } = await backupData(live(), path.join(scratch, "backups"));
    await writer.until(writer.acknowledged() + 5);
    await writer.stop();

    expect(manifest.missingFiles).toEqual([]);
    const target = emptyLocation();
    await restoreData(folder, target);

    const restored = new Database(target.databasePath, { readonly: true });
    expect(restored.pragma("integrity_check", { simple: true })).toBe("ok");
    const written = new Set(restored.prepare("select message_text from incidents where message_text like 'write-%'").pluck().all());
    for (let sequence = 1; sequence <= acknowledgedBefore; sequence++) expect(written.has(`write-${sequence}`), `write ${sequence}`).toBe(true);
    const keys = restored.prepare("select stored_key from evidence").pluck().all() as string[];
    expect(keys.length).toBe(written.size);
    for (const key of keys) expect(sha256(path.join(target.dataDir, "evidence", "objects", key.slice(0, 2), key))).toBe(key);
    restored.close();

    expect(readFileSync(path.join(target.dataDir, "auth-secret"), "utf8").trim()).toBe(secret);
    // The app opens it as it is: migrations already applied, the same rows as the manifest says.
    const { sqlite } = openDb(target.databasePath);
    expect(sqlite.prepare("select count(*) from incidents").pluck().get()).toBe(manifest.rows.incidents);
    sqlite.close();
  });

  test("restore refuses a directory that has a database, and a damaged or unfinished backup", async () => {
    getDb();
    const { folder } = await backupData(live(), path.join(scratch, "refusals"), new Date("2026-12-02T00:00:00Z"));

    const occupied = emptyLocation();
    openDb(occupied.databasePath).sqlite.close();
    await expect(restoreData(folder, occupied)).rejects.toThrow(/exists/);

    appendFileSync(path.join(folder, "spamtrail.db"), "damage");
    const fresh = emptyLocation();
    await expect(restoreData(folder, fresh)).rejects.toThrow(/does not match/);
    expect(existsSync(fresh.databasePath)).toBe(false);

    await expect(restoreData(path.join(scratch, "nowhere"), emptyLocation())).rejects.toThrow(/not a complete backup/);
  });
});
