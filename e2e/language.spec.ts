import { expect, test } from "@playwright/test";
import { signUp } from "./fixtures";

test("switching to English translates the page and survives a reload", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fed up with spam SMS and telemarketing calls?");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fed up with spam SMS and telemarketing calls?");
  await page.goto("/signup");
  await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();

  await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
  await expect(page.getByRole("heading", { name: "Buat akun Anda" })).toBeVisible();
});

test("the language chosen in the profile follows the user to a new device", async ({ page, browser }) => {
  const email = await signUp(page);
  await page.getByRole("link", { name: "Profil" }).click();
  await page.getByLabel("Bahasa", { exact: true }).selectOption("en");
  await page.getByLabel("Zona waktu").selectOption("Asia/Jayapura");
  await page.getByRole("button", { name: "Simpan profil" }).click();
  await expect(page.getByRole("status")).toHaveText("Profile saved.");
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();

  const device = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const other = await device.newPage();
  await other.goto("/login");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Kata sandi").fill("spam sms every morning");
  await other.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(other.getByRole("heading", { name: "My cases" })).toBeVisible();
  await other.getByRole("link", { name: "Log a message or call" }).first().click();
  await expect(other.getByText("Your time zone: WIT — Eastern Indonesia (Jayapura).")).toBeVisible();
  // Public sender pages are cached per language and pick it from a cookie: signing in set it from the profile.
  const response = await other.goto("/senders/00000000-0000-4000-8000-000000000000");
  expect(response?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(other.locator("html")).toHaveAttribute("lang", "en");
  await device.close();
});
