import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { startRedisServer } from "../lib/testing/redis-server";
import { serviceAvailable } from "../lib/testing/services";
import { logSms, PASSWORD, signIn, signUp } from "./fixtures";

// Two app instances as on two machines (decision 0019): one process each, their own ports, the
// same REDIS_URL and AUTH_SECRET. They share the data directory only because the database is
// still SQLite; page expiries and sign-in limits go through Redis, not through it.
test.describe.configure({ mode: "serial" });
test.skip(!serviceAvailable("redis-server"), "redis-server is not installed");

const ROOT = path.resolve(import.meta.dirname, "..");
// The suite's mailbox (playwright.config.ts): sign-up mails reach it from these servers too.
const SMTP_PORT = Number(process.env.E2E_PORT ?? 3210) + 2000;
const PORTS = { a: 3511, b: 3512 };
const url = (instance: keyof typeof PORTS) => `http://127.0.0.1:${PORTS[instance]}`;

type Instance = { process: ChildProcess; log: string };
const instances: Instance[] = [];
let redis: Awaited<ReturnType<typeof startRedisServer>> | undefined;
let dataDir: string;

async function startInstance(instance: keyof typeof PORTS, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, ...env, WEB_CONCURRENCY: "1", PORT: String(PORTS[instance]), HOSTNAME: "127.0.0.1", APP_URL: url(instance) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const started: Instance = { process: child, log: "" };
  instances.push(started);
  child.stdout!.on("data", (chunk: Buffer) => (started.log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (started.log += chunk.toString()));
  await expect.poll(() => started.log, { timeout: 200_000, message: `instance ${instance} says it is ready` }).toMatch(/✓ Ready on|Error/);
  expect(started.log).toMatch(/✓ Ready on/);
}

/** One GET on a new connection. */
function get(instance: keyof typeof PORTS, pathname: string): Promise<{ headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${url(instance)}${pathname}`, { agent: false }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

const text = (html: string) => html.replace(/<!-- -->/g, "");

test.beforeAll(async () => {
  test.setTimeout(420_000);
  redis = await startRedisServer();
  dataDir = mkdtempSync(path.join(os.tmpdir(), "spamtrail-redis-e2e-"));
  const shared = {
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    REDIS_URL: redis.url,
    PASSWORD_HASH_COST: "10",
    IP_LIMIT_SCALE: "100",
    SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
    MAIL_FROM: "Spamtrail <no-reply@spamtrail.test>",
  };
  // One after the other: the first migrates the database.
  await startInstance("a", shared);
  await startInstance("b", shared);
});

test.afterAll(async () => {
  for (const { process: child } of instances.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
  await redis?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function shareCase(browser: Browser, sender: string, message: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL: url("a") })).newPage();
  await signUp(page);
  await logSms(page, { sender, when: "2026-11-20T10:00", text: message, category: "Pinjaman" });
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  return page;
}

test("a share made through instance A shows at once on the sender page instance B had cached", async ({ browser }) => {
  const number = `0812-7700-${String(Date.now()).slice(-4)}`;
  await shareCase(browser, number, "Pinjaman cair hari ini tanpa jaminan");
  const visitor = await (await browser.newContext({ baseURL: url("b") })).newPage();
  await visitor.goto(`/senders?q=${encodeURIComponent(number)}`);
  await expect(visitor).toHaveURL(/\/senders\/[0-9a-f-]{36}$/);
  const pathname = new URL(visitor.url()).pathname;
  await visitor.context().close();

  // B keeps a copy: its next visit is answered by its front cache.
  await expect.poll(async () => (await get("b", pathname)).headers["x-spamtrail-front"]).toBe("hit");
  expect(text((await get("b", pathname)).body)).toContain("Dilaporkan oleh 1 orang");

  // A second reporter shares through A; B's next answer is the new page, with no wait.
  await shareCase(browser, number, "Pinjaman cair lagi, bunga ringan");
  const read = await get("b", pathname);
  expect(text(read.body)).toContain("Dilaporkan oleh 2 orang");
  expect(text(read.body)).not.toContain("Dilaporkan oleh 1 orang");
  // Told through Redis, not through the database's log.
  const db = new Database(path.join(dataDir, "spamtrail.db"), { readonly: true });
  try {
    expect(db.prepare("select count(*) from page_expiries").pluck().get()).toBe(0);
  } finally {
    db.close();
  }
});

test("a sign-in locked out through instance A is locked through instance B", async ({ browser }) => {
  const owner = await (await browser.newContext({ baseURL: url("a") })).newPage();
  const email = await signUp(owner);
  await owner.context().close();

  const guesser = await (await browser.newContext({ baseURL: url("a") })).newPage();
  for (let guess = 0; guess < 10; guess++) {
    await signIn(guesser, email, `wrong password ${guess}`);
    await expect(guesser.getByText(/Email atau kata sandi tidak benar|Terlalu banyak percobaan/)).toBeVisible();
  }

  const page = await (await browser.newContext({ baseURL: url("b") })).newPage();
  await signIn(page, email, PASSWORD);
  await expect(page.getByText(/Terlalu banyak percobaan/)).toBeVisible();
  const db = new Database(path.join(dataDir, "spamtrail.db"), { readonly: true });
  try {
    expect(db.prepare("select count(*) from rate_limits").pluck().get()).toBe(0);
  } finally {
    db.close();
  }
});
