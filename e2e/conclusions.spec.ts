import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfText } from "../lib/testing/pdf-text";
import { answerCase, backToCase, checkPage, emailComplaint, logSms, openRoutes, openRules, signUp } from "./fixtures";

/** Conclusions exactly as strong as the law (the audit's findings, lib/regressions.test.ts): who is licensed, who is a customer, which day is a holiday. */

const RULES = "Aturan yang dilanggar atau mungkin dilanggar pengirim ini";
const ROUTES = "Apa yang bisa saya lakukan?";

const pdfOf = async (page: Page, link: string) => {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  return (await pdfText(new Uint8Array(await readFile((await (await download).path())!)))).text;
};

/** A route on the routes page, with its reasons and conditions. */
const route = (page: Page, name: RegExp) =>
  page
    .getByRole("region", { name: ROUTES })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name }) });
/** A route's line on the case page: its name, when, and its button. */
const routeLine = (page: Page, name: RegExp) => page.getByRole("region", { name: ROUTES }).getByRole("listitem").filter({ hasText: name });
/** A conclusion's line on the case page. */
const ruleLine = (page: Page, name: RegExp) =>
  page
    .getByRole("region", { name: RULES })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name }) });

test("a never-consented loan SMS from a licensed bank breaks Art 39(1) only; the hours are said with it, and the OJK letter names only OJK's rules", async ({
  page,
}) => {
  await signUp(page);
  await logSms(page, { sender: "BANKMAJU", when: "2026-11-22T19:45", text: "Pinjaman cair 10 juta tanpa jaminan!", category: "Pinjaman" });
  // Not answered yet: the licence decides whether POJK 22/2023 binds the sender at all, and the case page says "may" too.
  await expect(ruleLine(page, /Penawaran tanpa persetujuan Anda/)).toContainText("Mungkin melanggar");
  await expect(routeLine(page, /Satgas PASTI/)).toContainText("Mungkin berlaku");
  await openRoutes(page);
  await expect(route(page, /Satgas PASTI/)).toContainText("Hanya jika pengirim tidak berizin OJK.");
  await backToCase(page);
  await openRules(page);
  const rules = page.getByRole("region", { name: RULES });
  await expect(rules.getByRole("heading", { name: /Penawaran tanpa persetujuan Anda/ })).toContainText("Mungkin melanggar");
  await expect(rules).toContainText("Aturan ini hanya mengikat perusahaan berizin OJK.");

  await answerCase(page, { licensed: "Ya" });
  await expect(rules.getByRole("heading", { name: /Penawaran tanpa persetujuan Anda/ })).toContainText("Melanggar");
  // Art 39(4)(a) governs offers made after consent: here it only aggravates the 39(1) breach.
  await expect(rules.getByRole("heading", { name: /Di luar hari dan jam yang diizinkan/ })).toHaveCount(0);
  await expect(rules).toContainText("1 kontak ini juga bertentangan dengan aturan “Di luar hari dan jam yang diizinkan”");
  await expect(rules).toContainText("Pasal 39 ayat (1)");
  await backToCase(page);
  await expect(ruleLine(page, /Penawaran tanpa persetujuan Anda/)).toContainText("Melanggar");
  await expect(ruleLine(page, /Penawaran tanpa persetujuan Anda/)).not.toContainText("Mungkin");
  await expect(routeLine(page, /Satgas PASTI/)).toHaveCount(0);
  await expect(routeLine(page, /Pengaduan Berindikasi Pelanggaran/)).not.toContainText("Mungkin berlaku");
  await checkPage(page, "case-licensed-bank");
  await openRoutes(page);
  await expect(route(page, /Satgas PASTI/)).toHaveCount(0);
  const ojk = route(page, /Pengaduan Berindikasi Pelanggaran/);
  await expect(ojk).toContainText("Pengirim ini melanggar 1 aturan yang ditegakkan lembaga ini.");
  await expect(ojk).not.toContainText("Mungkin berlaku");
  await checkPage(page, "case-licensed-bank-routes");

  await ojk.getByRole("link", { name: /^Siapkan pengaduan ini/ }).click();
  await expect(page.getByRole("heading", { name: "Pengaduan ke OJK: berindikasi pelanggaran" })).toBeVisible();
  const text = await pdfOf(page, "Unduh surat (PDF)");
  expect(text).toContain("Pasal 39 ayat (1)");
  expect(text).toContain("Pasal 39 ayat (4) huruf a");
  // Only what the user answered: they did not say whether they are a customer.
  expect(text).not.toContain("bukan nasabah");
  expect(text).not.toContain("UU 27/2022");
  expect(text).not.toContain("Anda mencatat");
});

