import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { logSms, signUp } from "./fixtures";

// Public sender pages behind a CDN (decision 0020). A fake CDN in front of the app keeps what the
// headers let a shared cache keep (CDN-Cache-Control, else Cache-Control), keyed by URL, and drops
// entries by surrogate key on a purge. With CDN_PURGE_URL the app's own server (started here) tells
// it of every write; without it (the suite's server) the CDN keeps nothing.
test.describe.configure({ mode: "serial" });

const ROOT = path.resolve(import.meta.dirname, "..");
const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
// The suite's mailbox (playwright.config.ts); this spec's own ports are the next in the range.
const SMTP_PORT = E2E_PORT + 2000;
const APP_PORT = E2E_PORT + 5;

type Entry = { status: number; headers: Record<string, string>; body: Buffer; expires: number; surrogateKeys: string[] };
type Purge = { surrogateKeys: string[]; paths: string[] };

/** Seconds a shared cache may keep an answer, by what a CDN reads first. */
function edgeSeconds(headers: Headers): number {
  const cdn = headers.get("cdn-cache-control");
  const shared = cdn ?? headers.get("cache-control") ?? "";
  if (/\b(no-store|private|no-cache)\b/.test(shared)) return 0;
  const seconds = (cdn ? /\bmax-age=(\d+)/ : /\bs-maxage=(\d+)/).exec(shared) ?? /\bmax-age=(\d+)/.exec(shared);
  return seconds ? Number(seconds[1]) : 0;
}

async function startFakeCdn(origin: () => string) {
  const entries = new Map<string, Entry>();
  const purges: Purge[] = [];
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = request.url ?? "/";
      if (request.method === "POST" && url === "/purge") {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const purge = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Purge;
        purges.push(purge);
        for (const [key, entry] of entries) if (entry.surrogateKeys.some((tag) => purge.surrogateKeys.includes(tag))) entries.delete(key);
        response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
        return;
      }
      const kept = entries.get(url);
      if (kept && kept.expires > Date.now()) {
        response.writeHead(kept.status, { ...kept.headers, "x-fake-cdn": "hit" }).end(kept.body);
        return;
      }
      const answer = await fetch(origin() + url, { headers: { "accept-encoding": "identity" }, redirect: "manual" });
      const body = Buffer.from(await answer.arrayBuffer());
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!["content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"].includes(name)) headers[name] = value;
      });
      const seconds = answer.status === 200 ? edgeSeconds(answer.headers) : 0;
      if (seconds > 0) {
        const surrogateKeys = (answer.headers.get("surrogate-key") ?? "").split(/\s+/).filter(Boolean);
        entries.set(url, { status: answer.status, headers, body, expires: Date.now() + seconds * 1000, surrogateKeys });
      }
      response.writeHead(answer.status, { ...headers, "x-fake-cdn": "miss" }).end(body);
    })().catch((error: unknown) => {
      response.writeHead(502).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, purges, entries, close: () => new Promise((resolve) => server.close(resolve)) };
}

type Cdn = Awaited<ReturnType<typeof startFakeCdn>>;

/** A visitor without cookies, through the CDN. */
async function throughCdn(cdn: Cdn, pathname: string) {
  const response = await fetch(cdn.base + pathname, { headers: { "accept-encoding": "identity" } });
  const body = (await response.text()).replace(/<!-- -->/g, "");
  return { status: response.status, headers: response.headers, body };
}

/** Signs up, logs an SMS from `sender` and shares it; returns the reporter's page and case address. */
async function shareCase(browser: Browser, baseURL: string, sender: string, message: string): Promise<{ page: Page; caseUrl: string }> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signUp(page);
  await logSms(page, { sender, when: "2026-11-20T10:00", text: message, category: "Pinjaman" });
  const caseUrl = new URL(page.url()).pathname;
  await page.goto(`${caseUrl}/share`);
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  return { page, caseUrl };
}

async function senderPath(browser: Browser, baseURL: string, number: string): Promise<string> {
  const visitor = await (await browser.newContext({ baseURL })).newPage();
  await visitor.goto(`/senders?q=${encodeURIComponent(number)}`);
  await expect(visitor).toHaveURL(/\/senders\/[0-9a-f-]{36}$/);
  const pathname = new URL(visitor.url()).pathname;
  await visitor.context().close();
  return pathname;
}

