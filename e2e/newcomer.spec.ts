import { expect, test } from "@playwright/test";
import { logSms, signIn, signUp, uniqueEmail } from "./fixtures";

test("a newcomer signs up, logs an SMS and a call from one number in two formats, and finds one case", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Lelah dengan SMS spam dan telepon telemarketing?");
  await page.getByRole("link", { name: "Buat akun gratis" }).click();
  const email = await signUp(page, uniqueEmail("newcomer"));

  await logSms(page, { sender: "0812-3456-7890", when: "2026-11-20T21:15", text: "Pinjaman cepat cair tanpa jaminan! Balas YA.", category: "Pinjaman" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pengirim +62 812 3456 7890");

  await page.getByRole("link", { name: "Catat lagi dari pengirim ini" }).click();
  const sender = page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda");
  await expect(sender).toHaveValue("+62 812 3456 7890");
  await sender.fill("+62 812 3456 7890");
  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await page.getByLabel("Kapan diterima?").fill("2026-11-21T07:40");
  await page.getByRole("group", { name: "Apakah Anda mengangkatnya?" }).getByRole("radio", { name: "Ya", exact: true }).check();
  await page.getByLabel("Menit").fill("2");
  await page.getByLabel("Detik").fill("30");
  await page.getByLabel("Apa yang ditawarkan penelepon? (opsional)").fill("Kartu kredit tanpa iuran tahunan");
  await page.getByLabel("Tentang apa?").selectOption({ label: "Kartu kredit" });
  await page.getByRole("radio", { name: "Tidak yakin" }).check();
  await page.getByRole("radio", { name: "Saya sudah bilang di telepon" }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");

  const incidents = page.getByRole("article");
  await expect(incidents).toHaveCount(2);
  // Oldest first, each in the user's zone (WIB, UTC+7), stored as the right UTC instant.
  const times = incidents.locator("time");
  await expect(times.nth(0)).toHaveAttribute("datetime", "2026-11-20T14:15:00.000Z");
  await expect(times.nth(0)).toContainText("21.15");
  await expect(times.nth(0)).toContainText("WIB");
  await expect(times.nth(1)).toHaveAttribute("datetime", "2026-11-21T00:40:00.000Z");
  await expect(times.nth(1)).toContainText("07.40");
  await expect(incidents.nth(1)).toContainText("Durasi 2 mnt 30 dtk");
  await expect(incidents.nth(1)).toContainText("Kartu kredit tanpa iuran tahunan");

  await page.getByRole("link", { name: "Kasus saya" }).first().click();
  const cases = page.getByRole("main").getByRole("listitem");
  await expect(cases).toHaveCount(1);
  await expect(cases.first()).toContainText("+62 812 3456 7890");
  await expect(cases.first()).toContainText("2 kejadian");
  await expect(cases.first()).toContainText("Kartu kredit");
  await expect(cases.first()).toContainText("Baru");

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" }).first()).toBeVisible();
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcases/);

  await signIn(page, email);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByRole("main").getByRole("listitem")).toContainText("2 kejadian");
});
