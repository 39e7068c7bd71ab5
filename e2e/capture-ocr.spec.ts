import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { checkPage, signUp } from "./fixtures";
import { OCR_FIXTURES, type OcrFixture } from "./ocr/mockups";
import { renderFixtures } from "./ocr/render";

// Reading a screenshot runs tesseract.js in the browser: the first one loads the worker and the
// model (3 MB) and can take 10–30 s on a loaded 2-core machine. The waits below are ceilings.
const READ_TIMEOUT = 150_000;
test.setTimeout(240_000);

const byId = (id: string) => OCR_FIXTURES.find((fixture) => fixture.id === id)!;

async function screenshotFile(browser: Browser, fixture: OcrFixture) {
  const file = (await renderFixtures([fixture], browser)).get(fixture.id)!;
  return { name: `${fixture.id}.png`, mimeType: "image/png", buffer: readFileSync(file) };
}

/** Holds the OCR worker's script until the test lets it go: reading stays "in progress" for as long as the test needs. */
async function holdReading(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/ocr/*/worker.min.js", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

const fileInput = (page: Page) => page.getByLabel("Tambah tangkapan layar atau PDF");

test("a screenshot is read on the phone and fills the message, the sender and the time with one tap each", async ({ page, browser }) => {
  const fixture = byId("android-id-sender-id");
  const { name, mimeType, buffer } = await screenshotFile(browser, fixture);
  await signUp(page);
  const ocrRequests: string[] = [];
  page.on("request", (request) => new URL(request.url()).pathname.startsWith("/ocr/") && ocrRequests.push(request.url()));
  const release = await holdReading(page);

  await fileInput(page).setInputFiles({ name, mimeType, buffer });
  await expect(page.getByRole("progressbar", { name: `Membaca ${name}` })).toBeVisible();
  await expect(page.getByText(/Membaca tangkapan layar… \d+%/)).toBeVisible();
  release();

  const read = page.getByRole("textbox", { name: `Teks yang terbaca dari ${name}` });
  await expect(read).toHaveValue(/Nomor Anda terpilih mendapatkan hadiah Rp 50\.000\.000/, { timeout: READ_TIMEOUT });
  // tesseract's files come from the app itself.
  expect(ocrRequests.length).toBeGreaterThan(0);
  for (const url of ocrRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  await checkPage(page, "incident-form-screenshot-read");

  // The read text can be corrected before it is used.
  const readText = (await read.inputValue()).trim();
  expect(readText).toBe(fixture.expected.message);
  await read.fill(`${readText} `);
  await page.getByRole("button", { name: "Pakai sebagai isi pesan" }).click();
  await expect(page.getByLabel("Isi pesan")).toHaveValue(readText);
  await page.getByRole("button", { name: "Pakai AXIS sebagai pengirim" }).click();
  await expect(page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda")).toHaveValue("AXIS");
  await page.getByRole("button", { name: /^Pakai 15 Mar 2024.* sebagai waktu$/ }).click();
  await expect(page.getByLabel("Kapan diterima?")).toHaveValue("2024-03-15T21:30");

  await page.getByLabel("Tentang apa?").selectOption({ label: "Pinjaman" });
  await page.getByRole("radio", { name: "Saya tidak pernah setuju" }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  await expect(page.getByRole("heading", { name: /AXIS/ }).first()).toBeVisible();
  await expect(page.getByText(/Nomor Anda terpilih mendapatkan hadiah/).first()).toBeVisible();
});

test("saving while the screenshot is still being read just saves; a screenshot that cannot be read says so", async ({ page, browser }) => {
  const fixture = byId("whatsapp-en-dark");
  const { name, mimeType, buffer } = await screenshotFile(browser, fixture);
  await signUp(page);
  const release = await holdReading(page);

  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill("Loan Officer Rina");
  await page.getByLabel("Isi pesan").fill("Need cash fast? Reply YES.");
  await page.getByLabel("Tentang apa?").selectOption({ label: "Pinjaman" });
  await page.getByRole("radio", { name: "Saya tidak pernah setuju" }).check();
  await fileInput(page).setInputFiles({ name, mimeType, buffer });
  await expect(page.getByRole("img", { name: `Pratinjau ${name}` })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: `Membaca ${name}` })).toBeVisible();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  await expect(page.getByText("Need cash fast? Reply YES.").first()).toBeVisible();
  release();

  // The worker cannot be loaded (a network cut, a blocked file): the form says so politely.
  await page.goto("/incidents/new");
  await page.unroute("**/ocr/*/worker.min.js");
  await page.route("**/ocr/*/worker.min.js", (route) => route.abort());
  await fileInput(page).setInputFiles({ name, mimeType, buffer });
  // Shown under the image, and told once to a screen reader.
  const failed = page.getByText("Maaf, tangkapan layar ini tidak bisa dibaca. Silakan ketik pesannya sendiri; tangkapan layarnya tetap terlampir.");
  await expect(failed).toHaveCount(2, { timeout: READ_TIMEOUT });
  await expect(failed.last()).toBeVisible();
  await expect(page.getByRole("img", { name: `Pratinjau ${name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Simpan", exact: true })).toBeEnabled();
});

test("the OCR files are served by the app with long caching, only the listed ones", async ({ request }) => {
  const worker = await request.get("/ocr/7.0.0-1.0.0/worker.min.js");
  expect(worker.status()).toBe(200);
  expect(worker.headers()["content-type"]).toContain("javascript");
  expect(worker.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  // The worker alone may compile WebAssembly; pages keep their policy without it.
  expect(worker.headers()["content-security-policy"]).toContain("'wasm-unsafe-eval'");
  const model = await request.get("/ocr/7.0.0-1.0.0/eng.traineddata.gz");
  expect(model.status()).toBe(200);
  expect((await model.body()).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
  const login = await request.get("/login");
  expect(login.headers()["content-security-policy"]).not.toContain("wasm-unsafe-eval");
  for (const wrong of [
    "/ocr/6.0.0-1.0.0/worker.min.js",
    "/ocr/7.0.0-1.0.0/package.json",
    "/ocr/7.0.0-1.0.0/..%2Fpackage.json",
    "/ocr/7.0.0-1.0.0/tesseract-core.wasm",
  ]) {
    expect((await request.get(wrong)).status(), wrong).toBe(404);
  }
});

test("a screenshot shared from the gallery is read too, once the form opens with it", async ({ page, browser }) => {
  const fixture = byId("android-id-sender-id");
  const { name, mimeType, buffer } = await screenshotFile(browser, fixture);
  await signUp(page);
  // What Chrome on Android posts to the manifest's share_target after "Share → Spamtrail" from the gallery.
  const shared = await page.request.post("/api/share", { multipart: { files: { name, mimeType, buffer } }, maxRedirects: 0 });
  expect(shared.status()).toBe(303);
  await page.goto(shared.headers()["location"]!);
  const read = page.getByRole("textbox", { name: `Teks yang terbaca dari ${name}` });
  await expect(read).toHaveValue(/Nomor Anda terpilih mendapatkan hadiah Rp 50\.000\.000/, { timeout: READ_TIMEOUT });
  await page.getByRole("button", { name: "Pakai sebagai isi pesan" }).click();
  await expect(page.getByLabel("Isi pesan")).toHaveValue((await read.inputValue()).trim());
});
