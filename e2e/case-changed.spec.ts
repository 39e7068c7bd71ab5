import { expect, test } from "@playwright/test";
import { fillSms, signUp } from "./fixtures";

// Recording a letter as sent is a write to the case like any other: on a shared case, the stop
// request it carries shows on the sender's public page at once, cached copy or not (issue 18 §2).
test("recording a data letter as sent on a shared case updates the sender's public page", async ({ page, browser }) => {
  await signUp(page);
  const number = `0812-7100-${String(Date.now()).slice(-4)}`;
  const display = `+62 812 7100 ${number.slice(-4)}`;
  await page.goto("/incidents/new");
  // An offer the reporter once agreed to, on a Monday morning: no rule broken, until they ask to stop.
  await fillSms(page, { sender: number, when: "2026-11-23T10:00", text: "Pinjaman cair hari ini, bunga ringan.", category: "Pinjaman" });
  await page.getByRole("radio", { name: "Saya pernah setuju", exact: true }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  const caseUrl = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/senders?q=${encodeURIComponent(number)}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(display);
  const senderUrl = new URL(visitor.url()).pathname;
  await expect(visitor.getByText(/Dilaporkan oleh 1 orang/)).toBeVisible();
  await expect(visitor.locator("body")).not.toContainText("Pasal 39 ayat (3)");
  // Cached from now on: the write below must expire the copy.
  await expect.poll(async () => (await visitor.request.get(senderUrl)).headers()["x-spamtrail-front"]).toBe("hit");

  // The letter went out three days before that offer.
  await page.goto(`${caseUrl}/letters/data-request`);
  await page.getByLabel("Kapan Anda mengirimnya?").fill("2026-11-20T09:00");
  await page.getByRole("button", { name: "Catat bahwa saya sudah mengirim" }).click();
  await expect(page.getByText(/^Dikirim pada/)).toBeVisible();

  await visitor.goto(senderUrl);
  await expect(visitor.getByRole("region", { name: "Aturan yang dilanggar laporan ini" })).toContainText("Pasal 39 ayat (3)");
  await visitorContext.close();
});
