import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { checkPage, logSms, signUp } from "./fixtures";

const screenshot = async (name: string) => ({
  name,
  mimeType: "image/png",
  buffer: await sharp({ create: { width: 300, height: 600, channels: 3, background: "#1d4ed8" } })
    .png()
    .toBuffer(),
});

async function logSmsWithFile(page: Page, sender: string, when: string, text: string, file?: Awaited<ReturnType<typeof screenshot>>) {
  await page.goto("/incidents/new");
  await logSms(page, { sender, when, text, category: "Pinjaman" }, file ? [file] : []);
}

test("a reporter shares a case after previewing the masks; a visitor finds it by the number in another format; unsharing removes it", async ({
  page,
  browser,
}) => {
  await signUp(page);
  await page.goto("/profile");
  await page.getByLabel("Nama lengkap sesuai identitas").fill("Romel Tea");
  await page.getByRole("button", { name: "Simpan data" }).click();
  await expect(page.getByText("Tersimpan.", { exact: true })).toBeVisible();
  await logSmsWithFile(
    page,
    "0812-7000-4444",
    "2026-11-22T19:45",
    "Halo Romel, pinjaman cair! Kode OTP 482913. Datang ke cabang Cimahi, tanya Pak Budi.",
    await screenshot("sms-dana.png"),
  );
  const caseUrl = new URL(page.url()).pathname;

  await expect(page.getByRole("region", { name: "Direktori publik" })).toContainText("Kasus ini pribadi");
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  const preview = page.getByRole("region", { name: "Yang akan dibaca publik" }).getByRole("article", { name: /^SMS/ });
  await expect(preview).toContainText("Halo nama disembunyikan, pinjaman cair! Kode OTP kode disembunyikan.");
  // Hide more: type a place, and select a name in the preview.
  await page.getByLabel("Teks yang disembunyikan").fill("cabang Cimahi");
  await page.getByRole("button", { name: "Sembunyikan", exact: true }).click();
  await expect(preview).not.toContainText("Cimahi");
  await preview.getByText(/tanya Pak Budi/).evaluate((element) => {
    const node = element.firstChild!;
    const start = node.textContent!.indexOf("Pak Budi");
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + "Pak Budi".length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.getByRole("button", { name: "Sembunyikan “Pak Budi”" }).click();
  await expect(preview).not.toContainText("Pak Budi");
  await expect(page.getByRole("list", { name: "Teks yang Anda pilih untuk disembunyikan" })).toContainText("Pak Budi");
  await page.getByLabel("Terbitkan sms-dana.png").check();
  await page.getByLabel("Potong dari bawah: 0%").fill("30");
  await checkPage(page, "share-preview");
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Publik sejak/ })).toBeVisible();

  // A visitor, not signed in, types the number in another format.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/senders");
  await visitor.getByLabel("Nomor, kode pendek, ID pengirim atau nama organisasi").fill("+62 812 7000 4444");
  const searched = visitor.waitForResponse((response) => new URL(response.url()).pathname === "/senders/search");
  await visitor.getByRole("button", { name: "Tampilkan" }).click();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("+62 812 7000 4444");
  // Answered before Next by the front, with the app's own search (server/server.mjs).
  expect((await searched).headers()["x-spamtrail-front"]).toBe("search");
  await expect(visitor.getByText("Dilaporkan oleh 1 orang: 1 pesan dan telepon dalam 1 kasus yang dibagikan.")).toBeVisible();
  await expect(visitor.getByRole("img", { name: /Laporan menurut jam dan hari, 1 seluruhnya/ })).toBeVisible();
  await visitor.getByRole("region", { name: "Kapan mengirim" }).getByText("Tampilkan sebagai tabel").click();
  const sundayEvening = visitor.getByRole("row", { name: /^19:00/ });
  await expect(sundayEvening.getByRole("cell").last()).toHaveText("1");
  // Never consented: Art 39(1), said to bind only OJK-licensed firms (the reporter did not say whether this one is).
  const publicRules = visitor.getByRole("region", { name: "Aturan yang dilanggar laporan ini" });
  await expect(publicRules).toContainText("POJK 22/2023, Pasal 39 ayat (1)");
  await expect(publicRules).toContainText("hanya berlaku jika pengirim adalah perusahaan berizin OJK");
  const reports = visitor.getByRole("list", { name: "Laporan yang dibagikan, terbaru dulu" });
  await expect(reports).toContainText("Halo nama disembunyikan, pinjaman cair! Kode OTP kode disembunyikan. Datang ke disembunyikan, tanya disembunyikan.");
  const body = await visitor.locator("body").innerText();
  for (const secret of ["Romel", "482913", "Cimahi", "Budi"]) expect(body).not.toContain(secret);
  const shot = visitor.getByRole("img", { name: "Tangkapan layar dari pelapor (dipotong)" });
  await expect(shot).toBeVisible();
  // The published crop is 30 % shorter than the 300 × 600 original.
  await expect.poll(() => shot.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([300, 420]);
  await checkPage(visitor, "sender-page");
  await visitor.goto("/senders");
  await expect(visitor.getByRole("list", { name: "Pengirim" })).toContainText("+62 812 7000 4444");
  await checkPage(visitor, "directory");
  const senderUrl = (await visitor.getByRole("link", { name: "+62 812 7000 4444" }).getAttribute("href"))!;

  // The page is cached once rendered, and then served by the front cache (server/server.mjs);
  // the reporter's edit shows on the next visit all the same.
  await expect.poll(async () => (await visitor.request.get(senderUrl)).headers()["x-spamtrail-front"]).toBe("hit");
  await page.goto(caseUrl);
  await page.getByRole("link", { name: /^Ubah kejadian/ }).click();
  await page.getByLabel("Isi pesan").fill("Halo Romel, pinjaman cair hari ini!");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await visitor.goto(senderUrl);
  await expect(reports).toContainText("Halo nama disembunyikan, pinjaman cair hari ini!");
  await expect(reports).not.toContainText("Kode OTP");
  // The same address in English, for a visitor who switches: the language is the visitor's, not the cache's.
  await visitor.getByRole("button", { name: "English" }).click();
  await expect(visitor.getByText("Reported by 1 person: 1 message or call in 1 shared case.")).toBeVisible();
  await expect(visitor.locator("html")).toHaveAttribute("lang", "en");
  expect(new URL(visitor.url()).pathname).toBe(senderUrl);
  await visitor.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(visitor.getByText("Dilaporkan oleh 1 orang: 1 pesan dan telepon dalam 1 kasus yang dibagikan.")).toBeVisible();
  // The cache's per-language address leads back to the one address, in the visitor's language.
  await visitor.goto(`/en${senderUrl}`);
  expect(new URL(visitor.url()).pathname).toBe(senderUrl);
  await expect(visitor.getByText("Dilaporkan oleh 1 orang: 1 pesan dan telepon dalam 1 kasus yang dibagikan.")).toBeVisible();
  // Deleting the original file takes its published crop off the cached page too.
  await page.goto(caseUrl);
  await page.getByRole("link", { name: /^Berkas 1 dari 1/ }).click();
  await page.getByRole("button", { name: "Hapus berkas ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByRole("status")).toContainText("Berkas telah dihapus.");
  await visitor.goto(senderUrl);
  await expect(reports).toContainText("pinjaman cair hari ini!");
  await expect(shot).toHaveCount(0);
  // The reports also have pages of their own (older ones, 20 at a time), rendered per request.
  await visitor.goto(`${senderUrl}/reports`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Laporan yang dibagikan tentang +62 812 7000 4444");
  await expect(reports).toContainText("pinjaman cair hari ini!");
  await expect(reports.getByRole("link", { name: "Masuk untuk melaporkan konten" })).toBeVisible();
  await checkPage(visitor, "sender-reports");
  await page.goto(`${caseUrl}/share`);

  // The reporter stops sharing: gone at once, counts included.
  await page.getByRole("button", { name: "Berhenti membagikan" }).click();
  await page.getByRole("button", { name: "Ya, berhenti membagikan" }).click();
  await expect(page.getByRole("button", { name: "Bagikan ke publik" })).toBeVisible();
  expect((await visitor.request.get(senderUrl)).status()).toBe(404);
  await visitor.goto("/senders?q=0812-7000-4444");
  await expect(visitor.getByText("Belum ada laporan yang dibagikan tentang “0812-7000-4444”.")).toBeVisible();
  await visitor.goto("/senders");
  await expect(visitor.getByRole("list", { name: "Pengirim" })).not.toContainText("+62 812 7000 4444");
  await page.goto(caseUrl);
  await expect(page.getByRole("region", { name: "Direktori publik" })).toContainText("Kasus ini pribadi");
  await visitorContext.close();
});

test("private cases never appear on public pages: a search for their text and number finds nothing", async ({ page, browser }) => {
  // One person keeps a case private; another shares a case about the same sender.
  await signUp(page);
  await logSmsWithFile(page, "0812-7000-5555", "2026-11-20T10:00", "RAHASIA-PRIBADI-7731 jangan dibagikan");
  await logSmsWithFile(page, "0812-7000-6666", "2026-11-20T11:00", "Hanya pribadi, pengirim lain");
  const sharerContext = await browser.newContext();
  const sharer = await sharerContext.newPage();
  await signUp(sharer);
  await logSmsWithFile(sharer, "0812-7000-5555", "2026-11-21T09:00", "Pinjaman cair hari ini");
  await sharer.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await sharer.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(sharer.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/senders?q=0812-7000-5555");
  await expect(visitor.getByText("Dilaporkan oleh 1 orang: 1 pesan dan telepon dalam 1 kasus yang dibagikan.")).toBeVisible();
  const pages = [visitor.url(), new URL("/senders", visitor.url()).href, new URL("/senders?sort=reports", visitor.url()).href];
  for (const url of pages) {
    const html = await (await visitor.request.get(url)).text();
    expect(html, url).not.toContain("RAHASIA");
    expect(html, url).not.toContain("7000 6666");
  }
  for (const q of ["RAHASIA", "0812-7000-6666", "+62 812 7000 6666"]) {
    await visitor.goto(`/senders?q=${encodeURIComponent(q)}`);
    await expect(visitor.getByText(`Belum ada laporan yang dibagikan tentang “${q}”.`)).toBeVisible();
  }
  await visitorContext.close();
  await sharerContext.close();
});