const uniqueNumber = (prefix: string) => `${prefix}-${String(Date.now()).slice(-4)}`;

test.describe("with CDN_PURGE_URL", () => {
  let server: ChildProcess;
  let dataDir: string;
  let log = "";
  let cdn: Cdn;
  const appURL = `http://127.0.0.1:${APP_PORT}`;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    cdn = await startFakeCdn(() => appURL);
    dataDir = mkdtempSync(path.join(os.tmpdir(), "spamtrail-cdn-"));
    server = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: {
        ...process.env,
        WEB_CONCURRENCY: "1",
        PORT: String(APP_PORT),
        HOSTNAME: "127.0.0.1",
        DATA_DIR: dataDir,
        APP_URL: appURL,
        PASSWORD_HASH_COST: "10",
        IP_LIMIT_SCALE: "100",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "Spamtrail <no-reply@spamtrail.test>",
        CDN_PURGE_URL: `${cdn.base}/purge`,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
    await expect.poll(() => log, { timeout: 200_000, message: "the app says it is ready" }).toMatch(/✓ Ready on/);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await cdn?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("the edge keeps a shared report, and drops it once the reporter unshares", async ({ browser }) => {
    const number = uniqueNumber("0812-7600");
    const message = "Dana tunai cair tanpa agunan";
    const { page, caseUrl } = await shareCase(browser, appURL, number, message);
    const pathname = await senderPath(browser, appURL, number);
    const senderId = pathname.split("/").at(-1)!;

    const first = await throughCdn(cdn, pathname);
    expect(first.status).toBe(200);
    expect(first.body).toContain("Dilaporkan oleh 1 orang");
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(first.headers.get("cdn-cache-control")).toBe("public, max-age=3600");
    expect(first.headers.get("surrogate-key")).toBe(`sender-${senderId}`);
    // The edge answers the next visitors itself.
    const second = await throughCdn(cdn, pathname);
    expect(second.headers.get("x-fake-cdn")).toBe("hit");
    expect(second.body).toContain("Dilaporkan oleh 1 orang");

    await page.goto(`${caseUrl}/share`);
    await page.getByRole("button", { name: "Berhenti membagikan" }).click();
    await page.getByRole("button", { name: "Ya, berhenti membagikan" }).click();
    await expect(page.getByRole("button", { name: "Bagikan ke publik" })).toBeVisible();

    // The purge follows the write's answer: wait for it, not for a guessed time.
    await expect
      .poll(
        async () => {
          const visit = await throughCdn(cdn, pathname);
          return visit.status === 200 && visit.body.includes("Dilaporkan oleh 1 orang");
        },
        { timeout: 30_000, message: "the unshared report leaves the edge" },
      )
      .toBe(false);
    const purge = cdn.purges.find((each) => each.surrogateKeys.includes(`sender-${senderId}`));
    expect(purge?.paths).toEqual(expect.arrayContaining([`/senders/${senderId}`, `/en/senders/${senderId}`, `/id/senders/${senderId}`]));
    await page.context().close();
  });
});

test("without CDN_PURGE_URL, a CDN keeps no sender page: every visit is revalidated", async ({ browser, baseURL }) => {
  const cdn = await startFakeCdn(() => baseURL!);
  try {
    const number = uniqueNumber("0812-7700");
    const { page } = await shareCase(browser, baseURL!, number, "Hadiah pulsa menunggu Anda");
    await page.context().close();
    const pathname = await senderPath(browser, baseURL!, number);
    // (The per-language addresses lead back to this one: the language comes from the cookie.)
    for (const address of [pathname]) {
      for (let visit = 0; visit < 3; visit++) {
        const answer = await throughCdn(cdn, address);
        expect(answer.status, address).toBe(200);
        expect(answer.headers.get("x-fake-cdn"), address).toBe("miss");
        expect(answer.headers.get("cache-control"), address).toBe("public, max-age=0, must-revalidate");
        expect(answer.headers.get("cache-control"), address).not.toContain("stale-while-revalidate");
        expect(answer.headers.get("surrogate-key"), address).toBeNull();
        expect(answer.headers.get("cdn-cache-control"), address).toBeNull();
      }
    }
    expect(cdn.entries.size).toBe(0);
  } finally {
    await cdn.close();
  }
});
