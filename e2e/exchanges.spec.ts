import { expect, test, type Page } from "@playwright/test";
import { answerCase, backToCase, checkPage, logSms, signUp } from "./fixtures";

type Step = {
  who: "Saya menulis" | "Mereka membalas";
  where?: string;
  handle?: string;
  at: string;
  text: string;
  tags?: string[];
  complaint?: boolean;
  stop?: boolean;
};

/** A customer-service runaround over a shop's PayLater promo SMS, dated November 2026. */
const SEED_000: Step[] = [
  {
    who: "Saya menulis",
    where: "X (Twitter)",
    handle: "@TokoXYZ",
    at: "2026-11-02T13:00",
    text: "Maaf buat TokoXYZ. SMS promo produk Anda yang nyaris setiap hari masuk ke HP saya sangat mengganggu. Please clarify",
    complaint: true,
  },
  {
    who: "Mereka membalas",
    at: "2026-11-02T13:20",
    text: "Hallo mohon maaf untuk ketidaknyamanannya, silakan menyampaikan kendala kepada @TokoXYZ_Care :) Terima kasih.",
    tags: ["Meminta maaf", "Mengoper saya ke akun atau saluran lain"],
  },
  {
    who: "Mereka membalas",
    handle: "@TokoXYZ_Care",
    at: "2026-11-02T13:25",
    text: "selamat siang ka, jika ada kendala atau ada yang ingin ditanyakan silahkan infokan ke kami ya TQ^MR",
  },
  {
    who: "Saya menulis",
    at: "2026-11-02T13:30",
    text: "Maaf, saya sangat terganggu dengan kiriman SMS promo TokoXYZ. saya bkn member & tak prnah kontak apa2",
  },
  { who: "Mereka membalas", at: "2026-11-02T13:40", text: "siang ka, bisa diinfokan untuk no hpnya agar kami sampaikan ke tim terkait TQ^MR" },
  {
    who: "Saya menulis",
    where: "Email",
    handle: "cs@tokoxyz.co.id",
    at: "2026-11-02T13:45",
    text: "Nomor HP saya 0812-5555-0000. Mohon hentikan SMS promo ke nomor ini.",
    stop: true,
  },
  { who: "Saya menulis", where: "X (Twitter)", handle: "@TokoXYZ_Care", at: "2026-11-02T13:50", text: "NO HP sudah saya kirim via email ke TokoXYZ, thanks!" },
  {
    who: "Mereka membalas",
    at: "2026-11-02T14:00",
    text: "bisa diinfokan u/ alamat email yg digunakan saat mengirimkan no hp ke email TokoXYZ nya agar kami bantu cek TQ^MR",
  },
  { who: "Saya menulis", at: "2026-11-02T14:05", text: "romeltea@example.com" },
  {
    who: "Mereka membalas",
    at: "2026-11-02T14:20",
    text: "setelah kami bantu pengecekan untuk no hpnya tidak terlihat di email, bisa diinfokan via DM TQ^MR",
    tags: ["Meminta saya mengirim DM", "Meminta data yang sudah saya berikan"],
  },
  {
    who: "Saya menulis",
    at: "2026-11-02T14:25",
    text: "Silakan dibaca emailnya, sudah sy cantumkan dengan jelas. Kalo DM kendalanya: could not be sent cause do not follow you",
  },
  {
    who: "Mereka membalas",
    at: "2026-11-02T14:40",
    text: "sudah kami follow silahkan kirimkan no hpnya via DM ya, kami tunggu informasinya TQ^MR",
    tags: ["Meminta saya mengirim DM", "Meminta data yang sudah saya berikan"],
  },
  { who: "Saya menulis", at: "2026-11-02T14:45", text: "Ok, sudah ya, thanks....!" },
];

async function fillStep(page: Page, step: Step) {
  await page.getByRole("radio", { name: step.who, exact: true }).check();
  if (step.where) await page.getByLabel("Di mana?").selectOption({ label: step.where });
  if (step.handle) await page.getByLabel("Akun atau alamat mereka (opsional)").fill(step.handle);
  await page.getByLabel("Kapan?").fill(step.at);
  await page.getByLabel(step.who === "Saya menulis" ? "Yang Anda tulis atau katakan" : "Yang mereka tulis atau katakan").fill(step.text);
  for (const tag of step.tags ?? []) await page.getByRole("checkbox", { name: tag }).check();
  if (step.complaint) await page.getByRole("checkbox", { name: /Pengaduan saya kepada perusahaan/ }).check();
  if (step.stop) await page.getByRole("checkbox", { name: /Saya meminta mereka berhenti/ }).check();
}

