import { expect, test } from "@playwright/test";
import { checkPage, signUp } from "./fixtures";

const RULES = /Aturan yang dilanggar/;

const T = Date.UTC(2026, 9, 1, 14, 0); // 1 Oct 2026, 21:00 WIB
const COUNT = 40;

/** An SMS backup with 40 offers from one number, one a day at 21:00 Jakarta time (outside the allowed hours). */
function backup(): Buffer {
  const sms = (i: number) =>
    `<sms protocol="0" address="+6281277770001" date="${T + i * 86_400_000}" type="1" body="Pinjaman cepat cair nomor ${i + 1}, klik pinjam.example" read="1" status="-1" locked="0" />`;
  return Buffer.from(
    `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${COUNT}">\n${Array.from({ length: COUNT }, (_, i) => sms(i)).join("\n")}\n</smses>\n`,
  );
}

test("a long case: the case page shows the newest entries, the whole timeline goes page by page, links lead between them", async ({ page, browser }) => {
  await signUp(page);
  await page.goto("/import");
  await page.getByRole("radio", { name: /Cadangan SMS/ }).check();
  await page.getByLabel("Berkas", { exact: true }).setInputFiles({ name: "sms-panjang.xml", mimeType: "text/xml", buffer: backup() });
  await page.getByRole("button", { name: "Unggah dan baca" }).click();
  await page.getByRole("checkbox", { name: /\+6281277770001/ }).check();
  await page.getByRole("button", { name: "Berikutnya: periksa (1 dipilih)" }).click();
  await page.getByLabel("Tentang apa?").selectOption({ label: "Pinjaman" });
  await page.getByRole("radio", { name: "Saya tidak pernah setuju" }).check();
  await page.getByRole("button", { name: "Impor", exact: true }).click();
  await expect(page.getByText(`${COUNT} insiden ditambahkan, 0 sudah ada.`)).toBeVisible();
  await page.getByRole("link", { name: "Buka kasus +6281277770001" }).click();

  // The case page: the newest four, oldest of them first, and the way to the rest.
  const timeline = page.getByRole("list", { name: "Linimasa" });
  await expect(page.getByText(`4 entri terbaru dari ${COUNT}.`)).toBeVisible();
  const newest = await timeline.getByRole("article").allInnerTexts();
  expect(newest).toHaveLength(4);
  expect(newest[0]).toContain("nomor 37,");
  expect(newest[3]).toContain("nomor 40,");
  const caseUrl = page.url();
  const casePath = new URL(caseUrl).pathname;
  // Every contact still counts: the case page's line says how many, the rules page lists the newest three and sends to the timeline for the rest.
  const line = page
    .getByRole("region", { name: RULES })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Penawaran tanpa persetujuan Anda" }) });
  await expect(line).toContainText(`${COUNT} kontak`);
  await checkPage(page, "case-long");
  await line.getByRole("link").click();
  const consent = page
    .getByRole("region", { name: RULES })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: /Penawaran tanpa persetujuan Anda/ }) });
  await expect(consent).toContainText(`Ditunjukkan oleh ${COUNT} kontak:`);
  await expect(consent.getByRole("link", { name: /Nov 2026/ })).toHaveCount(3);
  await expect(consent.getByRole("link", { name: /Nov 2026/ }).first()).toHaveAttribute("href", new RegExp(`^${casePath}#incident-`));

  await consent.getByRole("link", { name: `dan ${COUNT - 3} kontak sebelumnya, di linimasa` }).click();
  await expect(page.getByRole("heading", { name: "Seluruh linimasa: +62 812 7777 0001" })).toBeVisible();
  await expect(page.getByText("Halaman 1 dari 3")).toBeVisible();
  const first = await timeline.getByRole("article").allInnerTexts();
  expect(first).toHaveLength(15);
  expect(first[0]).toContain("nomor 1,");
  await checkPage(page, "case-timeline-page");
  // A rule mark here leads to the rule on the case's rules page.
  await expect(timeline.getByRole("link", { name: /Penawaran tanpa persetujuan Anda/ }).first()).toHaveAttribute(
    "href",
    `${casePath}/rules#rule-ID-OJK-CONSENT`,
  );

  await page.getByRole("link", { name: "Entri sesudahnya →" }).click();
  await expect(page.getByText("Halaman 2 dari 3")).toBeVisible();
  expect((await timeline.getByRole("article").allInnerTexts())[0]).toContain("nomor 16,");
  await page.getByRole("link", { name: "Entri sesudahnya →" }).click();
  await expect(page.getByText("Halaman 3 dari 3")).toBeVisible();
  await expect(timeline.getByRole("article")).toHaveCount(COUNT - 30);
  await expect(page.getByRole("link", { name: "Entri sesudahnya →" })).toHaveCount(0);
  await page.getByRole("link", { name: "← Entri sebelumnya" }).click();
  await expect(page.getByText("Halaman 2 dari 3")).toBeVisible();

  // A page past the end shows the last one; another user finds nothing.
  await page.goto(`${casePath}/timeline?page=99`);
  await expect(page.getByText("Halaman 3 dari 3")).toBeVisible();
  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signUp(intruder);
  expect((await intruder.request.get(`${casePath}/timeline`)).status()).toBe(404);
  await other.close();
});
