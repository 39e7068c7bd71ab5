import { expect, test } from "@playwright/test";
import { checkPage, logSms, signUp } from "./fixtures";

test("another user cannot open a case or edit its incidents (404)", async ({ page, browser }) => {
  await signUp(page);
  await logSms(page, { sender: "99899", when: "2026-11-10T20:30", text: "Judi online bonus 100%", category: "Judi" });
  const caseUrl = new URL(page.url()).pathname;
  await page.getByRole("link", { name: /^Ubah kejadian/ }).click();
  await expect(page.getByRole("heading", { name: "Ubah kejadian" })).toBeVisible();
  const editUrl = new URL(page.url()).pathname;

  const intruderContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  for (const url of [caseUrl, editUrl, "/cases/not-a-real-id", "/incidents/new?case=" + caseUrl.split("/").pop()]) {
    const response = await intruder.goto(url);
    if (url.startsWith("/incidents/new")) {
      // Logging from someone else's case just starts an empty form: nothing of theirs leaks.
      await expect(intruder.getByLabel("Pengirim, seperti yang tampil di ponsel Anda")).toHaveValue("");
      continue;
    }
    expect(response?.status(), url).toBe(404);
    await expect(intruder.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(intruder.getByText("Judi online bonus 100%")).toHaveCount(0);
  }
  await intruderContext.close();
});

test("a visitor who is not signed in is sent to sign in, then back", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprofile/);
  await expect(page.getByRole("heading", { name: "Masuk" })).toBeVisible();
});

test("an address that does not exist answers 404 in both languages, with a way home", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await checkPage(page, "not-found");
  await page.getByRole("link", { name: "Ke halaman utama · Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);
});