test("the seed-000 runaround: timeline, runaround figures, waiting and overdue status, due date, calendar file", async ({ page, browser }) => {
  await signUp(page);
  await logSms(page, {
    sender: "TokoXYZ",
    when: "2026-11-01T10:00",
    text: "TokoXYZ PayLater: cicilan 0% tanpa kartu kredit! Aktifkan sekarang.",
    category: "Pinjaman",
  });
  const caseUrl = new URL(page.url()).pathname;
  await expect(page.getByText("Baru: belum ada pengaduan")).toBeVisible();

  await page.getByRole("link", { name: "Catat pesan dengan layanan pelanggannya" }).click();
  await expect(page.getByRole("heading", { name: "Catat pesan dengan layanan pelanggan" })).toBeVisible();

  // Unhappy paths first: nothing typed is lost.
  await page.getByLabel("Di mana?").selectOption({ label: "X (Twitter)" });
  await page.getByLabel("Akun atau alamat mereka (opsional)").fill("@TokoXYZ");
  await page.getByLabel("Kapan?").fill("2026-10-01T09:00");
  await expect(page.getByText("Ini sebelum pesan pertama dari mereka yang Anda catat.")).toBeVisible();
  await page.getByLabel("Kapan?").fill("2099-01-01T09:00");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Ketik apa yang disampaikan, atau lampirkan tangkapan layar.")).toBeVisible();
  await expect(page.getByText("Waktu ini masih di masa depan.")).toBeVisible();
  await expect(page.getByLabel("Akun atau alamat mereka (opsional)")).toHaveValue("@TokoXYZ");
  await checkPage(page, "exchange-errors");

  for (const [index, step] of SEED_000.entries()) {
    await fillStep(page, step);
    if (index === 0) await checkPage(page, "exchange-new");
    const last = index === SEED_000.length - 1;
    await page.getByRole("button", { name: last ? "Simpan" : "Simpan dan tambah pesan berikutnya", exact: true }).click();
    if (!last) {
      await expect(page.getByRole("heading", { name: "Tambah pesan berikutnya" })).toBeVisible();
      // The next message keeps channel and account, flips the direction, and starts a minute later.
      await expect(page.getByRole("radio", { name: step.who === "Saya menulis" ? "Mereka membalas" : "Saya menulis", exact: true })).toBeChecked();
      await expect(page.getByLabel("Kapan?")).toHaveValue(new RegExp(`^${step.at.slice(0, 14)}`));
    }
  }
  await expect(page.getByRole("status").filter({ hasText: "Tersimpan. Pesan sudah ada di linimasa." })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe(caseUrl);

  // The case page shows the newest entries; the whole timeline has pages of its own, oldest first.
  const timeline = page.getByRole("list", { name: "Linimasa" });
  const newest = await timeline.getByRole("article").allInnerTexts();
  expect(newest).toHaveLength(4);
  SEED_000.slice(-4).forEach((step, i) => expect(newest[i]).toContain(step.text));
  await expect(page.getByText(`4 entri terbaru dari ${SEED_000.length + 1}.`)).toBeVisible();
  await page.getByRole("link", { name: `${SEED_000.length + 1 - 4} entri sebelumnya — lihat seluruh linimasa` }).click();
  await expect(page.getByRole("heading", { name: "Seluruh linimasa: TokoXYZ" })).toBeVisible();
  // Fifteen entries: one page of the whole timeline.
  const texts = await timeline.getByRole("article").allInnerTexts();
  await expect(page.getByText(/^Halaman \d/)).toHaveCount(0);
  expect(texts).toHaveLength(SEED_000.length + 1);
  expect(texts[0]).toContain("TokoXYZ PayLater");
  SEED_000.forEach((step, i) => expect(texts[i + 1]).toContain(step.text));
  await page.getByRole("link", { name: "← Kembali ke kasus" }).click();
  await expect(page.getByRole("heading", { name: "Pengirim TokoXYZ" })).toBeVisible();

  await expect(page.getByText("Menunggu balasan mereka")).toBeVisible();
  // The answer deadline binds a licensed firm towards its customers: until the user says so, the date passes without calling anyone late.
  await expect(page.getByText("Ini hanya berlaku jika pengirim adalah perusahaan berizin OJK dan Anda nasabahnya")).toBeVisible();
  await expect(page.getByText("Lewat tenggat — Anda bisa mengadu ke OJK.")).toHaveCount(0);
  await answerCase(page, { licensed: "Ya", customer: "Ya" });
  await backToCase(page);
  await expect(page.getByText("Lewat tenggat — Anda bisa mengadu ke OJK.")).toBeVisible();
  await expect(page.getByText("Balasan paling lambat Senin, 16 November 2026")).toBeVisible();
  await expect(page.getByText("Anda pertama kali meminta mereka berhenti pada 2 November 2026")).toBeVisible();
  const figures = page.getByRole("list", { name: "Dioper-oper, dalam angka" });
  const figure = (label: string) => figures.getByRole("listitem").filter({ hasText: label });
  await expect(figure("Balasan pertama setelah")).toContainText("20 menit");
  await expect(figure("Dioper ke tempat lain")).toContainText("1 kali");
  await expect(figure("Diminta data lagi")).toContainText("2 kali");
  const days = Math.floor((Date.now() - Date.parse("2026-11-02T14:45:00+07:00")) / 86_400_000);
  await expect(figure("Menunggu sejak pesan terakhir Anda")).toContainText(`${days} hari`);
  await checkPage(page, "case-exchanges");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tambahkan tenggat ke kalender saya" }).first().click();
  const file = await (await download).path();
  const ics = await import("node:fs/promises").then((fs) => fs.readFile(file, "utf8"));
  expect(ics).toContain("DTSTART;VALUE=DATE:20261116");
  expect(ics).toContain("SUMMARY:Tenggat balasan dari TokoXYZ");

  await page.getByRole("link", { name: "Kasus saya", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Perlu perhatian (1)" })).toBeVisible();
  await checkPage(page, "cases-attention");

  // Another user sees none of it.
  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  for (const url of [`${caseUrl}/exchanges/new`, `${caseUrl}/deadline.ics`]) {
    expect((await intruder.request.get(url)).status(), url).toBe(404);
  }
  await intruderContext.close();

  // The user's own word ends the clock.
  await page.getByRole("link", { name: "TokoXYZ" }).first().click();
  await page.getByLabel("Status").selectOption({ label: "Selesai" });
  await page.getByRole("button", { name: "Simpan status" }).click();
  await expect(page.getByText("Status tersimpan.")).toBeVisible();
  await expect(page.getByText("Lewat tenggat — Anda bisa mengadu ke OJK.")).toHaveCount(0);
  await expect(page.getByText("Selesai", { exact: true }).first()).toBeVisible();
});

test("edit and delete a message; another user gets 404 for its edit page", async ({ page, browser }) => {
  await signUp(page);
  await logSms(page, { sender: "0812-3333-4444", when: "2026-11-10T09:00", text: "Asuransi jiwa murah, hubungi kami", category: "Asuransi" });
  await page.getByRole("link", { name: "Catat pesan dengan layanan pelanggannya" }).click();
  await fillStep(page, {
    who: "Saya menulis",
    where: "Telepon",
    handle: "1500-123",
    at: "2026-11-10T10:00",
    text: "Saya minta nomor saya dihapus dari daftar.",
    complaint: true,
  });
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Saya minta nomor saya dihapus dari daftar.")).toBeVisible();
  // A spoken complaint: 5 working days (POJK 22/2023 Pasal 74).
  await expect(page.getByText(/Balasan paling lambat Selasa, 17 November 2026/)).toBeVisible();

  await page.getByRole("link", { name: /^Ubah pesan/ }).click();
  const editUrl = page.url();
  await page.getByLabel("Yang Anda tulis atau katakan").fill("Saya minta nomor saya dihapus. Petugas: Rina.");
  await page.getByLabel("Nomor tiket atau referensi (opsional)").fill("TK-889");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Tiket TK-889")).toBeVisible();

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  expect((await intruder.goto(editUrl))?.status()).toBe(404);
  await intruderContext.close();

  await page.getByRole("link", { name: /^Ubah pesan/ }).click();
  await page.getByRole("button", { name: "Hapus pesan ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByText("Pesan telah dihapus.")).toBeVisible();
  await expect(page.getByText("Petugas: Rina")).toHaveCount(0);
  await expect(page.getByText("Baru: belum ada pengaduan")).toBeVisible();
});
