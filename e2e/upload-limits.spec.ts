import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { checkPage, fillSms, signUp } from "./fixtures";

/**
 * A user who sent their allowance of files for 10 minutes (60) is refused the next one with a
 * message that says what to do, and keeps everything typed in the form, which still saves.
 */
test("the upload rate refuses with a translated message and the form keeps its values", async ({ page }) => {
  await signUp(page);
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2563eb" } })
    .png()
    .toBuffer();
  // The allowance, used up from the same session (as another tab or a script would).
  for (let i = 0; i < 60; i++) {
    const response = await page.request.post("/api/evidence", {
      data: png,
      headers: { "content-type": "application/octet-stream", "x-file-name": `earlier-${i}.png` },
    });
    expect(response.status(), `upload ${i}`).toBe(201);
  }

  await fillSms(page, { sender: "0812-7000-1600", when: "2026-11-18T10:00", text: "Promo pinjaman tanpa agunan", category: "Pinjaman" });
  await page.getByLabel("Tambah tangkapan layar atau PDF").setInputFiles({ name: "bukti.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("alert").filter({ hasText: "bukti.png tidak ditambahkan" })).toContainText(
    "Tunggu paling lama 10 menit, lalu tambahkan berkas ini lagi.",
  );
  await expect(page.getByLabel("Isi pesan")).toHaveValue("Promo pinjaman tanpa agunan");
  await checkPage(page, "upload-rate-limited");

  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  await expect(page.getByRole("article")).toHaveCount(1);
});
