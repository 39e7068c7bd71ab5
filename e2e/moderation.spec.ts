import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { pdfText } from "../lib/testing/pdf-text";
import { checkPage, logSms, signUp } from "./fixtures";

/** The first admin is made on the server with the CLI, as the README says. */
function makeAdmin(email: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/set-role.ts", email, "admin"], {
    env: { ...process.env, DATA_DIR: ".e2e-data" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

/** A reporter shares a case with two incidents about `sender`; returns the public page's path. */
async function sharedCase(browser: Browser, sender: string, texts: string[]): Promise<{ page: Page; email: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUp(page);
  for (const [index, text] of texts.entries()) {
    if (index > 0) await page.goto("/incidents/new");
    await logSms(page, { sender, when: `2026-11-2${index}T10:00`, text, category: "Pinjaman" });
  }
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  return { page, email };
}

test("moderation: a reader flags a report with a reason, an admin hides it, the reporter reads why, and the log shows it", async ({ page, browser }) => {
  const reporter = await sharedCase(browser, "0812-7300-1111", ["Pinjaman cair hari ini", "Dasar kalian semua penipu bodoh"]);

  // A reader flags the abusive report: a reason is required.
  await signUp(page);
  await page.goto("/senders/search?q=0812-7300-1111");
  const abusive = page.getByRole("listitem").filter({ hasText: "Dasar kalian semua penipu bodoh" });
  await abusive.getByText("Laporkan konten ini").click();
  await abusive.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(abusive.getByText("Jelaskan alasannya dalam beberapa kata.")).toBeVisible();
  await abusive.getByLabel("Mengapa moderator perlu melihatnya?").fill("Ini makian, bukan fakta tentang pesan.");
  await abusive.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(abusive.getByText("Terima kasih: moderator akan memeriksanya.")).toBeVisible();
  const senderPath = new URL(page.url()).pathname;

  // An admin decides.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminEmail = await signUp(admin);
  makeAdmin(adminEmail);
  await admin.goto("/admin");
  const queue = admin.getByRole("list", { name: /konten dilaporkan/ });
  const item = queue.getByRole("listitem").filter({ hasText: "Dasar kalian semua penipu bodoh" });
  await expect(item).toContainText("Ini makian, bukan fakta tentang pesan.");
  await checkPage(admin, "admin");
  await item.getByRole("button", { name: "Sembunyikan dari publik" }).click();
  await expect(item.getByText("Jelaskan alasannya dalam beberapa kata.")).toBeVisible();
  await item.getByLabel("Alasan (ditampilkan kepada orang yang membagikannya)").fill("Bahasa kasar");
  await item.getByRole("button", { name: "Sembunyikan dari publik" }).click();
  // Other tests flag content on the same server: wait for this item to leave the queue.
  await expect(item).toHaveCount(0);
  await expect(admin.getByRole("list", { name: "Log audit" })).toContainText("menyembunyikan");
  await expect(admin.getByRole("list", { name: "Log audit" })).toContainText("Bahasa kasar");

  // Gone from the public page and its counts; the reporter is told why.
  await page.goto(senderPath);
  await expect(page.getByText("Dilaporkan oleh 1 orang: 1 pesan dan telepon dalam 1 kasus yang dibagikan.")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("penipu bodoh");
  await reporter.page.reload();
  await expect(reporter.page.getByText("Disembunyikan moderator")).toBeVisible();
  await expect(reporter.page.getByText(/Dasar kalian semua penipu bodoh.*alasan: Bahasa kasar/)).toBeVisible();

  // The admin names the organisation behind the number; the directory finds it by that name.
  await admin.goto(senderPath);
  await admin.getByText("Rincian pengirim (admin)").click();
  await admin.getByLabel("Organisasi yang sama dengan (nomor atau ID pengirim)").fill("TIDAK-ADA-INI");
  await admin.getByRole("button", { name: "Simpan rincian" }).click();
  await expect(admin.getByText("Belum ada pengirim dengan nomor atau ID ini yang dilaporkan.")).toBeVisible();
  await admin.getByLabel("Organisasi yang sama dengan (nomor atau ID pengirim)").fill("");
  await admin.getByLabel("Nama organisasi").fill("PT Contoh Dana");
  await admin.getByRole("button", { name: "Simpan rincian" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("PT Contoh Dana");
  await page.goto("/senders/search?q=PT%20Contoh");
  await expect(page.getByRole("list", { name: "Pengirim" }).getByRole("link", { name: /PT Contoh Dana/ })).toBeVisible();

  // Only admins see the queue.
  expect((await page.request.get("/admin")).status()).toBe(404);
  await adminContext.close();
});

test("an advocate, made so by an admin, exports a sender's reports as CSV and downloads a collective complaint; others get 404", async ({ page, browser }) => {
  await sharedCase(browser, "0812-7300-2222", ["Pinjaman cair Rp 10.000.000, hubungi 0813-1111-2222"]);
  const advocateEmail = await signUp(page);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminEmail = await signUp(admin);
  makeAdmin(adminEmail);
  await admin.goto("/admin");
  await admin.getByLabel("Email akun").fill("tidak-ada@example.test");
  await admin.getByRole("button", { name: "Tetapkan peran" }).click();
  await expect(admin.getByText("Tidak ada akun dengan email itu.")).toBeVisible();
  await admin.getByLabel("Email akun").fill(advocateEmail);
  await admin.getByRole("combobox", { name: "Peran" }).selectOption({ label: "Pendamping konsumen" });
  await admin.getByRole("button", { name: "Tetapkan peran" }).click();
  await expect(admin.getByText("Peran tersimpan.")).toBeVisible();
  await adminContext.close();

  await page.goto("/advocate");
  await expect(page.getByRole("heading", { name: "Untuk pendamping konsumen" })).toBeVisible();
  await checkPage(page, "advocate");
  await page.goto("/senders/search?q=%2B62%20812%207300%202222");
  const senderPath = new URL(page.url()).pathname;
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Laporan (CSV)" }).click();
  const csv = await readFile((await (await download).path())!, "utf8");
  const [header, row] = csv.trim().split("\r\n");
  expect(header).toBe("sender,occurredAt,timeZone,recipientsCountry,channel,category,text,callDurationSeconds,rules,legalSources");
  expect(row).toContain("'+62 812 7300 2222");
  expect(row).toContain("Pinjaman cair Rp 10.000.000, hubungi ⟦phone⟧");
  expect(row).not.toContain("0813-1111-2222");
  expect(row).toContain("ID-OJK-CONSENT");

  const pdf = await page.request.get(`${senderPath}/collective.pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  // Lines wrap anywhere: compare with the spaces evened out.
  const text = (await pdfText(new Uint8Array(await pdf.body()))).text.replace(/\s+/g, " ");
  expect(text).toContain("Pengaduan kolektif atas pesan dan telepon dari +62 812 7300 2222");
  expect(text).toContain("1 orang melaporkan 1 pesan dan telepon dalam 1 kasus");
  expect(text).toContain("“Penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya”: 1 kasus, 1 laporan");
  expect(text).toContain("Identitas para pelapor tidak dicantumkan");

  // A reporter and a visitor get nothing.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other);
  for (const url of [`/api/export/senders/${senderPath.split("/").at(-1)}`, "/api/export/directory", `${senderPath}/collective.pdf`, "/advocate"]) {
    expect((await other.request.get(url)).status(), url).toBe(404);
  }
  await otherContext.close();
});

test("a user downloads all their data, then deletes the account: their public report goes too", async ({ page, browser }) => {
  const { page: reporter } = await sharedCase(browser, "0812-7300-3333", ["Pinjaman cair sekarang"]);
  await reporter.goto("/profile");
  const download = reporter.waitForEvent("download");
  await reporter.getByRole("link", { name: "Unduh semua data saya (zip)" }).click();
  const zip = unzipSync(new Uint8Array(await readFile((await (await download).path())!)));
  const data = JSON.parse(strFromU8(zip["spamtrail-data.json"]!));
  expect(data.incidents[0].messageText).toBe("Pinjaman cair sekarang");

  await page.goto("/senders/search?q=0812-7300-3333");
  const senderPath = new URL(page.url()).pathname;
  expect(senderPath).not.toBe("/senders");

  await reporter.getByRole("button", { name: "Hapus akun saya" }).click();
  await reporter.getByRole("button", { name: "Ya, hapus akun saya" }).click();
  await expect(reporter.getByText("Akun Anda dan semua datanya telah dihapus.")).toBeVisible();
  await expect(reporter.getByRole("link", { name: "Masuk" }).first()).toBeVisible();
  expect((await page.request.get(senderPath)).status()).toBe(404);
});
