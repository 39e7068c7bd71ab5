import { expect, test } from "@playwright/test";
import { checkPage, logSms, openRoutes, signUp } from "./fixtures";

test("What can I do: an OJK violation report now, the dispute after the company; private details from the profile", async ({ page }) => {
  await signUp(page);
  await logSms(page, { sender: "DanaKilat", when: "2026-11-22T19:45", text: "Pinjaman cair 10 juta! Klik link.", category: "Pinjaman" });
  const caseUrl = page.url();

  // The case page: one line per route, with when and, when it is now, the button that prepares it.
  const routes = page.getByRole("region", { name: "Apa yang bisa saya lakukan?" });
  const lines = routes.getByRole("listitem");
  await expect(lines.first()).toContainText("Pengaduan Berindikasi Pelanggaran");
  await expect(lines.first()).toContainText("Mungkin berlaku");
  await expect(lines.first().getByRole("link", { name: /^Siapkan pengaduan ini/ })).toBeVisible();
  await expect(lines.filter({ hasText: "Pengaduan Berindikasi Sengketa" })).toContainText("Mengadu ke perusahaan dulu");
  await expect(lines.filter({ hasText: "Pengaduan Berindikasi Sengketa" }).getByRole("link")).toHaveCount(0);
  // The reasons and contacts are on the routes page.
  await expect(routes).not.toContainText("Anda tidak perlu mengadu ke perusahaan lebih dulu.");
  await checkPage(page, "case-overview");

  await openRoutes(page);
  const items = routes.getByRole("listitem").filter({ has: page.getByRole("heading") });
  await expect(items.first().getByRole("heading")).toContainText("Pengaduan Berindikasi Pelanggaran");
  // Whether the sender is an OJK-licensed firm is not answered yet: the route may apply.
  await expect(items.first()).toContainText("Mungkin berlaku");
  await expect(items.first()).toContainText("Hanya jika pengirim adalah perusahaan berizin OJK.");
  await expect(items.first()).toContainText("Anda tidak perlu mengadu ke perusahaan lebih dulu.");
  await expect(items.first()).toContainText("Masih diperlukan dari profil Anda: Nama lengkap sesuai identitas.");
  const dispute = items.filter({ has: page.getByRole("heading", { name: /Pengaduan Berindikasi Sengketa/ }) });
  await expect(dispute).toContainText("Mengadu ke perusahaan dulu");
  await checkPage(page, "case-routes");

  await items.first().getByRole("link", { name: "Lengkapi" }).click();
  await expect(page.getByRole("heading", { name: "Untuk surat Anda (pribadi)" })).toBeVisible();
  await page.getByLabel("Nama lengkap sesuai identitas").fill("Romel Tea");
  await page.getByLabel("Nomor identitas").fill("32!!");
  await page.getByLabel("Nomor telepon").fill("0812-5555-0000");
  await page.getByRole("button", { name: "Simpan data" }).click();
  await expect(page.getByText("Gunakan 4 sampai 32 huruf dan angka.")).toBeVisible();
  await expect(page.getByLabel("Nama lengkap sesuai identitas")).toHaveValue("Romel Tea");
  await page.getByLabel("Nomor identitas").fill("3273012345678901");
  await page.getByRole("button", { name: "Simpan data" }).click();
  await expect(page.getByText("Tersimpan.", { exact: true })).toBeVisible();
  await checkPage(page, "profile-documents");

  await page.goto(caseUrl);
  await openRoutes(page);
  await expect(items.first()).toContainText("Pengaduan Berindikasi Pelanggaran");
  await expect(items.first()).not.toContainText("Masih diperlukan dari profil Anda");
  // YLKI still asks for a postal address.
  const ylki = items.filter({ has: page.getByRole("heading", { name: /YLKI/ }) });
  await expect(ylki).toContainText("Masih diperlukan dari profil Anda: Alamat surat.");
});
