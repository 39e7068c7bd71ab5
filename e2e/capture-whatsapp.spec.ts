import { expect, test, type Page } from "@playwright/test";
import sharp from "sharp";
import { makeWhatsAppChat, makeWhatsAppZip } from "../lib/testing/whatsapp-exports";
import { checkPage, signUp } from "./fixtures";

const LENDER = "+62 812-7777-0001";

/** What an Android phone in Indonesian writes for "Export chat → Attach media": the lender's messages, one photo, and the user's own reply. */
async function exportWithMedia(): Promise<Buffer> {
  const photo = await sharp({ create: { width: 320, height: 480, background: "#dcf8c6", channels: 3 } })
    .jpeg()
    .toBuffer();
  const chat = makeWhatsAppChat({
    platform: "android",
    lang: "id",
    chatName: LENDER,
    messages: [
      { author: LENDER, at: "2026-03-15T21:30", text: "Pinjaman cair 5 menit tanpa agunan!\nBalas YA untuk lanjut." },
      { author: LENDER, at: "2026-03-15T21:31", attachment: "IMG-20260315-WA0001.jpg", text: "Brosur bunga 0%" },
      { author: "Saya", at: "2026-03-15T21:40", text: "Berhenti kirim pesan ke nomor saya." },
      { author: LENDER, at: "2026-03-16T08:05", text: "Penawaran terakhir hari ini" },
    ],
  });
  return Buffer.from(makeWhatsAppZip({ chat, chatFileName: `Chat WhatsApp dengan ${LENDER}.txt`, media: { "IMG-20260315-WA0001.jpg": photo } }));
}

async function uploadExport(page: Page, name: string, buffer: Buffer, mimeType: string) {
  await page.goto("/import");
  await page.getByRole("radio", { name: /Ekspor obrolan WhatsApp/ }).check();
  await page.getByLabel("Berkas", { exact: true }).setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Unggah dan baca" }).click();
}

test("import a WhatsApp chat export with media: pick the company, not yourself; its photo becomes a screenshot", async ({ page }) => {
  await signUp(page);
  await page.goto("/import");
  await page.getByText("Bagaimana cara mengekspor obrolan WhatsApp?").click();
  await expect(page.getByText(/⋮ → Lainnya → Ekspor chat/)).toBeVisible();
  await uploadExport(page, "WhatsApp Chat.zip", await exportWithMedia(), "application/zip");
  const senders = page.getByRole("group", { name: "Pengirim dalam berkas ini" });
  await expect(senders).toBeVisible();
  // Both authors are listed (the export holds both sides); nothing is picked for the user.
  await expect(senders.getByRole("listitem").filter({ hasText: "Saya" })).toBeVisible();
  const lenderRow = senders.getByRole("listitem").filter({ hasText: /7777/ });
  await expect(lenderRow).toContainText("3 pesan");
  await expect(senders.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await checkPage(page, "import-whatsapp-senders");

  await lenderRow.getByRole("checkbox").check();
  await page.getByRole("button", { name: "Berikutnya: periksa (1 dipilih)" }).click();
  await page.getByLabel("Tentang apa?").selectOption({ label: "Pinjaman" });
  await page.getByRole("radio", { name: "Saya tidak pernah setuju" }).check();
  await expect(page.getByText("3 insiden akan dibuat")).toBeVisible();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Impor selesai" })).toBeVisible();
  await expect(page.getByText("3 insiden ditambahkan, 0 sudah ada.")).toBeVisible();

  await page.getByRole("link", { name: /Buka kasus/ }).click();
  // A multi-line message stays whole; the photo's caption is its text and the photo its evidence.
  await expect(page.getByText(/Pinjaman cair 5 menit tanpa agunan!\s+Balas YA untuk lanjut\./)).toBeVisible();
  await expect(page.getByText("Brosur bunga 0%")).toBeVisible();
  await expect(page.getByText("Diimpor dari ekspor WhatsApp")).toHaveCount(3);
  await expect(page.getByText("Berhenti kirim pesan ke nomor saya.")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Bukti (1)" })).toBeVisible();
});

test("a WhatsApp export with nothing to import, or not an export at all, says so", async ({ page }) => {
  await signUp(page);
  // Only WhatsApp's own notice (the encryption line), no message from anyone.
  const onlyNotice = makeWhatsAppChat({ platform: "android", lang: "id", chatName: LENDER, messages: [] });
  await uploadExport(page, "Chat WhatsApp dengan Toko.txt", Buffer.from(onlyNotice), "text/plain");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/tidak berisi pesan/);

  await uploadExport(page, "catatan.txt", Buffer.from("Belanja: beras, telur, minyak\nJangan lupa bayar listrik"), "text/plain");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/bukan ekspor obrolan WhatsApp/);
});
