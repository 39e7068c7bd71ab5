import { spawnSync } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { checkPage, linkIn, logSms, mailsTo, signUp, waitForMail } from "./fixtures";

/** The first admin is made on the server with the CLI, as the README says. */
function makeAdmin(email: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/set-role.ts", email, "admin"], {
    env: { ...process.env, DATA_DIR: ".e2e-data" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

/** A reporter shares a case with one incident about `sender`. */
async function sharedCase(browser: Browser, sender: string, text: string): Promise<{ page: Page; email: string }> {
  const page = await (await browser.newContext()).newPage();
  const email = await signUp(page);
  await logSms(page, { sender, when: "2026-11-20T10:00", text, category: "Pinjaman" });
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  return { page, email };
}

test("notifications: a hidden report rings the bell, opens from the list, is emailed once with a one-click unsubscribe that works signed out", async ({
  page,
  browser,
}) => {
  const reporter = await sharedCase(browser, "0812-7300-9191", "Dasar kalian semua penipu bodoh");
  const sharePath = new URL(reporter.page.url()).pathname;

  // Nothing yet: the bell has no count.
  await reporter.page.goto("/cases");
  await expect(reporter.page.getByRole("link", { name: "Notifikasi", exact: true })).toBeVisible();

  // A reader flags the report, an admin hides it with a reason.
  await signUp(page);
  await page.goto("/senders/search?q=0812-7300-9191");
  const abusive = page.getByRole("listitem").filter({ hasText: "Dasar kalian semua penipu bodoh" });
  await abusive.getByText("Laporkan konten ini").click();
  await abusive.getByLabel("Mengapa moderator perlu melihatnya?").fill("Ini makian.");
  await abusive.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(abusive.getByText("Terima kasih: moderator akan memeriksanya.")).toBeVisible();
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  makeAdmin(await signUp(admin));
  await admin.goto("/admin");
  const item = admin
    .getByRole("list", { name: /konten dilaporkan/ })
    .getByRole("listitem")
    .filter({ hasText: "Dasar kalian semua penipu bodoh" });
  await item.getByLabel("Alasan (ditampilkan kepada orang yang membagikannya)").fill("Bahasa kasar");
  await item.getByRole("button", { name: "Sembunyikan dari publik" }).click();
  await expect(item).toBeHidden();
  await adminContext.close();

  // The bell counts it, on private pages and on cached public ones (from /api/viewer).
  await reporter.page.goto("/cases");
  const bell = reporter.page.getByRole("link", { name: "Notifikasi, 1 belum dibaca" });
  await expect(bell).toBeVisible();
  await reporter.page.getByRole("banner").screenshot({ path: "/tmp/c-bell.png" });
  await reporter.page.goto("/senders/search?q=0812-7300-9191");
  await expect(reporter.page.getByRole("link", { name: "Notifikasi, 1 belum dibaca" })).toBeVisible();

  // The list: the text in Indonesian, marked new (not by colour alone); opening it marks it read.
  await reporter.page.getByRole("link", { name: "Notifikasi, 1 belum dibaca" }).click();
  await expect(reporter.page.getByRole("heading", { name: "Notifikasi", level: 1 })).toBeVisible();
  const entry = reporter.page.getByRole("list", { name: "Notifikasi Anda" }).getByRole("link");
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("Baru");
  await expect(entry).toContainText("Moderator menyembunyikan sebagian laporan publik Anda. Alasan: Bahasa kasar");
  await checkPage(reporter.page, "notifications");
  await reporter.page.screenshot({ path: "/tmp/c-notifications.png", fullPage: true });
  await entry.click();
  await expect(reporter.page).toHaveURL(new RegExp(`${sharePath}$`));
  await expect(reporter.page.getByRole("link", { name: "Notifikasi", exact: true })).toBeVisible();
  await reporter.page.goto("/notifications");
  await expect(reporter.page.getByRole("list", { name: "Notifikasi Anda" }).getByRole("link")).not.toContainText("Baru");
  await expect(reporter.page.getByRole("button", { name: "Tandai semua sudah dibaca" })).toBeHidden();

  // The email, sent by the job, once.
  const mail = await waitForMail(reporter.email);
  expect(mail.subject).toBe("Moderator menyembunyikan sebagian laporan publik Anda");
  expect(mail.text).toContain("Alasan: Bahasa kasar");
  expect(mail.text).toContain(sharePath);
  const unsubscribe = linkIn(mail, "/unsubscribe");

  // A forged link changes nothing and says so.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(unsubscribe.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
  await expect(stranger.getByRole("heading", { name: "Tautan ini tidak berfungsi" })).toBeVisible();
  expect((await stranger.request.post(`/api/unsubscribe?token=forged`)).status()).toBe(400);

  // Opened signed out: that kind of email is off at once.
  await stranger.goto(unsubscribe);
  await expect(stranger.getByRole("heading", { name: "Email dimatikan" })).toBeVisible();
  await checkPage(stranger, "unsubscribe");
  await stranger.screenshot({ path: "/tmp/c-unsubscribe.png", fullPage: true });
  await reporter.page.goto("/profile");
  const hiddenKind = reporter.page.getByRole("checkbox", { name: "moderator menyembunyikan sebagian laporan publik saya" });
  await expect(hiddenKind).not.toBeChecked();
  await expect(reporter.page.getByRole("checkbox", { name: "perusahaan membalas laporan saya secara publik" })).toBeChecked();

  // "Turn it back on", still signed out.
  await stranger.getByRole("button", { name: "Nyalakan lagi email ini" }).click();
  await expect(stranger.getByRole("heading", { name: "Email dinyalakan lagi" })).toBeVisible();
  await reporter.page.reload();
  await expect(hiddenKind).toBeChecked();

  // The mail app's one-click POST (RFC 8058) turns it off too; the profile form turns it on again.
  expect((await stranger.request.post(`/api/unsubscribe?token=${new URL(unsubscribe, "http://x").searchParams.get("token")}`)).status()).toBe(200);
  await reporter.page.reload();
  await expect(hiddenKind).not.toBeChecked();
  await hiddenKind.check();
  await reporter.page.getByLabel("Cukup satu email sehari (ringkasan)").check();
  await reporter.page.getByRole("button", { name: "Simpan pengaturan email" }).click();
  await expect(reporter.page.getByText("Pengaturan email tersimpan.")).toBeVisible();
  await reporter.page.reload();
  await expect(hiddenKind).toBeChecked();
  await expect(reporter.page.getByLabel("Cukup satu email sehari (ringkasan)")).toBeChecked();

  // Sent once only: the job has run many times since (every second).
  expect(mailsTo(reporter.email).filter((m) => m.subject === mail.subject)).toHaveLength(1);
});
