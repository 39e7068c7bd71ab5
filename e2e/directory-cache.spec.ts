import { expect, test, type Page } from "@playwright/test";
import { checkPage, expectNoCspViolation, logSms, signUp } from "./fixtures";

// Political SMS, a few weeks back: a list few other tests write to, with this sender at its top.
const LIST = "/senders?category=political&sort=recent";

/** Opens the list as a visitor once the front answers it from its copy, and returns the list. */
async function listFromCopy(visitor: Page) {
  // Each worker of server/cluster.mjs keeps its own copy: visits until one comes from a copy.
  await expect.poll(async () => (await visitor.goto(LIST))!.headers()["x-spamtrail-front"]).toBe("hit");
  return visitor.getByRole("list", { name: "Pengirim" });
}

test("the directory list kept for visitors shows a newly shared sender at once, and drops it at once when unshared", async ({ page, browser }) => {
  const digits = String(Date.now() % 10_000).padStart(4, "0");
  const display = `+62 812 7300 ${digits}`;
  const visitor = await (await browser.newContext()).newPage();

  // The list has been visited: the front keeps a copy (with the hashes of its scripts as its policy).
  await expect(await listFromCopy(visitor)).not.toContainText(display);
  await checkPage(visitor, "directory-cached");

  await signUp(page);
  await page.goto("/incidents/new");
  await logSms(page, { sender: `0812-7300-${digits}`, when: "2026-12-01T20:15", text: "Pilih calon nomor 3, dapat pulsa!", category: "Politik" });
  const caseUrl = new URL(page.url()).pathname;
  await page.goto(`${caseUrl}/share`);
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();

  // Sharing dropped the copy: the next visit shows the sender, and is kept again.
  await visitor.goto(LIST);
  await expect(visitor.getByRole("list", { name: "Pengirim" })).toContainText(display);
  await expect(await listFromCopy(visitor)).toContainText(display);
  await expectNoCspViolation(visitor, "directory-cached after sharing");
  // Signed in, the reporter gets the list made for them (their menu), never the visitors' copy.
  const own = await page.goto(LIST);
  expect(own!.headers()["x-spamtrail-front"]).toBeUndefined();
  await expect(page.getByRole("list", { name: "Pengirim" })).toContainText(display);

  await page.goto(`${caseUrl}/share`);
  await page.getByRole("button", { name: "Berhenti membagikan" }).click();
  await page.getByRole("button", { name: "Ya, berhenti membagikan" }).click();
  await expect(page.getByRole("button", { name: "Bagikan ke publik" })).toBeVisible();
  await visitor.goto(LIST);
  await expect(visitor.getByRole("list", { name: "Pengirim" })).not.toContainText(display);
  await expect(await listFromCopy(visitor)).not.toContainText(display);
});
