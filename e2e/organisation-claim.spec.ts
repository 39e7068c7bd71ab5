import { randomUUID } from "node:crypto";
import { spawnSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { checkPage, logSms, signUp } from "./fixtures";

/** The first admin is made on the server with the CLI, as the README says. */
function makeAdmin(email: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/set-role.ts", email, "admin"], {
    env: { ...process.env, DATA_DIR: ".e2e-data" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

/** A reporter shares a case with incidents about `sender`. */
async function sharedCase(browser: Browser, sender: string, texts: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signUp(page);
  for (const [index, text] of texts.entries()) {
    if (index > 0) await page.goto("/incidents/new");
    await logSms(page, { sender, when: `2026-11-2${index}T10:00`, text, category: "Pinjaman" });
  }
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  return page;
}

async function newAdmin(browser: Browser): Promise<Page> {
  const admin = await (await browser.newContext()).newPage();
  makeAdmin(await signUp(admin));
  return admin;
}

test("a company claims its sender: refused once with a reason, approved on the second claim; a look-alike domain cannot be approved", async ({
  page,
  browser,
}) => {
  const id = randomUUID().slice(0, 8);
  const domain = `bank-${id}.test`;
  await sharedCase(browser, "0812-7310-1111", ["Pinjaman cair hari ini, klik tautan"]);
  await page.goto("/organisation");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forganisation/);

  // Someone at the bank claims the sender, from the profile page.
  await signUp(page, `cs-${id}@${domain}`);
  await page.goto("/profile");
  await page.getByRole("link", { name: "Tanggapi sebagai perusahaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Untuk perusahaan" })).toBeVisible();
  await expect(page.getByLabel("Domain resmi")).toHaveValue(domain);
  await page.getByLabel("Nama perusahaan").fill("Bank Contoh");
  await page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(page.getByText("Isi setidaknya satu nomor atau ID pengirim.")).toBeVisible();
  await page.getByLabel("Nomor dan ID pengirim").fill("0812 7310 1111\nTIDAKADA77");
  await page.getByLabel("Jabatan Anda (untuk admin)").fill("Staf layanan pelanggan");
  await checkPage(page, "organisation-claim");
  await page.screenshot({ path: "/tmp/a-organisation-claim.png", fullPage: true });
  await page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(page.getByText("“TIDAKADA77” belum ada di Spamtrail dengan halaman publik. Periksa lagi, atau hapus baris itu.")).toBeVisible();
  // Nothing typed is lost.
  await expect(page.getByLabel("Nama perusahaan")).toHaveValue("Bank Contoh");
  await expect(page.getByLabel("Nomor dan ID pengirim")).toHaveValue("0812 7310 1111\nTIDAKADA77");
  await expect(page.getByLabel("Jabatan Anda (untuk admin)")).toHaveValue("Staf layanan pelanggan");
  await page.getByLabel("Nomor dan ID pengirim").fill("0812 7310 1111");
  await page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(page.getByRole("heading", { name: "Klaim Anda menunggu admin" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Pengirim yang diklaim" })).toContainText("+62 812 7310 1111");
  await expect(page.getByRole("button", { name: "Kirim klaim" })).toHaveCount(0);
  await checkPage(page, "organisation-waiting");
  await page.screenshot({ path: "/tmp/a-organisation-waiting.png", fullPage: true });

  // Someone at a look-alike domain claims the same sender for the real domain.
  const impostor = await (await browser.newContext()).newPage();
  const impostorEmail = await signUp(impostor, `cs-${id}@evil${domain}`);
  await impostor.goto("/organisation");
  await impostor.getByLabel("Nama perusahaan").fill("Bank Contoh");
  await impostor.getByLabel("Domain resmi").fill(domain);
  await impostor.getByLabel("Nomor dan ID pengirim").fill("+62 812 7310 1111");
  await impostor.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(impostor.getByRole("heading", { name: "Klaim Anda menunggu admin" })).toBeVisible();

  // The admin's queue says who is at the domain; the look-alike cannot be approved.
  const admin = await newAdmin(browser);
  await admin.goto("/admin");
  const claims = admin.getByRole("list", { name: /klaim oleh organisasi/ });
  const impostorClaim = claims.getByRole("listitem").filter({ hasText: impostorEmail });
  const realClaim = claims.getByRole("listitem").filter({ hasText: `cs-${id}@${domain}` });
  await expect(impostorClaim).toContainText(`Email TIDAK di ${domain}`);
  await expect(realClaim).toContainText(`Email di ${domain}`);
  await expect(realClaim).toContainText("Staf layanan pelanggan");
  await checkPage(admin, "admin-claims");
  await admin.getByRole("heading", { name: /klaim oleh organisasi/ }).scrollIntoViewIfNeeded();
  await admin.screenshot({ path: "/tmp/a-admin-claims.png", fullPage: true });
  await impostorClaim.getByRole("button", { name: "Setujui" }).click();
  await expect(impostorClaim.getByText("Tidak bisa disetujui: email pengklaim tidak berada di domain ini.")).toBeVisible();
  await impostorClaim.getByLabel("Alasan (untuk menolak; pengklaim membacanya)").fill("Email Anda tidak di domain resmi bank.");
  await impostorClaim.getByRole("button", { name: "Tolak" }).click();
  await expect(impostorClaim).toHaveCount(0);

  // The real claimant is refused once, with a reason.
  await realClaim.getByRole("button", { name: "Tolak" }).click();
  await expect(realClaim.getByText("Jelaskan alasannya dalam beberapa kata.")).toBeVisible();
  await realClaim.getByLabel("Alasan (untuk menolak; pengklaim membacanya)").fill("Sebutkan jabatan Anda di bank.");
  await realClaim.getByRole("button", { name: "Tolak" }).click();
  // Other tests leave claims of their own in the queue: wait for this one to leave it.
  await expect(realClaim).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Klaim Anda ditolak" })).toBeVisible();
  await expect(page.getByText("Sebutkan jabatan Anda di bank.")).toBeVisible();
  await expect(page.getByLabel("Nama perusahaan")).toHaveValue("Bank Contoh");
  await page.getByLabel("Jabatan Anda (untuk admin)").fill("Manajer layanan pelanggan");
  await page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(page.getByRole("heading", { name: "Klaim Anda menunggu admin" })).toBeVisible();

  // Approved on the second claim.
  await admin.reload();
  const secondClaim = claims.getByRole("listitem").filter({ hasText: "Manajer layanan pelanggan" });
  await secondClaim.getByRole("button", { name: "Setujui" }).click();
  await expect(secondClaim).toHaveCount(0);
  const audit = admin.getByRole("list", { name: "Log audit" });
  await expect(audit).toContainText("menyetujui klaim");
  await expect(audit).toContainText("menolak klaim");

  // The member's page: the organisation, its sender, and its complaint contact.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Bank Contoh" })).toBeVisible();
  const verified = page.getByRole("list", { name: "Pengirim Anda yang terverifikasi" });
  await expect(verified).toContainText("+62 812 7310 1111");
  await expect(verified.getByRole("link", { name: "Tanggapi laporan publiknya" })).toHaveAttribute("href", /^\/organisation\/senders\/[0-9a-f-]{36}$/);
  await page.getByLabel("Alamat web, email, atau telepon").fill("telepon kami saja");
  await page.getByRole("button", { name: "Simpan kontak" }).click();
  await expect(page.getByText("Isi alamat web (https://…), alamat email, atau nomor telepon.")).toBeVisible();
  await page.getByLabel("Alamat web, email, atau telepon").fill(`https://${domain}/pengaduan`);
  await page.getByRole("button", { name: "Simpan kontak" }).click();
  await expect(page.getByText("Tersimpan. Halaman pengirim Anda menampilkannya.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Alamat web, email, atau telepon")).toHaveValue(`https://${domain}/pengaduan`);
  await checkPage(page, "organisation-member");
  await page.screenshot({ path: "/tmp/a-organisation-member.png", fullPage: true });

  // The sender's public page now names the organisation.
  await verified.getByRole("link", { name: "Halaman publik" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bank Contoh");
});

test("an admin restores hidden content: it is back on the public page", async ({ page, browser }) => {
  await sharedCase(browser, "0812-7310-2222", ["Pinjaman cair hari ini", "Pesan ini disembunyikan lalu dipulihkan"]);
  await signUp(page);
  await page.goto("/senders/search?q=0812-7310-2222");
  const senderPath = new URL(page.url()).pathname;
  const report = page.getByRole("listitem").filter({ hasText: "Pesan ini disembunyikan lalu dipulihkan" });
  await report.getByText("Laporkan konten ini").click();
  await report.getByLabel("Mengapa moderator perlu melihatnya?").fill("Saya kira ini data pribadi orang lain.");
  await report.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(report.getByText("Terima kasih: moderator akan memeriksanya.")).toBeVisible();

  const admin = await newAdmin(browser);
  await admin.goto("/admin");
  const flagged = admin
    .getByRole("list", { name: /konten dilaporkan/ })
    .getByRole("listitem")
    .filter({ hasText: "Pesan ini disembunyikan lalu dipulihkan" });
  await flagged.getByLabel("Alasan (ditampilkan kepada orang yang membagikannya)").fill("Data pribadi");
  await flagged.getByRole("button", { name: "Sembunyikan dari publik" }).click();
  const hidden = admin
    .getByRole("list", { name: "Konten yang disembunyikan" })
    .getByRole("listitem")
    .filter({ hasText: "Pesan ini disembunyikan lalu dipulihkan" });
  await expect(hidden).toContainText("Data pribadi");
  await page.goto(senderPath);
  await expect(page.getByText("Pinjaman cair hari ini")).toBeVisible();
  await expect(page.locator("body")).not.toContainText("Pesan ini disembunyikan lalu dipulihkan");

  // On a second look it was fine: shown again, logged.
  await hidden.getByRole("button", { name: "Tampilkan lagi" }).click();
  await expect(hidden).toHaveCount(0);
  await expect(admin.getByRole("list", { name: "Log audit" })).toContainText("menampilkan lagi");
  await page.goto(senderPath);
  await expect(page.getByText("Pesan ini disembunyikan lalu dipulihkan")).toBeVisible();
});
