import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { checkPage, fillSms, PASSWORD, signUp, uniqueEmail } from "./fixtures";

// This file needs the service worker; the rest of the suite blocks it (playwright.config.ts).
test.use({ serviceWorkers: "allow" });

const SPAM = "BCA: Rekening Anda diblokir sementara. Segera verifikasi di https://bca-verifikasi.example/login sebelum 23:59 hari ini. Abaikan jika sudah.";

/** A phone screenshot made here, so the test shows exactly what it shares. */
async function screenshotPng(colour = "#1d4ed8") {
  return sharp({ create: { width: 540, height: 1170, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/**
 * What Chrome on Android posts to the manifest's share_target after "Share → Spamtrail": a
 * multipart form with the shared fields and files, from no page (no Origin). Answers the 303's
 * target without following it, so the test opens it in the page as the browser would.
 */
async function share(request: APIRequestContext, parts: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>): Promise<string> {
  const response = await request.post("/api/share", { multipart: parts, maxRedirects: 0 });
  expect(response.status()).toBe(303);
  return response.headers()["location"]!;
}

const messageText = (page: Page) => page.getByLabel("Isi pesan");

test("the manifest is valid, its icons load, and the service worker controls the page", async ({ page }) => {
  await page.goto("/login");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifestResponse = await page.request.get(href!);
  expect(manifestResponse.ok()).toBe(true);
  const manifest = await manifestResponse.json();
  expect(manifest).toMatchObject({ name: "Spamtrail", short_name: "Spamtrail", display: "standalone", start_url: "/cases" });
  expect(manifest.share_target).toEqual({
    action: "/api/share",
    method: "POST",
    enctype: "multipart/form-data",
    params: { title: "title", text: "text", url: "url", files: [{ name: "files", accept: ["image/*"] }] },
  });
  const purposes = new Set<string>();
  for (const icon of manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]) {
    const response = await page.request.get(icon.src);
    expect(response.headers()["content-type"]).toBe("image/png");
    const { width, height, format } = await sharp(await response.body()).metadata();
    expect(`${width}x${height}`).toBe(icon.sizes);
    expect(format).toBe("png");
    purposes.add(icon.purpose);
  }
  expect([...purposes].sort()).toEqual(["any", "maskable"]);
  expect(manifest.icons.map((icon: { sizes: string }) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));

  const worker = await page.request.get("/sw.js");
  expect(worker.ok()).toBe(true);
  expect(worker.headers()["cache-control"]).toBe("no-cache");
  expect(worker.headers()["content-type"]).toMatch(/javascript/);

  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe("/");
  // clientsClaim: the page that registered it is controlled without a reload.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();
});

test("offline, a page visit shows the offline page instead of the browser's error", async ({ page, context }) => {
  await page.goto("/login");
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.goto("/cases");
  await expect(page.getByRole("heading", { name: "Anda sedang offline" })).toBeVisible();
  await expect(page.getByText("Selama offline tidak ada yang bisa disimpan")).toBeVisible();
  await expect(page.getByRole("button", { name: "Coba lagi" })).toBeVisible();
  await checkPage(page, "offline");
  // Back online, "Try again" opens the page that was asked for.
  await context.setOffline(false);
  await page.getByRole("button", { name: "Coba lagi" }).click();
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();
});

test("a signed-in user shares an SMS with its screenshot: the form opens pre-filled and saves into the case", async ({ page }) => {
  await signUp(page);
  const target = await share(page.request, {
    text: SPAM,
    files: { name: "Screenshot_20261202-0815_Messages.png", mimeType: "image/png", buffer: await screenshotPng() },
  });
  expect(target).toMatch(/^\/incidents\/new\?share=[0-9a-f-]{36}$/);
  await page.goto(target);

  await expect(page.getByRole("status").filter({ hasText: "Formulir ini diisi dari yang Anda bagikan ke Spamtrail" })).toBeVisible();
  await expect(messageText(page)).toHaveValue(SPAM);
  const thumbnail = page.getByRole("img", { name: "Pratinjau Screenshot_20261202-0815_Messages.png" });
  await thumbnail.scrollIntoViewIfNeeded();
  // The thumbnail is a real picture the server made from the shared file.
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await checkPage(page, "share-prefilled");

  await fillSms(page, { sender: "BCA-INFO", when: "2026-12-02T08:15", text: SPAM, category: "Penipuan atau phishing" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  await expect(page.getByRole("heading", { name: "Bukti (1)" })).toBeVisible();
  await expect(page.getByText(SPAM).first()).toBeVisible();

  // Opened once: the same address again says it is gone, and pre-fills nothing.
  await page.goto(target);
  await expect(page.getByRole("alert").filter({ hasText: "tidak bisa dibuka" })).toBeVisible();
  await expect(messageText(page)).toHaveValue("");
});

test("a removed shared screenshot is deleted, like a fresh upload", async ({ page }) => {
  await signUp(page);
  await page.goto(await share(page.request, { text: SPAM, files: { name: "chat.png", mimeType: "image/png", buffer: await screenshotPng("#15803d") } }));
  const thumbnail = page.getByRole("img", { name: "Pratinjau chat.png" });
  await expect(thumbnail).toBeVisible();
  const fileUrl = await thumbnail.evaluate((img: HTMLImageElement) => new URL(img.src).pathname.replace(/\/thumbnail$/, ""));
  expect((await page.request.get(fileUrl)).status()).toBe(200);
  const deleted = page.waitForResponse((response) => response.url().endsWith(fileUrl) && response.request().method() === "DELETE");
  await page.getByRole("button", { name: "Hapus chat.png" }).click();
  expect((await deleted).ok()).toBe(true);
  expect((await page.request.get(fileUrl)).status()).toBe(404);
});

test("signed out, the share waits through sign-in and the form opens pre-filled", async ({ page, browser }) => {
  // An account made in another browser.
  const other = await browser.newContext();
  const email = await signUp(await other.newPage(), uniqueEmail("share"));
  await other.close();

  const target = await share(page.request, {
    title: "Pesan",
    text: SPAM,
    files: { name: "bukti.png", mimeType: "image/png", buffer: await screenshotPng("#b91c1c") },
  });
  await page.goto(target);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(target);
  await expect(messageText(page)).toHaveValue(`Pesan\n${SPAM}`);
  await expect(page.getByRole("img", { name: "Pratinjau bukti.png" })).toBeVisible();
});

test("signed out without an account, the share waits through sign-up and the confirmation mail", async ({ page }) => {
  await share(page.request, { text: SPAM });
  // signUp ends on the incident form the confirmation opens.
  await signUp(page, uniqueEmail("share-new"));
  await expect(messageText(page)).toHaveValue(SPAM);
});

test("bad shares get a clear message: a file that is no picture, and an empty share", async ({ page }) => {
  await signUp(page);
  await page.goto(await share(page.request, { text: SPAM, files: { name: "catatan.txt", mimeType: "text/plain", buffer: Buffer.from("bukan gambar") } }));
  await expect(messageText(page)).toHaveValue(SPAM);
  await expect(page.getByRole("alert").filter({ hasText: "catatan.txt tidak ditambahkan" })).toContainText("hanya gambar PNG, JPEG, WebP, GIF dan dokumen PDF");

  const empty = await share(page.request, { title: "", text: "  " });
  expect(empty).toBe("/share?error=empty");
  await page.goto(empty);
  await expect(page.getByRole("heading", { name: "Kiriman ini tidak bisa diterima" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Tidak ada yang sampai: kiriman ini tidak berisi teks, tautan, atau gambar.");
  await checkPage(page, "share-refused");
  // Not a multipart form at all.
  const garbage = await page.request.post("/api/share", {
    headers: { "content-type": "multipart/form-data; boundary=x" },
    data: "not a form",
    maxRedirects: 0,
  });
  expect(garbage.status()).toBe(303);
  expect(garbage.headers()["location"]).toBe("/share?error=unreadable");
});