test("the same SMS from an unlicensed lender: no OJK rule is claimed, and Satgas PASTI is the route", async ({ page }) => {
  await signUp(page);
  await logSms(page, { sender: "0813-9000-7777", when: "2026-11-22T19:45", text: "Pinjaman cair 10 juta tanpa jaminan! WA kami.", category: "Pinjaman" });
  await answerCase(page, { licensed: "Tidak" });
  const rules = page.getByRole("region", { name: RULES });
  await expect(rules).toContainText("Anda menjawab pengirim tidak berizin OJK");
  await expect(rules.getByRole("heading", { name: /Penawaran tanpa persetujuan Anda/ })).toHaveCount(0);
  await backToCase(page);
  await expect(ruleLine(page, /Penawaran tanpa persetujuan Anda/)).toHaveCount(0);
  await expect(routeLine(page, /Pengaduan Berindikasi Pelanggaran/)).toHaveCount(0);
  await openRoutes(page);
  await expect(route(page, /Pengaduan Berindikasi Pelanggaran/)).toHaveCount(0);
  await expect(route(page, /Satgas PASTI/)).toContainText("Bisa dilakukan sekarang");
  await expect(route(page, /Satgas PASTI/)).not.toContainText("Hanya jika");
  // Money lost: the Anti-Scam Centre comes in too.
  await expect(route(page, /Indonesia Anti-Scam Centre/)).toHaveCount(0);
  await backToCase(page);
  await answerCase(page, { loss: "Ya", lossAmount: "dua juta" });
  await expect(page.getByText("Masukkan jumlah dalam rupiah berupa angka, misalnya 2.500.000.")).toBeVisible();
  await expect(
    page.getByRole("group", { name: "Apakah pengirim adalah perusahaan jasa keuangan berizin OJK?" }).getByRole("radio", { name: "Tidak", exact: true }),
  ).toBeChecked();
  await page.getByLabel("Berapa, dalam rupiah?").fill("2.000.000");
  await page.getByRole("button", { name: "Simpan jawaban" }).click();
  await expect(page.getByText("Jawaban tersimpan; aturan, batas waktu dan jalur diperiksa ulang.")).toBeVisible();
  await backToCase(page);
  await expect(routeLine(page, /Indonesia Anti-Scam Centre/)).toContainText("Bisa dilakukan sekarang");
  const pasti = routeLine(page, /Satgas PASTI/);
  await expect(pasti).toContainText("Bisa dilakukan sekarang");
  await checkPage(page, "case-unlicensed-lender");

  // The main action stays one tap away on the case page.
  await pasti.getByRole("link", { name: /^Siapkan pengaduan ini/ }).click();
  const text = await pdfOf(page, "Unduh surat (PDF)");
  expect(text).toContain("Satgas PASTI");
  expect(text).not.toContain("POJK 22/2023");
  expect(text).not.toContain("Pasal 39");
});

