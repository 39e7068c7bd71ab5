import { expect, test } from "@playwright/test";
import { fillSms, signUp } from "./fixtures";

const sms = { sender: "0812-7000-1500", when: "2026-11-18T09:30", text: "Dana tunai cair hari ini", category: "Pinjaman" };

/**
 * The save reaches the server but its answer is lost (a dropped connection on a slow network):
 * the user is told to try again and does. The retry, and a replay of the same request, must
 * not log the incident a second time; logging another one afterwards still works.
 */
test("a retried or replayed incident save is stored once", async ({ page }) => {
  await signUp(page);
  let firstSave: { body: string; headers: Record<string, string> } | undefined;
  await page.route("**/incidents/new", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || firstSave) return route.fallback();
    firstSave = { body: request.postData() ?? "", headers: await request.allHeaders() };
    await route.fetch({ maxRedirects: 0 }); // the server saves it…
    await route.abort("connectionreset"); // …and the answer never arrives
  });

  await fillSms(page, sms);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Isian Anda masih ada; silakan coba lagi." })).toBeVisible();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  await expect(page.getByRole("article")).toHaveCount(1);

  // The very same request sent again (a browser or proxy retrying it) changes nothing.
  const replay = await page.request.post("/incidents/new", { data: firstSave!.body, headers: firstSave!.headers, maxRedirects: 0 });
  // The action ran and answered with the first save: the same case, nothing new.
  expect(replay.status()).toBe(200);
  expect(replay.headers()["x-action-redirect"]).toContain(`${new URL(page.url()).pathname}?saved=created`);
  await page.reload();
  await expect(page.getByRole("article")).toHaveCount(1);

  // A new form is a new incident, even with the same values.
  await page.getByRole("link", { name: "Catat lagi dari pengirim ini" }).click();
  await fillSms(page, sms);
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
  await expect(page.getByRole("article")).toHaveCount(2);
});
