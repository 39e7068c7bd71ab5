import { expect, test, type Page } from "@playwright/test";
import { checkPage, signUp } from "./fixtures";

const INDONESIAN_SMS = [
  "Dari: BRI-INFO",
  "Sen, 16 Nov 2026 21.30",
  "Nasabah Yth, rekening Anda diblokir. Aktifkan di bit.ly/bri-aktif atau hubungi 0812-3456-7890. Hadiah Rp 5.000.000!",
].join("\n");
const INDONESIAN_BODY = "Nasabah Yth, rekening Anda diblokir. Aktifkan di bit.ly/bri-aktif atau hubungi 0812-3456-7890. Hadiah Rp 5.000.000!";

const ENGLISH_SMS = [
  "From: +62 811-2233-4455",
  "Mon, November 2, 2026 at 8:05 PM",
  "Your loan of $500 is approved. Claim it at https://pinjam-cepat.top/claim",
].join("\n");

const panel = (page: Page) => page.getByRole("region", { name: "Ditemukan di pesan" });
const messageText = (page: Page) => page.getByLabel("Isi pesan");
const senderField = (page: Page) => page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda");
const timeField = (page: Page) => page.getByLabel("Kapan diterima?");

/** Pastes through the real clipboard, as a person does: Ctrl+V into the message field. */
async function paste(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await messageText(page).focus();
  await page.keyboard.press("Control+V");
  await expect(messageText(page)).toHaveValue(text);
}

/** The rest of the form, then save; lands on the case page. */
async function finishAndSave(page: Page) {
  await page.getByLabel("Tentang apa?").selectOption({ label: "Pinjaman" });
  await page.getByRole("radio", { name: "Saya tidak pernah setuju" }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
}

test("paste a whole Indonesian SMS and an English one: one tap each for sender and time", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page);

  // Indonesian, pasted with its header.
  await expect(panel(page)).toHaveCount(0);
  await paste(page, INDONESIAN_SMS);
  await expect(panel(page)).toBeVisible();
  const useHeaderSender = panel(page).getByRole("button", { name: "Pakai BRI-INFO sebagai pengirim" });
  await expect(useHeaderSender).toBeVisible();
  // The callback number is listed after the named sender, with what it probably is.
  await expect(panel(page).getByRole("button", { name: "Pakai 0812-3456-7890 sebagai pengirim" })).toHaveAccessibleDescription(/mungkin nomor untuk dihubungi/);
  await expect(panel(page).getByRole("listitem").filter({ hasText: "bit.ly/bri-aktif" })).toBeVisible();
  await expect(panel(page)).toContainText("5.000.000");
  // Nothing changed before a tap.
  await expect(senderField(page)).toHaveValue("");
  await checkPage(page, "incident-form-suggestions");

  await useHeaderSender.click();
  await expect(senderField(page)).toHaveValue("BRI-INFO");
  await expect(panel(page).getByRole("button", { name: /sebagai pengirim$/ })).toHaveCount(0);

  // Removing the header keeps the time offer that was read from it.
  await panel(page).getByRole("button", { name: "Hapus baris pengirim/waktu dari isi pesan" }).click();
  await expect(messageText(page)).toHaveValue(INDONESIAN_BODY);
  await panel(page)
    .getByRole("button", { name: /^Pakai .*16 Nov 2026.* sebagai waktu$/ })
    .click();
  await expect(timeField(page)).toHaveValue("2026-11-16T21:30");
  // Only the facts are left.
  await expect(panel(page).getByRole("button", { name: /^Pakai|^Hapus/ })).toHaveCount(0);
  await finishAndSave(page);

  await expect(page.getByRole("heading", { level: 1 })).toContainText("BRI-INFO");
  await expect(page.getByRole("article")).toContainText("Nasabah Yth, rekening Anda diblokir.");
  await page.getByRole("link", { name: /^Ubah kejadian/ }).click();
  await expect(senderField(page)).toHaveValue("BRI-INFO");
  await expect(timeField(page)).toHaveValue("2026-11-16T21:30");
  await expect(messageText(page)).toHaveValue(INDONESIAN_BODY);

  // English, typed in (a paste event is the same to the form).
  await page.goto("/incidents/new");
  await messageText(page).fill(ENGLISH_SMS);
  await panel(page).getByRole("button", { name: "Pakai +62 811-2233-4455 sebagai pengirim" }).click();
  await panel(page)
    .getByRole("button", { name: /^Pakai .*2 Nov 2026.* sebagai waktu$/ })
    .click();
  await expect(senderField(page)).toHaveValue("+62 811-2233-4455");
  await expect(timeField(page)).toHaveValue("2026-11-02T20:05");
  await expect(panel(page).getByRole("listitem").filter({ hasText: "https://pinjam-cepat.top/claim" })).toBeVisible();
  await expect(panel(page)).toContainText("500");
  await finishAndSave(page);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("+62 811");
  await page.getByRole("link", { name: /^Ubah kejadian/ }).click();
  await expect(timeField(page)).toHaveValue("2026-11-02T20:05");
  // The header was not removed: the message keeps what was pasted.
  await expect(messageText(page)).toHaveValue(ENGLISH_SMS);
});

test("nothing recognisable shows no panel; a time in the future is never offered", async ({ page }) => {
  await signUp(page);
  const now = await timeField(page).inputValue();

  await messageText(page).fill("Pinjaman cair, hubungi 0812-3456-7890");
  await expect(panel(page)).toBeVisible();
  await messageText(page).fill("Halo kak, besok jadi ketemu di kantor?");
  await expect(panel(page)).toHaveCount(0);

  await messageText(page).fill("Dari: KREDIT-CEPAT\n15 Mar 2099 10.00\nPinjaman cair hari ini");
  await expect(panel(page).getByRole("button", { name: "Pakai KREDIT-CEPAT sebagai pengirim" })).toBeVisible();
  await expect(panel(page).getByRole("button", { name: /sebagai waktu/ })).toHaveCount(0);
  await expect(timeField(page)).toHaveValue(now);

  // Hidden on request, back for a new text.
  await panel(page).getByRole("button", { name: "Sembunyikan" }).click();
  await expect(panel(page)).toHaveCount(0);
  await messageText(page).fill("Dari: KREDIT-LAIN\nPinjaman cair hari ini");
  await expect(panel(page).getByRole("button", { name: "Pakai KREDIT-LAIN sebagai pengirim" })).toBeVisible();

  // A call has no message text, and no panel.
  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await expect(panel(page)).toHaveCount(0);

  // In English.
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Log a message or call" })).toBeVisible();
  await page.getByRole("radio", { name: "SMS", exact: true }).check();
  await page.getByLabel("Message text").fill("From: KREDIT-EN\nYesterday 9:30 PM\nLoan approved");
  const english = page.getByRole("region", { name: "Found in the message" });
  await english.getByRole("button", { name: "Remove the header from the text" }).click();
  await expect(page.getByLabel("Message text")).toHaveValue("Loan approved");
  await english.getByRole("button", { name: "Use KREDIT-EN as sender" }).click();
  await expect(page.getByLabel("Sender, as shown on your phone")).toHaveValue("KREDIT-EN");
  await expect(english.getByRole("button", { name: /^Use .* as time$/ })).toBeVisible();
});
