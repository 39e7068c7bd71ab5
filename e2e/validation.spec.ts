import { expect, test } from "@playwright/test";
import { PASSWORD, logSms, signIn, signUp, uniqueEmail } from "./fixtures";

test("sign-up shows translated field errors and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Masukkan alamat email Anda.")).toBeVisible();
  await expect(page.getByText("Gunakan minimal 10 karakter.")).toBeVisible();

  await page.getByLabel("Email").fill("rina@example");
  await page.getByLabel("Kata sandi").fill("1234567890");
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByText("Masukkan alamat email yang benar, misalnya nama@contoh.com.")).toBeVisible();
  await expect(page.getByText("Kata sandi ini terlalu mudah ditebak. Coba kalimat pendek.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("rina@example");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("signing up twice with one email does not say so on the page; signing in never tells which part was wrong", async ({ page, browser }) => {
  const email = await signUp(page);
  const other = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await other.goto("/signup");
  await other.getByLabel("Email").fill(email.toUpperCase());
  await other.getByLabel("Kata sandi").fill(PASSWORD);
  await other.getByRole("button", { name: "Buat akun" }).click();
  await expect(other.getByRole("heading", { name: "Periksa kotak masuk Anda" })).toBeVisible();
  await expect(other.getByText("Sudah ada akun dengan email ini. Silakan masuk.")).toHaveCount(0);

  await signIn(other, email, "not the password at all");
  await expect(other.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi tidak benar.");
  await expect(other.getByLabel("Email")).toHaveValue(email);
  await signIn(other, uniqueEmail("nobody"), PASSWORD);
  await expect(other.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi tidak benar.");
  await other.close();
});

test("an invalid incident shows an error next to each field and loses nothing", async ({ page }) => {
  await signUp(page);
  const longText = "Promo! ".repeat(1500).slice(0, 10_000);
  const sender = page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda");
  const text = page.getByLabel("Isi pesan");
  await sender.fill("0812");
  await page.getByLabel("Kapan diterima?").fill("2099-01-01T10:00");
  await text.fill(longText);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();

  const form = page.getByRole("main");
  await expect(form.getByText("Periksa kolom yang ditandai di bawah.")).toBeVisible();
  await expect(form.getByText("Ini bukan nomor telepon yang benar.", { exact: false })).toBeVisible();
  await expect(form.getByText("Waktu ini masih di masa depan. Masukkan kapan benar-benar terjadi.")).toBeVisible();
  await expect(form.getByText("Teks terlalu panjang: maksimal 5.000 karakter.", { exact: false })).toBeVisible();
  await expect(form.getByText("Pilih tentang apa pesan itu.")).toBeVisible();
  await expect(form.getByText("Pilih salah satu jawaban.")).toBeVisible();
  await expect(sender).toHaveValue("0812");
  await expect(text).toHaveValue(longText);
  await expect(sender).toBeFocused();

  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await expect(page.getByText("Pilih apakah Anda mengangkat teleponnya.")).toHaveCount(0);
  await page.getByRole("radio", { name: "SMS", exact: true }).check();
  await expect(text).toHaveValue(longText);

  const mixed = "Promo 🎉 שלום مرحبا — balas STOP";
  await logSms(page, { sender: "TOKOPEDIA", when: "2026-11-01T09:00", text: mixed, category: "Promo toko" });
  await expect(page.getByRole("article")).toContainText(mixed);
});

test("a rejected sender ID explains which characters are allowed", async ({ page }) => {
  await signUp(page);
  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill("💸 PROMO 💸");
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Nama pengirim hanya boleh berisi huruf, angka, spasi, dan - . _ &.")).toBeVisible();
});

test("after ten wrong passwords the email is locked for a while, with a clear message", async ({ page, browser }) => {
  const email = await signUp(page);
  const guesser = await browser.newPage({ viewport: { width: 390, height: 844 } });
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(guesser, email, `wrong guess number ${attempt}`);
    await expect(guesser.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi tidak benar.");
  }
  await signIn(guesser, email, PASSWORD);
  await expect(guesser.getByRole("main").getByRole("alert")).toHaveText("Terlalu banyak percobaan. Coba lagi dalam 15 menit.");
  await expect(guesser).toHaveURL(/\/login/);
  await guesser.close();
});
