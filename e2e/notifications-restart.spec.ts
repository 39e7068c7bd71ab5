import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { listenForMail, recipientsOf } from "../lib/testing/smtp-receiver.mjs";

// A server of its own (the built app, server/server.mjs) with its own data and mailbox, so it can be killed.
const PORT = Number(process.env.E2E_PORT ?? 3210) + 7;
const root = path.resolve(import.meta.dirname, "..");

function startServer(dataDir: string, smtpPort: number, intervalMs: number): ChildProcess {
  const server = spawn(process.execPath, [path.join(root, "server", "server.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOSTNAME: "localhost",
      DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      APP_URL: `http://localhost:${PORT}`,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NOTIFICATION_INTERVAL_MS: String(intervalMs),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return server;
}

async function serving(): Promise<boolean> {
  try {
    return (await fetch(`http://localhost:${PORT}/api/viewer`)).ok;
  } catch {
    return false;
  }
}

/**
 * The server has migrated its database. Serving is not enough: the front answers /api/viewer for
 * visitors without a session as soon as it listens, before instrumentation.ts has opened the file.
 * Drizzle migrates in one transaction, so once the table is there every migration is.
 */
function migrated(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("select 1 from sqlite_master where type = 'table' and name = 'notifications'").get() !== undefined;
    } finally {
      db.close();
    }
  } catch {
    // Still being created by the server.
    return false;
  }
}

async function kill(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGKILL");
  await exited;
}

test("the notification job sends a due notification exactly once across a crash, and never a row a crashed run had claimed", async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-restart-"));
  const mails: ParsedMail[] = [];
  const smtp = await listenForMail(0, (mail) => mails.push(mail));
  const email = `restart-${randomUUID()}@example.test`;
  let server = startServer(dataDir, smtp.port, 3_600_000);
  try {
    // First start: the job's first run is an hour away. The server migrates the database.
    await expect.poll(serving, { timeout: 120_000 }).toBe(true);
    const file = path.join(dataDir, "spamtrail.db");
    await expect.poll(() => migrated(file), { timeout: 120_000 }).toBe(true);
    const db = new Database(file);
    const userId = randomUUID();
    db.prepare("insert into users (id, email, password_hash, email_verified_at) values (?, ?, 'x', ?)").run(userId, email, Date.now());
    const insert = db.prepare("insert into notifications (id, user_id, kind, subject, data, email_state, email_claimed_at) values (?, ?, ?, ?, ?, ?, ?)");
    const due = randomUUID();
    insert.run(due, userId, "report_hidden", "due", JSON.stringify({ caseId: "case-1", reason: "Bahasa kasar" }), "pending", null);
    // What a run that crashed mid-send leaves: claimed, unknown whether its mail went.
    const claimed = randomUUID();
    insert.run(claimed, userId, "report_restored", "claimed", JSON.stringify({ caseId: "case-1" }), "sending", Date.now() - 3_600_000);
    const stateOf = (id: string) => (db.prepare("select email_state as state from notifications where id = ?").get(id) as { state: string }).state;

    // Killed before the job ran.
    await kill(server);
    expect(mails).toHaveLength(0);
    expect(stateOf(due)).toBe("pending");

    // Started again with a short interval: the due one arrives once; the claimed one is failed, never sent.
    server = startServer(dataDir, smtp.port, 500);
    await expect.poll(() => mails.filter((m) => recipientsOf(m).includes(email)).length, { timeout: 120_000 }).toBe(1);
    await expect.poll(() => stateOf(claimed), { timeout: 30_000 }).toBe("failed");
    expect(stateOf(due)).toBe("sent");
    // Two more whole runs of the job, and still one mail.
    const lastRun = () =>
      (db.prepare("select last_run_at as at from job_leases where name = 'notifications'").get() as { at: number | null } | undefined)?.at ?? 0;
    const seen = lastRun();
    await expect.poll(lastRun, { timeout: 30_000 }).toBeGreaterThan(seen);
    const next = lastRun();
    await expect.poll(lastRun, { timeout: 30_000 }).toBeGreaterThan(next);
    const received = mails.filter((m) => recipientsOf(m).includes(email));
    expect(received.map((m) => m.subject)).toEqual(["Moderator menyembunyikan sebagian laporan publik Anda"]);
    expect(received[0]?.text).toContain(`http://localhost:${PORT}/cases/case-1/share`);
    db.close();
  } finally {
    await kill(server);
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
