import { expect, test, type Page } from "@playwright/test";
import { checkPage, signUp } from "./fixtures";

const T = Date.UTC(2026, 10, 20, 2, 0); // 20 Nov 2026, 09:00 WIB

/** A small SMS Backup & Restore file, written here: two senders, one reply of the user's own. */
function backup(): Buffer {
  const sms = (address: string, minutes: number, body: string, type = 1) =>
    `<sms protocol="0" address="${address}" date="${T + minutes * 60_000}" type="${type}" body="${body}" read="1" status="-1" locked="0" />`;
  return Buffer.from(
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup & Restore v10.20.002-->
<smses count="6">
${sms("+6281299990001", 0, "Pinjaman cair 5 menit tanpa agunan! Klik pinjam.example")}
${sms("+6281299990001", 30, "Limit Anda naik jadi Rp 10 juta &#55357;&#56504;")}
${sms("0812-9999-0001", 60, "STOP", 2)}
${sms("0812-9999-0001", 90, "Penawaran terakhir hari ini")}
${sms("PROMOSHOP", 120, "Diskon 90% hanya hari ini")}
${sms("PROMOSHOP", 150, "Flash sale!")}
</smses>
`,
  );
}

async function uploadFile(page: Page, name: string, buffer: Buffer) {
  await page.goto("/import");
  await page.getByRole("radio", { name: /Cadangan SMS/ }).check();
  await page.getByLabel("Berkas", { exact: true }).setInputFiles({ name, mimeType: "text/xml", buffer });
  await page.getByRole("button", { name: "Unggah dan baca" }).click();
}

async function importLoanSender(page: Page) {
  const loan = page.getByRole("checkbox", { name: /\+6281299990001/ });
  await expect(loan).toBeVisible();
  await loan.check();
  await page.getByRole("button", { name: "Berikutnya: periksa (1 dipilih)" }).click();
  await expect(page.getByRole("heading", { name: "Periksa sebelum mengimpor" })).toBeVisible();
  await page.getByLabel("Tentang apa?").selectOption({ label: "Pinjaman" });
  await page.getByRole("radio", { name: "Saya tidak pernah setuju" }).check();
  await expect(page.getByText("3 insiden akan dibuat")).toBeVisible();
}

test("import an SMS backup: senders with counts, pick one, review once, import; the same file again adds nothing", async ({ page }) => {
  await signUp(page);
  await page.goto("/cases");
  await page.getByRole("link", { name: /Impor riwayat dari ponsel Anda/ }).click();
  await expect(page.getByRole("heading", { name: "Impor riwayat", level: 1 })).toBeVisible();
  await checkPage(page, "import");

  await uploadFile(page, "sms-20261121.xml", backup());
  await expect(page).toHaveURL(/\/import\/[0-9a-f-]{36}$/);
  const senders = page.getByRole("group", { name: "Pengirim dalam berkas ini" });
  await expect(senders).toBeVisible();
  await expect(page.getByText("5 pesan dan panggilan diterima, dari 2 pengirim.")).toBeVisible();
  // The same number in two spellings is one sender; the user's own "STOP" is not counted.
  const loanRow = senders.getByRole("listitem").filter({ hasText: "+6281299990001" });
  await expect(loanRow).toContainText("3 pesan");
  await expect(loanRow).not.toContainText("panggilan");
  await expect(senders.getByRole("listitem").filter({ hasText: "PROMOSHOP" })).toContainText("2 pesan");
  // Nothing is picked until the user picks.
  await expect(senders.getByRole("checkbox", { checked: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Berikutnya: periksa (0 dipilih)" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Centang setidaknya satu pengirim.");
  await checkPage(page, "import-senders");

  await importLoanSender(page);
  await checkPage(page, "import-review");
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Impor selesai" })).toBeVisible();
  await expect(page.getByText("3 insiden ditambahkan, 0 sudah ada.")).toBeVisible();
  await checkPage(page, "import-done");

  await page.getByRole("link", { name: "Buka kasus +6281299990001" }).click();
  await expect(page.getByText("Pinjaman cair 5 menit tanpa agunan! Klik pinjam.example")).toBeVisible();
  await expect(page.getByText("Limit Anda naik jadi Rp 10 juta 💸")).toBeVisible();
  await expect(page.getByText("Diimpor dari cadangan SMS")).toHaveCount(3);
  await expect(page.getByText("STOP", { exact: true })).toHaveCount(0);

  // The same file again: every message is already there.
  await uploadFile(page, "sms-20261121.xml", backup());
  await importLoanSender(page);
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText("0 insiden ditambahkan, 3 sudah ada.")).toBeVisible();
  await page.getByRole("link", { name: "Buka kasus +6281299990001" }).click();
  await expect(page.getByText("Diimpor dari cadangan SMS")).toHaveCount(3);
});

test("bad files get a clear message and nothing is imported; another user's upload is not found", async ({ page, playwright, baseURL }) => {
  await signUp(page);

  await uploadFile(page, "catatan.xml", Buffer.from("Ini bukan cadangan, hanya catatan."));
  await expect(page.getByRole("heading", { name: "Impor ini terhenti" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Berkas ini bukan cadangan XML/);
  await expect(page.getByRole("link", { name: "Unggah berkas lain" })).toBeVisible();
  await checkPage(page, "import-failed");
  const failedUrl = page.url();

  const cut = backup().subarray(0, 400);
  await uploadFile(page, "sms-terpotong.xml", cut);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Berkas ini terpotong/);

  await uploadFile(page, "halaman.xml", Buffer.from("<?xml version='1.0'?><html><body>web</body></html>"));
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/bukan cadangan SMS atau panggilan/);

  // Over the limit (3 MB in the browser tests): the page says so before sending, the server refuses it while it streams.
  const big = Buffer.alloc(3_100_000, "a");
  await page.goto("/import");
  await page.getByLabel("Berkas", { exact: true }).setInputFiles({ name: "besar.xml", mimeType: "text/xml", buffer: big });
  await page.getByRole("button", { name: "Unggah dan baca" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/terlalu besar/);
  await expect(page).toHaveURL(/\/import$/);
  const refused = await page.request.post("/api/imports?kind=sms_backup", { data: big, headers: { "content-type": "application/octet-stream" } });
  expect(refused.status()).toBe(413);

  await expect(page.getByRole("link", { name: /catatan\.xml/ })).toBeVisible();

  // Someone else (here: nobody signed in) gets nothing about it.
  const stranger = await playwright.request.newContext({ baseURL });
  const id = failedUrl.split("/").pop()!;
  expect((await stranger.get(`/api/imports/${id}`)).status()).toBe(404);
  expect((await stranger.post("/api/imports?kind=sms_backup", { data: backup(), headers: { "content-type": "application/octet-stream" } })).status()).toBe(401);
  await stranger.dispose();
});
