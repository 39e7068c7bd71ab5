import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { S3Store } from "../lib/storage/s3-store";
import { startS3Server } from "../lib/testing/s3-server";
import { fillSms, signUp } from "./fixtures";

// An app of its own (npm start) whose evidence lives in an S3-compatible server this test starts;
// it mails to the suite's mailbox, so signing up works as everywhere else.
const SUITE_PORT = Number(process.env.E2E_PORT ?? 3210);
const PORT = SUITE_PORT + 1;
const APP = `http://localhost:${PORT}`;
const root = path.resolve(import.meta.dirname, "..");

let s3: Awaited<ReturnType<typeof startS3Server>>;
let dataDir: string;
let app: ChildProcess | undefined;

test.use({ baseURL: APP });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  s3 = await startS3Server();
  dataDir = mkdtempSync(path.join(tmpdir(), "spamtrail-s3-app-"));
  app = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], {
    cwd: root,
    env: {
      ...process.env,
      ...s3.env,
      S3_PREFIX: "spamtrail",
      PORT: String(PORT),
      HOSTNAME: "localhost",
      DATA_DIR: dataDir,
      WEB_CONCURRENCY: "1",
      PASSWORD_HASH_COST: "10",
      IP_LIMIT_SCALE: "100",
      SMTP_URL: `smtp://127.0.0.1:${SUITE_PORT + 2000}`,
      MAIL_FROM: "Spamtrail <no-reply@spamtrail.test>",
      APP_URL: APP,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const serving = async () => {
    try {
      return (await fetch(`${APP}/api/viewer`)).ok;
    } catch {
      return false;
    }
  };
  await expect.poll(serving, { timeout: 180_000 }).toBe(true);
});

test.afterAll(async () => {
  if (app && app.exitCode === null && app.signalCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    // scripts/start.mjs hands the signal on to the server it started.
    app.kill("SIGTERM");
    await exited;
  }
  await s3?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("a screenshot uploaded through the form is kept in the object store and shown from it", async ({ page }) => {
  await signUp(page);
  await fillSms(page, { sender: "0812-5555-3003", when: "2026-11-18T19:05", text: "Pinjaman cair 5 menit, klik bit.ly/s3", category: "Pinjaman" });
  const png = await sharp({ create: { width: 500, height: 900, channels: 3, background: "#0f766e" } })
    .png()
    .toBuffer();
  await page.getByLabel("Tambah tangkapan layar atau PDF").setInputFiles([{ name: "chat-s3.png", mimeType: "image/png", buffer: png }]);
  await expect(page.getByRole("img", { name: "Pratinjau chat-s3.png" })).toBeVisible();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");

  await page.getByRole("link", { name: /Berkas 1 dari 1.*Buka ukuran penuh/ }).click();
  await expect(page.getByRole("heading", { name: "Berkas 1 dari 1" })).toBeVisible();
  const full = page.getByRole("img", { name: /^Tangkapan layar kejadian/ });
  await expect(full).toBeVisible();
  // Visible is laid out, not yet decoded: wait for the image itself.
  await expect.poll(() => full.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([500, 900]);

  // The file route streams the stored bytes: their SHA-256 is the key the page shows and the
  // object's name in the bucket; nothing was written to the data directory.
  const response = await page.request.get((await full.getAttribute("src"))!);
  expect(response.status()).toBe(200);
  const served = await response.body();
  const key = createHash("sha256").update(served).digest("hex");
  await expect(page.getByText(key, { exact: true }).first()).toBeVisible();
  const bucket = new S3Store({ ...s3.config, prefix: "spamtrail" });
  try {
    const keys: string[] = [];
    for await (const entry of bucket.list()) keys.push(entry.key);
    expect(keys).toContain(key);
  } finally {
    await bucket.destroy();
  }
  expect(existsSync(path.join(dataDir, "evidence"))).toBe(false);
});
