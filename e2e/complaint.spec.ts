import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { pdfText } from "../lib/testing/pdf-text";
import { answerCase, backToCase, checkPage, emailComplaint, fillSms, openRoutes, signUp } from "./fixtures";

const pdfFileText = async (file: string) => pdfText(new Uint8Array(await readFile(file)));

const screenshot = async (name: string, colour: string) => ({
  name,
  mimeType: "image/png",
  buffer: await sharp({ create: { width: 400, height: 800, channels: 3, background: colour } })
    .png()
    .toBuffer(),
});

test("from a case to the OJK complaint: review, edit, PDF with every incident and exhibit, copy to the portal, record the filing", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page);
  await page.goto("/profile");
  await page.getByLabel("Nama lengkap sesuai identitas").fill("Romel Tea");
  await page.getByLabel("Nomor identitas").fill("3273012345678901");
  await page.getByLabel("Alamat surat").fill("Jl. Merdeka 1, Bandung");
  await page.getByRole("button", { name: "Simpan data" }).click();
  await expect(page.getByText("Tersimpan.", { exact: true })).toBeVisible();

  await page.goto("/incidents/new");
  await fillSms(page, { sender: "0812-7000-1111", when: "2026-11-22T19:45", text: "Pinjaman cair 10 juta tanpa jaminan!", category: "Pinjaman" });
  await page
    .getByLabel("Tambah tangkapan layar atau PDF")
    .setInputFiles([await screenshot("sms-minggu.png", "#1d4ed8"), await screenshot("sms-kedua.png", "#b91c1c")]);
  await expect(page.getByRole("img", { name: "Pratinjau sms-kedua.png" })).toBeVisible();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Bukti (2)" })).toBeVisible();
  await page.getByRole("link", { name: "Catat lagi dari pengirim ini" }).click();
  await fillSms(page, { sender: "0812-7000-1111", when: "2026-11-23T06:30", text: "Promo bunga 0% hari ini saja", category: "Pinjaman" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await page.getByRole("link", { name: "Catat pesan dengan layanan pelanggannya" }).click();
  await page.getByLabel("Di mana?").selectOption({ label: "Email" });
  await page.getByLabel("Akun atau alamat mereka (opsional)").fill("cs@danakilat.id");
  await page.getByLabel("Kapan?").fill("2026-11-23T09:00");
  await page.getByLabel("Yang Anda tulis atau katakan").fill("Mohon hentikan SMS penawaran ke nomor saya.");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Tersimpan. Pesan sudah ada di linimasa.")).toBeVisible();
  // The lender is on OJK's list: POJK 22/2023 binds it, so the letter states the breach, not a possible one.
  await answerCase(page, { licensed: "Ya" });
  await expect(
    page
      .getByRole("region", { name: "Aturan yang dilanggar atau mungkin dilanggar pengirim ini" })
      .getByRole("heading", { name: /Penawaran tanpa persetujuan Anda/ }),
  ).toContainText("Melanggar");

  await backToCase(page);
  await page.getByRole("link", { name: /^Siapkan pengaduan ini — .*Pelanggaran/ }).click();
  await expect(page.getByRole("heading", { name: "Pengaduan ke OJK: berindikasi pelanggaran" })).toBeVisible();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\/documents\/ID-OJK-VIOLATION$/);
  await expect(page.getByLabel("Nama lengkap Anda")).toHaveValue("Romel Tea");
  await expect(page.getByLabel("Kronologi (bertanggal, waktu setempat)")).toHaveValue(
    /Minggu, 22 November 2026 pukul 19\.45 WIB — SMS dari \+62 812 7000 1111/,
  );
  // Never consented: Art 39(1), with the hours of Art 39(4)(a) said under it, not as a breach of their own.
  await expect(page.getByLabel("Ketentuan yang dilanggar dan dasar hukumnya")).toHaveValue(
    /^1\. Penawaran melalui sarana komunikasi pribadi tanpa persetujuan saya/,
  );
  await expect(page.getByLabel("Ketentuan yang dilanggar dan dasar hukumnya")).toHaveValue(
    /Selain itu, penawaran di luar hari dan jam yang diizinkan \(Pasal 39 ayat \(4\) huruf a\)/,
  );
  await checkPage(page, "complaint-ojk");

  await page.getByLabel("Permohonan Anda").fill("Saya memohon OJK memberi sanksi dan meminta PUJK menghapus nomor saya.");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByText("Draf tersimpan.")).toBeVisible();
  await page.getByRole("button", { name: "Isi ulang dari kasus" }).click();
  await expect(page.getByText("Perubahan Anda sendiri tetap dipertahankan pada: Permohonan Anda.")).toBeVisible();
  await expect(page.getByLabel("Permohonan Anda")).toHaveValue("Saya memohon OJK memberi sanksi dan meminta PUJK menghapus nomor saya.");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh surat (PDF)" }).click();
  const { pages, text } = await pdfFileText((await (await download).path())!);
  expect(text).toContain("Romel Tea");
  expect(text).toContain("+62 812 7000 1111");
  expect(text).toContain("Minggu, 22 November 2026 pukul 19.45 WIB");
  expect(text).toContain("Senin, 23 November 2026 pukul 06.30 WIB");
  expect(text).toContain("POJK 22/2023 Pasal 39 ayat (1)");
  expect(text).toContain("penawaran di luar hari dan jam yang diizinkan (Pasal 39 ayat (4) huruf a)");
  expect(text).toContain("Saya memohon OJK memberi sanksi");
  expect(text).toContain("Lampiran 1: sms-minggu.png");
  expect(text).toContain("Lampiran 2: sms-kedua.png");
  expect(text).not.toContain("Lampiran 3:");
  expect(pages).toBeGreaterThanOrEqual(3);

  await page.getByRole("link", { name: "Salin ke portal OJK" }).click();
  await expect(page.getByRole("heading", { name: "Langkah 1: perusahaan dan produk" })).toBeVisible();
  await page.getByRole("button", { name: "Salin “Perusahaan (PUJK) atau pengirim”" }).click();
  await expect(page.getByText("Tersalin.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("+62 812 7000 1111");
  await checkPage(page, "complaint-portal");

  await page.getByRole("link", { name: "Kembali ke pengaduan" }).click();
  await page.getByLabel("Kapan Anda mengajukannya?").fill("2099-01-01T10:00");
  await page.getByRole("button", { name: "Catat pengajuan" }).click();
  await expect(page.getByText("Waktu ini masih di masa depan.", { exact: false })).toBeVisible();
  await page.getByLabel("Kapan Anda mengajukannya?").fill("2026-11-24T08:00");
  await page.getByLabel("Nomor layanan, PIN atau tiket (opsional)").fill("APPK-2026-0042");
  await page.getByRole("button", { name: "Catat pengajuan" }).click();
  await expect(page.getByText(/Diajukan pada 24 November 2026.*APPK-2026-0042/)).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke kasus" }).click();
  await expect(page.getByText("Diadukan ke regulator").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Linimasa" })).toContainText("Pengaduan berindikasi pelanggaran diajukan ke OJK.");
});

test("another user gets 404 for a case's complaint, letter and portal view", async ({ page, browser }) => {
  await signUp(page);
  await fillSms(page, { sender: "0812-7000-2222", when: "2026-11-22T19:45", text: "Pinjaman!", category: "Pinjaman" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await page.getByRole("link", { name: /^Siapkan pengaduan ini — .*Pelanggaran/ }).click();
  const base = new URL(page.url()).pathname;
  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  const dispute = base.replace(/ID-OJK-VIOLATION$/, "ID-OJK-DISPUTE");
  for (const url of [base, `${base}/letter.pdf`, `${base}/letter.txt`, `${base}/portal`, dispute, `${dispute}/letter.txt`]) {
    expect((await intruder.request.get(url)).status(), url).toBe(404);
  }
  await intruderContext.close();
});

test("the earlier addresses of a case's documents lead for good to the same documents", async ({ page }) => {
  await signUp(page);
  await fillSms(page, { sender: "0812-7000-4444", when: "2026-11-22T19:45", text: "Pinjaman!", category: "Pinjaman" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("link", { name: /^Siapkan pengaduan ini — .*Pelanggaran/ })).toBeVisible();
  const caseUrl = new URL(page.url()).pathname;
  const moved = [
    ["complaints/ojk", "documents/ID-OJK-VIOLATION"],
    ["complaints/ojk/letter.pdf", "documents/ID-OJK-VIOLATION/letter.pdf"],
    ["complaints/ojk/portal", "documents/ID-OJK-VIOLATION/portal"],
    ["complaints/ojk-dispute/letter.txt", "documents/ID-OJK-DISPUTE/letter.txt"],
    ["complaints/ID-SATGAS-PASTI/letter.txt", "documents/ID-SATGAS-PASTI/letter.txt"],
    ["letters/data-request", "documents/data-request"],
    ["letters/data-request/letter.pdf", "documents/data-request/letter.pdf"],
  ];
  for (const [from, to] of moved) {
    const answer = await page.request.get(`${caseUrl}/${from}`, { maxRedirects: 0 });
    expect(answer.status(), from).toBe(308);
    expect(answer.headers().location, from).toBe(`${caseUrl}/${to}`);
  }
  // Followed, an old address opens the page or the file at the new one.
  await page.goto(`${caseUrl}/complaints/ojk`);
  await expect(page).toHaveURL(new RegExp(`${caseUrl}/documents/ID-OJK-VIOLATION$`));
  await expect(page.getByRole("heading", { name: "Pengaduan ke OJK: berindikasi pelanggaran" })).toBeVisible();
  const text = await page.request.get(`${caseUrl}/letters/data-request/letter.txt`);
  expect(text.url()).toMatch(/\/documents\/data-request\/letter\.txt$/);
  expect(text.headers()["content-disposition"]).toMatch(
    /^attachment; filename="data-request--62-812-7000-4444\.txt"; filename\*=UTF-8''data-request--62-812-7000-4444\.txt$/,
  );
  const pdf = await page.request.get(`${caseUrl}/complaints/ojk/letter.pdf`);
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("a personal-data letter to the sender: prepare, download, record it as sent, and its 3×24-hour deadline appears", async ({ page }) => {
  await signUp(page);
  await page.goto("/profile");
  await page.getByLabel("Nama lengkap sesuai identitas").fill("Sari Dewi");
  await page.getByRole("button", { name: "Simpan data" }).click();
  await expect(page.getByText("Tersimpan.", { exact: true })).toBeVisible();
  await page.goto("/incidents/new");
  await fillSms(page, { sender: "TokoBaju", when: "2026-11-20T21:00", text: "Diskon 70% hari ini saja!", category: "Promo toko" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(
    page.getByRole("region", { name: "Apa yang bisa saya lakukan?" }).getByRole("listitem").filter({ hasText: "Menulis kepada pengirim" }),
  ).toContainText("Bisa dilakukan sekarang");
  await page.getByRole("link", { name: "Siapkan suratnya" }).click();
  await expect(page.getByRole("heading", { name: "Surat data pribadi kepada pengirim" })).toBeVisible();
  await expect(page.getByLabel("Isi surat")).toHaveValue(/Saya, Sari Dewi, pemilik nomor telepon/);
  await page.getByLabel("Perihal").fill("Permintaan penghapusan data pribadi saya");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByText("Draf tersimpan.")).toBeVisible();
  await checkPage(page, "data-letter");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh surat (PDF)" }).click();
  const { text } = await pdfFileText((await (await download).path())!);
  expect(text).toContain("Permintaan penghapusan data pribadi saya");
  expect(text).toContain("TokoBaju");
  expect(text).toContain("Sari Dewi");

  await page.getByLabel("Kapan Anda mengirimnya?").fill("2026-11-21T09:00");
  await page.getByRole("button", { name: "Catat bahwa saya sudah mengirim" }).click();
  await expect(page.getByText(/Dikirim pada 21 November 2026/)).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke kasus" }).click();
  await expect(page.getByText(/Surat data pribadi Anda dikirim .*3×24 jam/)).toBeVisible();
  await expect(page.getByText("Lewat tenggat — mereka tidak menjawab tepat waktu.")).toBeVisible();
  await expect(page.getByText(/Anda pertama kali meminta mereka berhenti pada 21 November 2026/)).toBeVisible();
});

test("after the firm's deadline passed, the OJK dispute request opens, pre-filled with the complaint and the missed deadline", async ({ page }) => {
  await signUp(page);
  await fillSms(page, { sender: "0812-7000-3333", when: "2026-10-01T10:00", text: "Tagihan kartu kredit Anda naik!", category: "Kartu kredit" });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  // The case page's line for the dispute: when, and no button before the company was asked.
  const dispute = page.getByRole("region", { name: "Apa yang bisa saya lakukan?" }).getByRole("listitem").filter({ hasText: "Pengaduan Berindikasi Sengketa" });
  await expect(dispute).toContainText("Mengadu ke perusahaan dulu");
  await expect(dispute.getByRole("link", { name: /Siapkan pengaduan ini/ })).toHaveCount(0);

  await emailComplaint(page, "2026-10-02T09:00", "Saya keberatan atas kenaikan tagihan.");
  // The firm's deadline and the dispute are for customers of licensed firms with a loss: "may apply", and why on the routes page.
  await expect(dispute).toContainText("Mungkin berlaku");
  await openRoutes(page);
  await expect(
    page
      .getByRole("region", { name: "Apa yang bisa saya lakukan?" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: /Pengaduan Berindikasi Sengketa/ }) }),
  ).toContainText("Hanya jika pengirim adalah perusahaan berizin OJK, Anda nasabahnya, dan Anda kehilangan uang");
  await backToCase(page);
  await expect(page.getByText("Lewat tenggat — Anda bisa mengadu ke OJK.")).toHaveCount(0);
  await answerCase(page, { licensed: "Ya", customer: "Ya", loss: "Ya", lossAmount: "750.000" });
  await backToCase(page);
  await expect(page.getByText("Lewat tenggat — Anda bisa mengadu ke OJK.")).toBeVisible();

  await dispute.getByRole("link", { name: /^Siapkan pengaduan ini/ }).click();
  await expect(page.getByRole("heading", { name: "Permohonan ke OJK: fasilitasi sengketa" })).toBeVisible();
  await expect(page.getByLabel("Tanggapan perusahaan")).toHaveValue(/PUJK tidak memberikan tanggapan sampai batas waktu Jumat, 16 Oktober 2026/);
  await expect(page.getByLabel("Pengaduan Anda kepada perusahaan")).toHaveValue(/Jumat, 2 Oktober 2026 pukul 09\.00 WIB melalui Email/);
  await page.getByLabel("Kerugian materiil Anda (Rp)").fill("Rp750.000");
  await page.getByRole("button", { name: "Simpan draf" }).click();
  await expect(page.getByText("Draf tersimpan.")).toBeVisible();
  await checkPage(page, "complaint-dispute");
  const text = await (await page.request.get(`${new URL(page.url()).pathname}/letter.txt`)).text();
  expect(text).toContain("Permohonan Fasilitasi Penyelesaian Sengketa dengan +62 812 7000 3333");
  expect(text).toContain("Rp750.000");
});
