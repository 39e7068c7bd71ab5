import { expect, test } from "@playwright/test";
import { checkPage, logSms, signUp } from "./fixtures";

test("every page passes axe and fits a 390 px phone", async ({ page }) => {
  await page.goto("/");
  await checkPage(page, "landing");
  await page.goto("/login");
  await checkPage(page, "login");
  await page.goto("/signup");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Masukkan alamat email Anda.")).toBeVisible();
  await checkPage(page, "signup-errors");

  await signUp(page);
  await checkPage(page, "incident-new");
  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill("0812");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Periksa kolom yang ditandai di bawah.")).toBeVisible();
  await checkPage(page, "incident-errors");
  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await page.getByRole("group", { name: "Apakah Anda mengangkatnya?" }).getByRole("radio", { name: "Ya", exact: true }).check();
  await checkPage(page, "incident-call");

  await page.goto("/cases");
  await checkPage(page, "cases-empty");
  await page.goto("/incidents/new");
  await logSms(page, {
    sender: "+62 812 3456 7890",
    when: "2026-11-20T21:15",
    text: "Dana tunai cepat, bunga rendah. Hubungi 0813-1111-2222 sekarang! https://pinjam.example",
    category: "Pinjaman",
  });
  await checkPage(page, "case");
  await page.getByRole("link", { name: /^Ubah kejadian/ }).click();
  await page.getByRole("button", { name: "Hapus kejadian ini" }).click();
  await checkPage(page, "incident-edit");
  await page.goto("/cases");
  await checkPage(page, "cases");
  await page.goto("/profile");
  await checkPage(page, "profile");
  await page.goto("/cases/unknown");
  await checkPage(page, "not-found");
});