test("a customer's written complaint of Monday 16 March 2026: due 31 March, or 7 April with cuti bersama off; overdue only after the later date and once the facts are given", async ({
  page,
}) => {
  await signUp(page);
  await logSms(page, { sender: "KARTUKU", when: "2026-03-12T10:00", text: "Limit kartu kredit Anda naik! Aktifkan sekarang.", category: "Kartu kredit" });
  const caseUrl = new URL(page.url()).pathname;
  await emailComplaint(page, "2026-03-16T10:00", "Saya keberatan atas kenaikan limit tanpa persetujuan saya.");

  const status = page.getByRole("region", { name: "Posisi kasus ini" });
  await expect(status).toContainText("Balasan paling lambat Selasa, 31 Maret 2026, atau Selasa, 7 April 2026 jika perusahaan libur pada hari cuti bersama");
  // Not yet known to be a customer of a licensed firm: the date passed, but nobody is called late.
  await expect(status).toContainText("Ini hanya berlaku jika pengirim adalah perusahaan berizin OJK dan Anda nasabahnya");
  await expect(status.getByText("Lewat tenggat — Anda bisa mengadu ke OJK.")).toHaveCount(0);

  await answerCase(page, { licensed: "Ya", customer: "Ya", loss: "Ya", lossAmount: "750.000" });
  await backToCase(page);
  await expect(status.getByText("Lewat tenggat — Anda bisa mengadu ke OJK.")).toBeVisible();
  await checkPage(page, "case-both-readings");
  await page.getByRole("link", { name: "Kasus saya", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Perlu perhatian (1)" })).toBeVisible();
  await expect(page.getByText("Balasan seharusnya paling lambat 7 Apr 2026.", { exact: false })).toBeVisible();

  await page.goto(caseUrl);
  await routeLine(page, /Pengaduan Berindikasi Sengketa/)
    .getByRole("link", { name: /^Siapkan pengaduan ini/ })
    .click();
  await expect(page.getByRole("heading", { name: "Permohonan ke OJK: fasilitasi sengketa" })).toBeVisible();
  const text = await pdfOf(page, "Unduh surat (PDF)");
  // The letter names the later reading, the one the firm cannot dispute.
  expect(text).toContain("Selasa, 7 April 2026");
  expect(text).toContain("Permohonan Fasilitasi Penyelesaian Sengketa");
});

test("a debt collector calling a user's family on a Sunday breaks Art 62(2) on hours and third parties", async ({ page }) => {
  await signUp(page);
  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill("0821-4444-5555");
  await page.getByLabel("Kapan diterima?").fill("2026-11-22T20:30");
  await page.getByRole("group", { name: "Apakah Anda mengangkatnya?" }).getByRole("radio", { name: "Ya", exact: true }).check();
  await page.getByLabel("Tentang apa?").selectOption({ label: "Penagihan utang" });
  await page
    .getByRole("group", { name: /Apakah Anda pernah setuju dihubungi pada waktu ini/ })
    .getByRole("radio", { name: "Saya tidak pernah setuju" })
    .check();
  await page
    .getByRole("group", { name: "Siapa yang dihubungi penagih? (opsional)" })
    .getByRole("radio", { name: /Keluarga, rekan kerja atau kontak darurat saya/ })
    .check();
  await page
    .getByRole("group", { name: /Apakah mereka mengancam/ })
    .getByRole("radio", { name: "Tidak", exact: true })
    .check();
  await checkPage(page, "incident-debt-collection");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");

  await answerCase(page, { licensed: "Ya" });
  const rules = page.getByRole("region", { name: RULES });
  await expect(rules.getByRole("heading", { name: /Penagihan di luar hari dan jam yang diizinkan/ })).toContainText("Melanggar");
  await expect(rules.getByRole("heading", { name: /Penagihan kepada orang yang bukan debitur/ })).toContainText("Melanggar");
  await expect(rules.getByRole("heading", { name: /ancaman/ })).toHaveCount(0);
  // Offer rules are not debt-collection rules.
  await expect(rules.getByRole("heading", { name: /Penawaran tanpa persetujuan/ })).toHaveCount(0);
  await expect(rules).toContainText("Pasal 62 ayat (2) huruf c");
});

test("a sales call in Galicia on Jueves Santo: a regional holiday counts once the user sets their region", async ({ page }) => {
  await signUp(page);
  await page.goto("/profile");
  await page.getByLabel("Zona waktu").selectOption("Europe/Madrid");
  await page.getByLabel("Negara tempat tinggal Anda").selectOption({ label: "Spanyol" });
  // Spain has regions with holidays of their own: the choice appears with the country.
  await expect(page.getByLabel("Wilayah (opsional)")).toHaveValue("");
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.getByText("Profil tersimpan.")).toBeVisible();

  await page.goto("/incidents/new");
  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill("+34 612 345 678");
  await page.getByLabel("Kapan diterima?").fill("2026-04-02T10:00");
  await page.getByRole("group", { name: "Apakah Anda mengangkatnya?" }).getByRole("radio", { name: "Ya", exact: true }).check();
  await page.getByLabel("Tentang apa?").selectOption({ label: "Promo operator seluler" });
  await page.getByRole("radio", { name: "Saya pernah setuju" }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  const caseUrl = page.url();
  await openRules(page);
  const rules = page.getByRole("region", { name: RULES });
  await expect(rules.getByRole("heading", { name: /Telepon komersial di luar jam yang diizinkan/ })).toHaveCount(0);
  await expect(rules).toContainText("Atur wilayah Anda di profil agar hari itu ikut diperiksa.");

  await page.goto("/profile");
  await page.getByLabel("Wilayah (opsional)").selectOption({ label: "Galicia" });
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.getByText("Profil tersimpan.")).toBeVisible();
  await checkPage(page, "profile-region");
  await page.goto(caseUrl);
  await expect(ruleLine(page, /Telepon komersial di luar jam yang diizinkan/)).toContainText("Mungkin melanggar");
  await openRules(page);
  const hours = rules.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Telepon komersial di luar jam yang diizinkan/ }) });
  await expect(hours).toContainText("TRLGDCU (RDLeg 1/2007), art. 96.2");
  await expect(hours.getByRole("heading")).toContainText("Mungkin melanggar");
  await expect(rules).not.toContainText("Atur wilayah Anda di profil");

  // Another country has no regions: the choice goes, and nothing hidden is left set.
  await page.goto("/profile");
  await page.getByLabel("Negara tempat tinggal Anda").selectOption({ label: "Prancis" });
  await expect(page.getByLabel("Wilayah (opsional)")).toHaveCount(0);
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.getByText("Profil tersimpan.")).toBeVisible();
});

