import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfDrawnText, pdfText } from "../lib/testing/pdf-text";
import { checkPage, fillSms, signUp } from "./fixtures";

const pdfBytes = async (file: string) => new Uint8Array(await readFile(file));

/** Sets where the user lives (the country whose rules and bodies apply) and their time zone, from the Indonesian profile page. */
async function liveIn(page: Page, country: string, timeZone: string, language = "Bahasa Indonesia") {
  await page.goto("/profile");
  await page.getByLabel("Bahasa").selectOption({ label: language });
  await page.getByLabel("Zona waktu").selectOption(timeZone);
  await page.getByLabel("Negara tempat tinggal Anda").selectOption({ label: country });
  await page.getByRole("button", { name: "Simpan profil" }).click();
}

test("a UK case: the ICO complaint in English, edited, downloaded, copied into the ICO form, and filed", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signUp(page);
  await liveIn(page, "Inggris", "Europe/London", "English");
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.getByLabel("Full legal name").fill("Alex Smith");
  await page.getByLabel("Postal address").fill("1 High Street, Leeds LS1 1AA");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Saved.", { exact: true })).toBeVisible();

  for (const when of ["2026-11-22T19:45", "2026-11-23T07:10"]) {
    await page.goto("/incidents/new");
    await page.getByRole("radio", { name: "SMS", exact: true }).check();
    await page.getByLabel("Sender, as shown on your phone").fill("07911 123456");
    await page.getByLabel("When did it arrive?").fill(when);
    await page.getByLabel("Message text").fill("Upgrade now! New phone for £0 upfront. Reply STOP to opt out");
    await page.getByLabel("What was it about?").selectOption({ label: "Phone operator promo" });
    await page.getByRole("radio", { name: "I never agreed" }).check();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved. The incident is in this case.")).toBeVisible();
  }

  const routes = page.getByRole("region", { name: "What can I do?" });
  const ico = routes.getByRole("listitem").filter({ hasText: "Information Commissioner's Office" });
  await expect(ico).toContainText("You can do this now");
  await ico.getByRole("link", { name: "Prepare this complaint" }).click();

  await expect(page.getByRole("heading", { name: "Complaint to Information Commissioner's Office (ICO)" })).toBeVisible();
  await expect(page.getByLabel("Your full name")).toHaveValue("Alex Smith");
  // The ICO asks for no ID number: the field is not there.
  await expect(page.getByLabel("Your ID number (NIK)")).toHaveCount(0);
  await expect(page.getByLabel("Chronology (dated, local time)")).toHaveValue(
    /1\. Sunday, 22 November 2026 at 19:45 GMT — SMS from \+44 7911 123456: “Upgrade now!/,
  );
  await expect(page.getByLabel("Rules broken and legal basis")).toHaveValue(
    /Marketing texts sent without my consent\. This may have breached PECR 2003 \(SI 2003\/2426\), reg\. 22\./,
  );
  await page.getByLabel("Company name (if you know it)").fill("Cheap Phones Ltd");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();
  await checkPage(page, "complaint-ico");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the letter (PDF)" }).click();
  const { text } = await pdfText(await pdfBytes((await (await download).path())!));
  for (const expected of [
    "Information Commissioner's Office",
    "Alex Smith",
    "1 High Street, Leeds LS1 1AA",
    "Phones Ltd (+44 7911 123456).",
    "Sunday, 22 November 2026 at 19:45 GMT",
    "Monday, 23 November 2026 at 07:10 GMT",
    "Marketing texts sent without my consent",
    "Yours faithfully,",
  ]) {
    expect(text).toContain(expected);
  }

  await page.getByRole("link", { name: "Copy into the Information Commissioner's Office (ICO) web form" }).click();
  await expect(page.getByRole("heading", { name: "Step 2: the sender" })).toBeVisible();
  await page.getByRole("button", { name: "Copy “Company name (if you know it)”" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("Cheap Phones Ltd");
  await checkPage(page, "complaint-ico-portal");

  await page.getByRole("link", { name: "Back to the complaint" }).click();
  await page.getByLabel("When?").fill("2099-01-01T10:00");
  await page.getByRole("button", { name: "Record it" }).click();
  await expect(page.getByText("This time is in the future.", { exact: false })).toBeVisible();
  await page.getByLabel("When?").fill("2026-11-24T08:00");
  await page.getByLabel("Reference, case or ticket number (optional)").fill("ICO-2026-77");
  await page.getByRole("button", { name: "Record it" }).click();
  await expect(page.getByText(/Filed on .*2026.*ICO-2026-77/)).toBeVisible();
  await page.getByRole("link", { name: "Back to the case" }).click();
  await expect(page.getByText("Escalated to a regulator").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Complaint filed with Information Commissioner's Office (ICO).");
});

test("an Israeli case: the demand letter to the sender in Hebrew, NIS 1,000 a message, printed right to left; others get 404", async ({ page, browser }) => {
  await signUp(page);
  await liveIn(page, "Israel", "Asia/Jerusalem");
  await expect(page.getByText("Profil tersimpan.")).toBeVisible();
  for (const when of ["2026-11-22T19:45", "2026-11-23T08:00"]) {
    await page.goto("/incidents/new");
    await fillSms(page, { sender: "054-123-4567", when, text: "הלוואה מהירה! עד 50,000 ₪ 👍", category: "Pinjaman" });
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(page.getByText("Tersimpan. Kejadian sudah masuk ke kasus ini.")).toBeVisible();
  }
  const caseUrl = new URL(page.url()).pathname;

  const routes = page.getByRole("region", { name: "Apa yang bisa saya lakukan?" });
  const smallClaims = routes.getByRole("listitem").filter({ hasText: /Small claims court/ });
  await smallClaims.getByRole("link", { name: "Siapkan suratnya" }).click();
  await expect(page.getByRole("heading", { name: "Surat somasi kepada pengirim sebelum menggugat" })).toBeVisible();
  await expect(page.getByText(/dalam bahasa Ibrani/)).toBeVisible();
  await expect(page.getByLabel("Permohonan Anda")).toHaveValue(/פיצוי בסך 2,000 ₪ \(1,000 ₪ לכל הודעת פרסומת; מספר ההודעות: 2\)/);
  await checkPage(page, "complaint-il-demand");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh surat (PDF)" }).click();
  const drawn = await pdfDrawnText(await pdfBytes((await (await download).path())!));
  // Drawn left to right, so each Hebrew word's letters come last-first: "בכבוד רב," reads from the right.
  expect(drawn).toContain(",בר דובכב");
  // The sender's number stays whole and left to right inside the Hebrew text.
  expect(drawn.join("\n")).toContain("+972 54 123 4567");

  await page.getByLabel("Kapan?").fill("2026-11-24T09:00");
  await page.getByLabel("Lewat apa?").selectOption({ label: "Pos" });
  await page.getByRole("button", { name: "Catat", exact: true }).click();
  await expect(page.getByText(/Dikirim pada 24 November 2026/)).toBeVisible();
  await page.getByRole("link", { name: "Kembali ke kasus" }).click();
  await expect(page.getByRole("list", { name: "Linimasa" })).toContainText("מכתב התראה לפני הגשת תביעה");

  const intruderContext = await browser.newContext();
  const intruder = await intruderContext.newPage();
  await signUp(intruder);
  const base = `${caseUrl}/documents/IL-SMALL-CLAIMS`;
  for (const url of [base, `${base}/letter.pdf`, `${base}/letter.txt`, `${caseUrl}/documents/IL-CONSUMER-COUNCIL/portal`]) {
    expect((await intruder.request.get(url)).status(), url).toBe(404);
  }
  await intruderContext.close();
  // The owner too gets 404 for a body that is not in the case's country, or has no template.
  for (const url of [`${caseUrl}/documents/UK-ICO`, `${caseUrl}/documents/IL-SMALL-CLAIMS/portal`, `${caseUrl}/documents/NOPE`]) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
});
