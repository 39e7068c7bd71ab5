import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { logSms, PASSWORD, signIn, signUp } from "./fixtures";
import { freePort } from "../lib/testing/ports";

// `npm start` with two workers on one port (server/cluster.mjs), on its own port and data
// directory, whatever the machine's cores: a write through one worker is read through the other
// at once, and a worker killed mid-write is replaced without a half-done write.
test.describe.configure({ mode: "serial" });

const ROOT = path.resolve(import.meta.dirname, "..");
// The suite's mailbox (playwright.config.ts): sign-up mails reach it from this server too.
const SMTP_PORT = Number(process.env.E2E_PORT ?? 3210) + 2000;
const WORKER = "x-spamtrail-worker";

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

let server: ChildProcess;
let dataDir: string;
let baseURL: string;
let log = "";

/** Worker id → pid, as the primary logs them (a replaced worker's id is not reused). */
function workerPids(): Map<string, number> {
  return new Map([...log.matchAll(/worker (\d+) pid (\d+) listening/g)].map(([, id, pid]) => [id!, Number(pid)]));
}

/** One GET on a new connection: the cluster hands each new connection to the next worker. */
function get(pathname: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseURL}${pathname}`, { agent: false, headers: { connection: "close" } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

/** A GET answered by this worker: new connections until it is its turn. */
async function getThrough(worker: string, pathname: string): Promise<Answer> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await get(pathname);
    if (answer.headers[WORKER] === worker) return answer;
  }
  throw new Error(`worker ${worker} never answered ${pathname}`);
}

/** The page's text as a reader sees it (React separates interpolated text with empty comments). */
function text(html: string): string {
  return html.replace(/<!-- -->/g, "");
}

async function context(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL });
}

/** Signs up and shares a case of SMS from `sender`; returns the page on the case. */
async function shareCase(browser: Browser, sender: string, texts: string[]): Promise<{ page: Page; email: string; shareWorker: string }> {
  const page = await (await context(browser)).newPage();
  const email = await signUp(page);
  for (const [index, message] of texts.entries()) {
    if (index > 0) await page.goto("/incidents/new");
    await logSms(page, { sender, when: `2026-11-2${index}T10:00`, text: message, category: "Pinjaman" });
  }
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  const shared = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  const shareWorker = (await shared).headers()[WORKER]!;
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  return { page, email, shareWorker };
}

async function senderPath(browser: Browser, number: string): Promise<string> {
  const visitor = await (await context(browser)).newPage();
  await visitor.goto(`/senders?q=${encodeURIComponent(number)}`);
  await expect(visitor).toHaveURL(/\/senders\/[0-9a-f-]{36}$/);
  const pathname = new URL(visitor.url()).pathname;
  await visitor.context().close();
  return pathname;
}

function uniqueNumber(prefix: string): string {
  return `${prefix}-${String(Date.now()).slice(-4)}`;
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  dataDir = mkdtempSync(path.join(os.tmpdir(), "spamtrail-workers-"));
  server = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      WEB_CONCURRENCY: "2",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
      APP_URL: baseURL,
      PASSWORD_HASH_COST: "10",
      IP_LIMIT_SCALE: "100",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      MAIL_FROM: "Spamtrail <no-reply@spamtrail.test>",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log, { timeout: 200_000, message: "the cluster says it is ready" }).toMatch(/✓ Ready on/);
  expect(workerPids().size).toBe(2);
  expect(log.match(/Ready on/g)).toHaveLength(1);
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  // Workers outlive a primary only if it was killed: none may be left.
  for (const pid of workerPids().values()) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone, as it should be
    }
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("a share through one worker shows at once on the sender page another worker had cached", async ({ browser }) => {
  const number = uniqueNumber("0812-7500");
  await shareCase(browser, number, ["Pinjaman cair hari ini tanpa jaminan"]);
  const pathname = await senderPath(browser, number);

  // Each worker keeps a copy of the page: its second visit is answered by its front cache.
  const workers = [...workerPids().keys()];
  for (const worker of workers) {
    await expect.poll(async () => (await getThrough(worker, pathname)).headers["x-spamtrail-front"]).toBe("hit");
    expect(text((await getThrough(worker, pathname)).body)).toContain("Dilaporkan oleh 1 orang");
  }

  // A second reporter shares a case with the same sender, through whichever worker answers.
  const { shareWorker } = await shareCase(browser, number, ["Pinjaman cair lagi, bunga ringan"]);
  const other = workers.find((worker) => worker !== shareWorker)!;
  const read = await getThrough(other, pathname);
  expect(read.status).toBe(200);
  expect(text(read.body)).toContain("Dilaporkan oleh 2 orang");
  expect(text(read.body)).not.toContain("Dilaporkan oleh 1 orang");
});

// Sign-in limits are counted in the shared database (decision 0015), not in one worker.
test("a sign-in locked out through one worker is locked through the other", async ({ browser }) => {
  const owner = await (await context(browser)).newPage();
  const email = await signUp(owner);
  await owner.context().close();

  const guesser = await (await context(browser)).newPage();
  const guessedThrough = new Set<string>();
  for (let guess = 0; guess < 10; guess++) {
    const answered = guesser.waitForResponse((response) => response.request().method() === "POST");
    await signIn(guesser, email, `wrong password ${guess}`);
    guessedThrough.add((await answered).headers()[WORKER]!);
    await expect(guesser.getByText(/Email atau kata sandi tidak benar|Terlalu banyak percobaan/)).toBeVisible();
  }

  // The right password, through each worker, is refused for now.
  for (const worker of workerPids().keys()) {
    for (let attempt = 0; ; attempt++) {
      expect(attempt, `a sign-in through worker ${worker}`).toBeLessThan(20);
      const page = await (await context(browser)).newPage();
      const answered = page.waitForResponse((response) => response.request().method() === "POST");
      await signIn(page, email, PASSWORD);
      const through = (await answered).headers()[WORKER];
      if (through === worker) {
        await expect(page.getByText(/Terlalu banyak percobaan/)).toBeVisible();
        await page.context().close();
        break;
      }
      await page.context().close();
    }
  }
});

/** Publishes what the case holds now: its new incidents wait for the reporter's review until then. */
async function publish(page: Page, caseId: string): Promise<void> {
  await page.goto(`/cases/${caseId}/share`);
  await page.getByRole("button", { name: /^(Bagikan ke publik|Perbarui yang publik)$/ }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
}

test("a worker killed in the middle of writes is replaced, and no write is half done", async ({ browser }) => {
  const number = uniqueNumber("0812-7600");
  const { page } = await shareCase(browser, number, ["Pinjaman cair hari ini"]);
  const caseId = /\/cases\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(caseId).toBeTruthy();
  const pathname = await senderPath(browser, number);
  const before = workerPids();

  // A stream of writes to the shared case (an incident, then its publication, which rewrites the
  // sender's public figures); one worker is killed while a publication is on its way.
  const victim = [...before.keys()][0]!;
  for (let index = 1; index <= 5; index++) {
    await page.goto("/incidents/new");
    await logSms(page, { sender: number, when: `2026-11-2${index}T11:00`, text: `Pinjaman cair ke-${index}`, category: "Pinjaman" });
    if (index !== 3) {
      await publish(page, caseId!);
      continue;
    }
    const posted = page.waitForRequest((request) => request.method() === "POST");
    const publishing = publish(page, caseId!);
    await posted;
    process.kill(before.get(victim)!, "SIGKILL");
    // The publication the kill interrupted may fail; the next writes go to the workers alive.
    await publishing.catch(() => undefined);
  }

  // The primary has started a new worker, and every worker alive answers.
  await expect.poll(() => workerPids().size, { message: "a worker replaced" }).toBe(3);
  const alive = [...workerPids().keys()].filter((worker) => worker !== victim);
  expect(alive).toHaveLength(2);

  const db = new Database(path.join(dataDir, "spamtrail.db"));
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const incidents = db.prepare("select count(*) from incidents where case_id = ?").pluck().get(caseId) as number;
    expect(incidents).toBe(6);
    // Each publication rewrote the public figures in its own transaction: they count every incident the case has.
    for (const worker of alive) {
      const answer = await getThrough(worker, pathname);
      expect(answer.status).toBe(200);
      expect(text(answer.body)).toContain(`Dilaporkan oleh 1 orang: ${incidents} pesan dan telepon`);
    }
  } finally {
    db.close();
  }
});
