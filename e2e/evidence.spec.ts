import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { checkPage, fillSms, signUp } from "./fixtures";

/** A screenshot-like PNG made here, so the test shows exactly what it uploads. */
async function screenshot(name: string, colour: string, height = 1200) {
  const buffer = await sharp({ create: { width: 600, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
  return { name, mimeType: "image/png", buffer };
}

const SMS = { sender: "0812-7777-1234", when: "2026-11-18T19:05", text: "Dana tunai cair 5 menit, klik bit.ly/xyz", category: "Pinjaman" };
const fileInput = (page: Page) => page.getByLabel("Tambah tangkapan layar atau PDF");

/**
 * Holds every upload until the test lets them go, as a slow phone network would: the progress bar
 * is there for as long as the test looks at it, however fast or slow the machine is.
 */
async function holdUploads(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/evidence", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test("upload two screenshots with progress and thumbnails, caption one, browse the gallery, delete one", async ({ page }) => {
  await signUp(page);
  await fillSms(page, SMS);
  const releaseUploads = await holdUploads(page);
  await fileInput(page).setInputFiles([await screenshot("chat-1.png", "#1d4ed8"), await screenshot("chat-2.png", "#b91c1c")]);

  await expect(page.getByRole("progressbar", { name: "Mengunggah chat-1.png" })).toBeVisible();
  // Saving while files are still on their way is held back, with a reason.
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Tunggu sampai semua berkas selesai diunggah, lalu simpan.");
  releaseUploads();
  await expect(page.getByRole("img", { name: "Pratinjau chat-1.png" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Pratinjau chat-2.png" })).toBeVisible();
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  // The thumbnail really is an image the server made.
  const thumbnail = page.getByRole("img", { name: "Pratinjau chat-1.png" });
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeLessThanOrEqual(320);
  await page.screenshot({ path: "e2e/screenshots/incident-form-evidence.png", fullPage: true });

  await page.getByRole("textbox", { name: "Keterangan untuk chat-2.png (opsional)" }).fill("Balasan CS yang menyuruh DM");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");

  await expect(page.getByRole("heading", { name: "Bukti (2)" })).toBeVisible();
  await expect(page.getByText("Balasan CS yang menyuruh DM")).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/case-gallery.png", fullPage: true });

  await page.getByRole("link", { name: "Berkas 2 dari 2: Balasan CS yang menyuruh DM. Buka ukuran penuh" }).click();
  await expect(page.getByRole("heading", { name: "Berkas 2 dari 2" })).toBeVisible();
  const full = page.getByRole("img", { name: "Balasan CS yang menyuruh DM" });
  await expect(full).toBeVisible();
  // Visible is laid out, not yet decoded: wait for the image itself.
  await expect.poll(() => full.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([600, 1200]);
  await expect(page.getByText(/^[0-9a-f]{64}$/)).toHaveCount(2);
  await page.screenshot({ path: "e2e/screenshots/evidence-page.png", fullPage: true });

  // The file route answers with its stored type, no sniffing, and no shared caching.
  const fileResponse = await page.request.get((await full.getAttribute("src"))!);
  expect(fileResponse.status()).toBe(200);
  expect(fileResponse.headers()["content-type"]).toBe("image/png");
  expect(fileResponse.headers()["x-content-type-options"]).toBe("nosniff");
  expect(fileResponse.headers()["cache-control"]).toContain("private");
  expect(fileResponse.headers()["content-disposition"]).toContain('filename="chat-2.png"');

  // Keyboard: the previous link is reachable and leads to the first file.
  await page.getByRole("link", { name: /Sebelumnya/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Berkas 1 dari 2" })).toBeVisible();

  await page.getByRole("button", { name: "Hapus berkas ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByRole("status")).toContainText("Berkas telah dihapus.");
  await expect(page.getByRole("heading", { name: "Bukti (1)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Berkas 1 dari 1: Balasan CS yang menyuruh DM. Buka ukuran penuh" })).toBeVisible();
});

test("an HTML file named .png and a too-big file are refused with a reason; the form keeps everything else", async ({ page }) => {
  await signUp(page);
  await fillSms(page, SMS);
  const html = { name: "struk.png", mimeType: "image/png", buffer: Buffer.from("<!doctype html><html><script>alert(1)</script></html>") };
  const huge = { name: "video.png", mimeType: "image/png", buffer: Buffer.alloc(10 * 1024 * 1024 + 1) };
  await fileInput(page).setInputFiles([await screenshot("bukti.png", "#15803d"), html, huge, await screenshot("salah.png", "#ca8a04")]);

  const main = page.getByRole("main");
  await expect(main.getByRole("alert").filter({ hasText: "struk.png tidak ditambahkan" })).toContainText("hanya gambar PNG, JPEG, WebP, GIF dan dokumen PDF");
  await expect(main.getByRole("alert").filter({ hasText: "video.png tidak ditambahkan" })).toContainText("lebih dari 10 MB");
  await expect(page.getByRole("img", { name: "Pratinjau bukti.png" })).toBeVisible();
  await expect(page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda")).toHaveValue(SMS.sender);
  await expect(page.getByLabel("Isi pesan")).toHaveValue(SMS.text);
  await expect(page.getByLabel("Kapan diterima?")).toHaveValue(SMS.when);
  await page.screenshot({ path: "e2e/screenshots/evidence-refused.png", fullPage: true });

  await page.getByRole("button", { name: "Tutup pesan tentang struk.png" }).click();
  await expect(page.getByText("struk.png tidak ditambahkan")).toHaveCount(0);
  // A file uploaded by mistake is removed before saving.
  await expect(page.getByRole("img", { name: "Pratinjau salah.png" })).toBeVisible();
  await page.getByRole("button", { name: "Hapus salah.png" }).click();
  await expect(page.getByRole("img", { name: "Pratinjau salah.png" })).toHaveCount(0);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  await expect(page.getByRole("heading", { name: "Bukti (1)" })).toBeVisible();
});

test("the server refuses a body over 10 MB and files sent by another site", async ({ page, baseURL }) => {
  await signUp(page);
  const tooBig = await page.request.post("/api/evidence", {
    data: Buffer.alloc(12 * 1024 * 1024),
    headers: { "X-File-Name": "big.png", "Content-Type": "application/octet-stream" },
  });
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.json()).toEqual({ error: "tooLarge" });
  const png = await screenshot("ok.png", "#000000", 100);
  const crossSite = await page.request.post("/api/evidence", { data: png.buffer, headers: { "X-File-Name": "ok.png", Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(404);
  const sameSite = await page.request.post("/api/evidence", { data: png.buffer, headers: { "X-File-Name": "ok.png", Origin: baseURL! } });
  expect(sameSite.status()).toBe(201);
});

test("files can be added from the case page; another user and a signed-out visitor get 404; deleting the case deletes them", async ({ page, browser }) => {
  await signUp(page);
  await fillSms(page, SMS);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Bukti (0)" })).toBeVisible();

  const casePage = new URL(page.url()).pathname;
  // Files for any entry are added on their own page, linked from the case's evidence.
  await page.getByRole("link", { name: "Tambah tangkapan layar ke sebuah kejadian" }).click();
  await expect(page.getByRole("heading", { name: /^Tambah tangkapan layar ke kasus/ })).toBeVisible();
  await expect(page.getByLabel("Kejadian atau pesan mana yang ditunjukkan?")).toHaveValue(/.+/);
  await checkPage(page, "case-evidence-page");
  // Dropped from the desktop, as with a mouse: a real File in a real drop event.
  const png = await screenshot("later.png", "#7c3aed");
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "image/png" }));
      return transfer;
    },
    { bytes: [...png.buffer], name: png.name },
  );
  await page.getByRole("group", { name: "Tambah berkas: pilih, atau jatuhkan di sini" }).dispatchEvent("drop", { dataTransfer });
  await expect(page.getByRole("heading", { name: "Bukti (1)" })).toBeVisible();
  await page.getByRole("link", { name: "Berkas 1 dari 1: later.png. Buka ukuran penuh" }).click();
  const evidencePage = page.url();
  const fileUrl = (await page.getByRole("img", { name: /Tangkapan layar kejadian/ }).getAttribute("src"))!;
  const thumbnailUrl = `${fileUrl}/thumbnail`;
  expect((await page.request.get(thumbnailUrl)).headers()["content-type"]).toBe("image/webp");

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  for (const url of [fileUrl, thumbnailUrl, evidencePage, `${casePage}/evidence`]) {
    expect((await intruder.request.get(url)).status(), url).toBe(404);
  }
  expect((await intruder.request.delete(fileUrl)).status()).toBe(404);
  await intruderContext.close();

  const visitorContext = await browser.newContext();
  expect((await visitorContext.request.get(new URL(fileUrl, page.url()).toString())).status()).toBe(404);
  await visitorContext.close();

  await page.getByRole("link", { name: "Kembali ke kasus" }).click();
  await page.getByRole("button", { name: "Hapus seluruh kasus ini" }).click();
  await expect(page.getByText("Hapus kasus ini secara permanen? Isinya 1 kejadian, 0 pesan dengan layanan pelanggan dan 1 berkas.")).toBeVisible();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page).toHaveURL(/\/cases\?saved=caseDeleted/);
  expect((await page.request.get(fileUrl)).status()).toBe(404);
});

test("editing an incident shows its files; one removed there is deleted on save, and pages pass axe in English", async ({ page }) => {
  await signUp(page);
  await fillSms(page, SMS);
  await fileInput(page).setInputFiles([await screenshot("keep.png", "#0f766e"), await screenshot("drop.png", "#be123c")]);
  await expect(page.getByRole("img", { name: "Pratinjau drop.png" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Pratinjau keep.png" })).toBeVisible();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Bukti (2)" })).toBeVisible();

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Evidence (2)" })).toBeVisible();
  await checkPage(page, "case-with-evidence");
  await page.getByRole("link", { name: "File 1 of 2: keep.png. Open full size" }).click();
  await expect(page.getByRole("heading", { name: "File 1 of 2" })).toBeVisible();
  await checkPage(page, "evidence-page-en");
  const dropUrl = await page.getByRole("link", { name: /Next/ }).getAttribute("href");

  await page.getByRole("link", { name: "Back to the case" }).click();
  await page.getByRole("link", { name: /^Edit incident/ }).click();
  await expect(page.getByRole("img", { name: "Preview of drop.png" })).toBeVisible();
  await checkPage(page, "incident-edit-evidence");
  await page.getByRole("button", { name: "Remove drop.png" }).click();
  await expect(page.getByText("Files you remove here are deleted when you save.")).toBeVisible();
  // Nothing is deleted until the form is saved.
  expect((await page.request.get(dropUrl!)).status()).toBe(200);
  await page.getByRole("textbox", { name: "Caption for keep.png (optional)" }).fill("Tetap disimpan");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: "Evidence (1)" })).toBeVisible();
  await expect(page.getByText("Tetap disimpan")).toBeVisible();
  expect((await page.request.get(dropUrl!)).status()).toBe(404);
});
