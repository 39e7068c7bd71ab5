import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { linkIn, logSms, signUp, waitForMail } from "./fixtures";

function makeAdmin(email: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/set-role.ts", email, "admin"], {
    env: { ...process.env, DATA_DIR: ".e2e-data" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

/**
 * The whole right of reply, through the real forms only: a reporter shares a case, someone at the
 * sender's company claims it, an admin approves the claim, the company replies under the report;
 * the public page shows the reply, the reporter hears of it (bell and email) and finds it in the
 * case's timeline as a message from the company.
 */
test("a company verified by an admin replies publicly; the reporter is told and sees it in the case", async ({ browser, page }) => {
  const id = randomUUID().slice(0, 8);
  const domain = `bank-${id}.test`;
  const sender = `0812-76${id.slice(0, 2).replace(/\D/g, "1")}-${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;

  // The reporter logs an SMS and shares the case.
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  const reporterEmail = await signUp(reporter);
  await logSms(reporter, { sender, when: "2026-11-21T21:30", text: "Kartu kredit limit besar, balas YA", category: "Kartu kredit" });
  const caseUrl = new URL(reporter.url()).pathname;
  await reporter.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await reporter.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(reporter.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();

  // Someone at the bank claims the sender.
  const claimantEmail = await signUp(page, `pengaduan-${id}@${domain}`);
  await page.goto("/organisation");
  await page.getByLabel("Nama perusahaan").fill(`Bank Kartu ${id}`);
  await page.getByLabel("Nomor dan ID pengirim").fill(sender);
  await page.getByLabel("Jabatan Anda (untuk admin)").fill("Kepala layanan pengaduan");
  await page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(page.getByRole("heading", { name: "Klaim Anda menunggu admin" })).toBeVisible();
  // Before approval the claimant cannot answer anything.
  await expect(page.getByRole("link", { name: "Tanggapi laporan publiknya" })).toHaveCount(0);

  // An admin approves it.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  makeAdmin(await signUp(admin));
  await admin.goto("/admin");
  const claim = admin
    .getByRole("list", { name: /klaim oleh organisasi/ })
    .getByRole("listitem")
    .filter({ hasText: claimantEmail });
  await expect(claim).toContainText(`Email di ${domain}`);
  await claim.getByRole("button", { name: "Setujui" }).click();
  await expect(claim).toHaveCount(0);

  // The claimant is told, and answers from the organisation's page.
  await page.goto("/notifications");
  await expect(page.getByRole("list", { name: "Notifikasi Anda" })).toContainText(`Klaim Anda untuk Bank Kartu ${id} disetujui`);
  await page.goto("/organisation");
  await page.getByRole("link", { name: "Tanggapi laporan publiknya" }).click();
  const report = page.getByRole("listitem").filter({ hasText: "Kartu kredit limit besar, balas YA" });
  await report.getByLabel("Balas secara publik").fill("Mohon maaf. Nomor Anda sudah kami keluarkan dari daftar penawaran.");
  await report.getByRole("button", { name: "Terbitkan balasan" }).click();
  await expect(report.getByText("Sudah terbit di bawah laporan. Pelapor sudah diberi tahu.")).toBeVisible();

  // The public page shows it beside the report, with the organisation's name.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/senders/search?q=${encodeURIComponent(sender)}`);
  await expect(visitor.getByRole("article", { name: `Balasan dari Bank Kartu ${id}` })).toContainText("Nomor Anda sudah kami keluarkan");
  await expect(visitor.getByRole("region", { name: "Jawaban perusahaan" })).toContainText("Menjawab 1 dari 1 laporan publik (100%).");
  // …and nothing private of the reporter.
  await expect(visitor.getByText(reporterEmail)).toHaveCount(0);

  // The reporter's bell rings; the notification opens the case, where the reply is a message from the company.
  await reporter.goto("/cases");
  await reporter.getByRole("link", { name: "Notifikasi, 1 belum dibaca" }).click();
  await reporter
    .getByRole("list", { name: "Notifikasi Anda" })
    .getByRole("link")
    .filter({ hasText: `Bank Kartu ${id} membalas laporan Anda secara publik.` })
    .click();
  await expect(reporter).toHaveURL(new RegExp(`${caseUrl}$`));
  const fromCompany = reporter.getByRole("list", { name: "Linimasa" }).getByRole("article").filter({ hasText: "Nomor Anda sudah kami keluarkan" });
  await expect(fromCompany).toContainText("Balasan publik di Spamtrail");
  await expect(fromCompany).toContainText(`Bank Kartu ${id}`);
  await expect(reporter.getByRole("link", { name: "Notifikasi", exact: true })).toBeVisible();

  // And by email, with a link to the case and one to stop such emails.
  const mail = await waitForMail(reporterEmail, 2);
  expect(mail.subject).toBe("Perusahaan membalas laporan Anda");
  expect(mail.text).toContain(`Bank Kartu ${id} membalas laporan Anda secara publik.`);
  expect(mail.text).toContain(caseUrl);
  expect(linkIn(mail, "/unsubscribe")).toContain("token=");
  await Promise.all([reporterContext.close(), adminContext.close(), visitor.context().close()]);
});