test("the firm answers in OJK's portal: the user's 10 working days to respond show on the case and under Needs attention, until they respond", async ({
  page,
}) => {
  await signUp(page);
  await logSms(page, { sender: "PINJAMCEPAT", when: "2026-11-22T19:45", text: "Pinjaman cair hari ini!", category: "Pinjaman" });
  const caseUrl = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Catat pesan dengan layanan pelanggannya" }).click();
  await page.getByRole("radio", { name: "Mereka membalas", exact: true }).check();
  await page.getByLabel("Di mana?").selectOption({ label: "Email" });
  // Today: the window is open, whatever day the suite runs.
  await page.getByRole("button", { name: "Sekarang" }).click();
  await page.getByLabel("Yang mereka tulis atau katakan").fill("Tanggapan PUJK atas pengaduan Anda di APPK: nomor Anda sudah kami hapus.");
  await page.getByRole("checkbox", { name: "Menjawab di portal pengaduan OJK (APPK)" }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Tersimpan. Pesan sudah ada di linimasa.")).toBeVisible();

  const status = page.getByRole("region", { name: "Posisi kasus ini" });
  await expect(status).toContainText("Perusahaan menjawab di portal OJK pada");
  await expect(status).toContainText("Anda punya 10 hari kerja untuk menanggapinya di sana, atau OJK menyatakan pengaduan selesai.");
  await expect(status).toContainText("Langkah Anda: paling lambat");
  await page.getByRole("link", { name: "Kasus saya", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Perlu perhatian (1)" })).toBeVisible();
  await expect(page.getByText(/Langkah Anda paling lambat/)).toBeVisible();

  await page.goto(`${caseUrl}/exchanges/new`);
  await page.getByLabel("Di mana?").selectOption({ label: "Email" });
  await page.getByRole("button", { name: "Sekarang" }).click();
  await page.getByLabel("Yang Anda tulis atau katakan").fill("Tanggapan saya di APPK: SMS masih datang.");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(status).toContainText("Selesai: Anda sudah melakukan langkah ini.");
  await page.getByRole("link", { name: "Kasus saya", exact: true }).click();
  await expect(page.getByRole("heading", { name: /Perlu perhatian/ })).toHaveCount(0);
});
