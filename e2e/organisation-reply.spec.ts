import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { checkPage, logSms, signUp } from "./fixtures";

/** Runs a CLI script against the e2e server's data, as an operator would. */
function cli(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    env: { ...process.env, DATA_DIR: ".e2e-data" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

test("a verified organisation replies, states and disputes; the public, the reporter and the moderators see it", async ({ browser, page }) => {
  const id = randomUUID().slice(0, 8);
  const sender = `0812-75${String(Math.floor(Math.random() * 100)).padStart(2, "0")}-${String(Math.floor(Math.random() * 10_000)).padStart(4, "0")}`;
  const organisation = `Bank Uji ${id}`;

  // The reporter logs an SMS and shares the case.
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await signUp(reporter);
  await logSms(reporter, { sender, when: "2026-11-20T10:00", text: "Pinjaman cair hari ini tanpa jaminan", category: "Pinjaman" });
  const caseUrl = new URL(reporter.url()).pathname;
  await reporter.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await reporter.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(reporter.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();

  // A member of the sender's verified organisation (made with the CLI) opens its answer page.
  const memberEmail = await signUp(page, `cs-${id}@bank-${id}.test`);
  cli("scripts/org-member.ts", memberEmail, organisation, `bank-${id}.test`, sender);
  await page.goto(`/senders/search?q=${encodeURIComponent(sender)}`);
  await expect(page.getByRole("list", { name: "Laporan yang dibagikan, terbaru dulu" })).toBeVisible();
  const senderId = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.goto(`/organisation/senders/${senderId}`);
  await expect(page.getByRole("heading", { name: /^Jawab laporan tentang/ })).toBeVisible();
  const report = page.getByRole("listitem").filter({ hasText: "Pinjaman cair hari ini tanpa jaminan" });

  // An empty reply is refused with a translated message, and the form stays.
  await report.getByRole("button", { name: "Terbitkan balasan" }).click();
  await expect(report.getByText("Tulis balasan Anda terlebih dahulu.")).toBeVisible();
  await report.getByLabel("Balas secara publik").fill("Nomor ini sudah kami hapus dari daftar kampanye. Mohon maaf.");
  await report.getByRole("button", { name: "Terbitkan balasan" }).click();
  await expect(report.getByText("Sudah terbit di bawah laporan. Pelapor sudah diberi tahu.")).toBeVisible();
  await expect(report.getByRole("article", { name: `Balasan dari ${organisation}` })).toContainText("Nomor ini sudah kami hapus dari daftar kampanye.");
  await expect(report.getByLabel("Balas secara publik")).toHaveValue("");

  await report.getByText("Sanggah laporan ini").click();
  await report.getByLabel("Mengapa laporan ini keliru?").fill("Kami tidak mengirim SMS pinjaman pada tanggal itu.");
  await report.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(report.getByText("Terkirim: moderator akan memeriksanya.")).toBeVisible();

  await page.getByRole("radio", { name: "Kami sudah berhenti: ini yang kami lakukan" }).check();
  await page.getByLabel("Penjelasan (ini publik)").fill("Kampanye SMS dihentikan sejak 1 Desember.");
  await page.getByRole("button", { name: "Terbitkan pernyataan" }).click();
  await expect(page.getByText("Sudah terbit di halaman pengirim.")).toBeVisible();
  await expect(page.getByText(/Tampil sekarang: “Kami sudah berhenti/)).toBeVisible();
  await checkPage(page, "organisation-sender");
  await page.screenshot({ path: "/tmp/b-organisation-sender.png", fullPage: true });

  // Nobody else may open it.
  expect((await reporter.goto(`/organisation/senders/${senderId}`))?.status()).toBe(404);

  // The public page: the reply under the report, the statement, the figures with their denominators.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/senders/${senderId}`);
  const answer = visitor.getByRole("region", { name: "Jawaban perusahaan" });
  await expect(answer).toContainText("Kampanye SMS dihentikan sejak 1 Desember.");
  await expect(answer).toContainText("Menjawab 1 dari 1 laporan publik (100%).");
  await expect(answer).toContainText(/Median waktu menjawab: \d+ menit/);
  await expect(answer).toContainText("Hanya berdasarkan 1 laporan yang dijawab");
  const publicReply = visitor.getByRole("article", { name: `Balasan dari ${organisation}` });
  await expect(publicReply).toContainText("Nomor ini sudah kami hapus dari daftar kampanye.");
  await expect(publicReply).toContainText("organisasi terverifikasi");
  await checkPage(visitor, "sender-reply");
  await answer.screenshot({ path: "/tmp/b-public-answer.png" });
  await visitor.getByRole("list", { name: "Laporan yang dibagikan, terbaru dulu" }).screenshot({ path: "/tmp/b-public-reply.png" });

  // The reporter's timeline has it as a message from the company, which they cannot edit.
  await reporter.goto(caseUrl);
  const fromCompany = reporter
    .getByRole("list", { name: "Linimasa" })
    .getByRole("article")
    .filter({ hasText: "Nomor ini sudah kami hapus dari daftar kampanye." });
  await expect(fromCompany).toContainText("Balasan publik di Spamtrail");
  await expect(fromCompany).toContainText(organisation);
  await expect(fromCompany).toContainText("tidak dapat diubah");
  await expect(fromCompany.getByRole("link", { name: /^Ubah pesan/ })).toHaveCount(0);

  // The reporter flags the reply; an admin sees it and the dispute, and hides the reply.
  await reporter.goto(`/senders/${senderId}`);
  const flagged = reporter.getByRole("article", { name: `Balasan dari ${organisation}` });
  await flagged.getByText("Laporkan konten ini").click();
  await flagged.getByLabel("Mengapa moderator perlu melihatnya?").fill("Balasan ini tidak benar, SMS masih datang.");
  await flagged.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(flagged.getByText("Terima kasih: moderator akan memeriksanya.")).toBeVisible();

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  const adminEmail = await signUp(admin);
  cli("scripts/set-role.ts", adminEmail, "admin");
  await admin.goto("/admin");
  const queue = admin.getByRole("list", { name: /konten dilaporkan/ });
  const dispute = queue.getByRole("listitem").filter({ hasText: `Sanggahan dari ${organisation}` });
  await expect(dispute).toContainText("Kami tidak mengirim SMS pinjaman pada tanggal itu.");
  await expect(dispute).toContainText("Alasan dari organisasi:");
  const replyFlag = queue.getByRole("listitem").filter({ hasText: "Balasan ini tidak benar, SMS masih datang." });
  await expect(replyFlag).toContainText("Balasan organisasi");
  await replyFlag.getByLabel("Alasan (ditampilkan kepada orang yang membagikannya)").fill("Balasan menyesatkan");
  await replyFlag.getByRole("button", { name: "Sembunyikan dari publik" }).click();
  await expect(queue.getByRole("listitem").filter({ hasText: "Balasan ini tidak benar, SMS masih datang." })).toHaveCount(0);

  // Gone from the public page at once.
  await visitor.goto(`/senders/${senderId}`);
  await expect(visitor.getByRole("list", { name: "Laporan yang dibagikan, terbaru dulu" })).toContainText("Pinjaman cair hari ini tanpa jaminan");
  await expect(visitor.getByText("Nomor ini sudah kami hapus dari daftar kampanye.")).toHaveCount(0);
  await expect(visitor.getByRole("region", { name: "Jawaban perusahaan" })).toContainText("Menjawab 0 dari 1 laporan publik (0%).");
  await Promise.all([reporterContext.close(), visitorContext.close(), adminContext.close()]);
});
