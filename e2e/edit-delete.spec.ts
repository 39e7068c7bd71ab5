import { expect, test } from "@playwright/test";
import { logSms, signUp } from "./fixtures";

test("edit an incident, move it to the right sender, and delete incidents down to an empty list", async ({ page }) => {
  await signUp(page);
  await logSms(page, { sender: "BCA-Promo", when: "2026-11-15T19:05", text: "Kartu kredit limit 50jt", category: "Kartu kredit" });
  await page.getByRole("link", { name: "Catat lagi dari pengirim ini" }).click();
  await logSms(page, { sender: "bca-promo", when: "2026-11-16T06:10", text: "Promo kedua", category: "Kartu kredit" });
  await expect(page.getByRole("article")).toHaveCount(2);

  await page
    .getByRole("link", { name: /^Ubah kejadian/ })
    .nth(1)
    .click();
  const text = page.getByLabel("Isi pesan");
  await expect(text).toHaveValue("Promo kedua");
  await expect(page.getByLabel("Kapan diterima?")).toHaveValue("2026-11-16T06:10");
  await text.fill("Promo kedua, dikirim jam 6 pagi");
  await page.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByRole("status")).toHaveText("Perubahan tersimpan.");
  await expect(page.getByRole("article").nth(1)).toContainText("dikirim jam 6 pagi");

  // Deleting asks first; cancelling keeps the incident.
  await page
    .getByRole("link", { name: /^Ubah kejadian/ })
    .first()
    .click();
  await page.getByRole("button", { name: "Hapus kejadian ini" }).click();
  await page.getByRole("button", { name: "Batal" }).last().click();
  await page.getByRole("button", { name: "Hapus kejadian ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByRole("status")).toHaveText("Kejadian sudah dihapus.");
  await expect(page.getByRole("article")).toHaveCount(1);

  await page.getByRole("link", { name: /^Ubah kejadian/ }).click();
  await page.getByRole("button", { name: "Hapus kejadian ini" }).click();
  await page.getByRole("button", { name: "Ya, hapus" }).click();
  await expect(page.getByRole("status")).toContainText("begitu pula kasusnya");
  await expect(page.getByText("Belum ada kasus.", { exact: false })).toBeVisible();
});
