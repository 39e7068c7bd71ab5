import { expect, test, type Browser } from "@playwright/test";
import { checkPage, logSms, signUp } from "./fixtures";

/** A reporter shares a case with one incident per text about `sender`. */
async function sharedCase(browser: Browser, sender: string, texts: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page);
  for (const [index, text] of texts.entries()) {
    if (index > 0) await page.goto("/incidents/new");
    await logSms(page, { sender, when: `2026-11-2${index}T10:00`, text, category: "Pinjaman" });
  }
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  await context.close();
}

test("open data: a program finds a sender by its number, reads its figures and reports, with CORS, ETag and rate limit headers", async ({
  browser,
  request,
}) => {
  await sharedCase(browser, "0812-7340-2468", ["Pinjaman cair hari ini", "Pinjaman cair lagi, balas YA"]);

  const search = await request.get(`/api/v1/senders?q=${encodeURIComponent("+62 812 7340 2468")}`);
  expect(search.status()).toBe(200);
  const [sender] = (await search.json()).senders;
  expect(sender).toMatchObject({ display: "+62 812 7340 2468", publicReports: 2 });
  expect(search.headers()["access-control-allow-origin"]).toBe("*");
  expect(search.headers()["ratelimit-policy"]).toBe("5000;w=60");
  expect(search.headers()["ratelimit"]).toMatch(/^limit=5000, remaining=\d+, reset=\d+$/);
  expect(search.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");
  expect(search.headers()["content-type"]).toContain("application/json");

  const detail = await request.get(sender.href);
  expect((await detail.json()).figures).toMatchObject({ publicCases: 1, publicReports: 2, channels: { sms: 2 } });

  const reports = await request.get(`${sender.href}/reports?limit=1`);
  const page = await reports.json();
  expect(page.reports.map((report: { text: string }) => report.text)).toEqual(["Pinjaman cair lagi, balas YA"]);
  const older = await (await request.get(page.next.href)).json();
  expect(older.reports.map((report: { text: string }) => report.text)).toEqual(["Pinjaman cair hari ini"]);
  expect(older.next).toBeNull();

  // The same answer again costs a 304 through the production front (gzip makes its tag weak; it still matches).
  const etag = detail.headers()["etag"]!;
  expect(etag).toMatch(/^(W\/)?"[\w-]{43}"$/);
  const again = await request.get(sender.href, { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);

  const preflight = await request.fetch(sender.href, { method: "OPTIONS", headers: { origin: "https://example.org", "access-control-request-method": "GET" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");

  const unknown = await request.get("/api/v1/senders/00000000-0000-4000-8000-000000000000");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
  const bad = await request.get(`${sender.href}/reports?cursor=kemarin`);
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.issues[0].path).toEqual(["cursor"]);

  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toContain("/api/v1/senders/{id}/reports");
});

test("open data: the developers' page, reached from the directory, documents each endpoint with an example", async ({ page }) => {
  await page.goto("/senders");
  await page.getByRole("link", { name: "Data terbuka: baca direktori dari program Anda (API)" }).click();
  await expect(page.getByRole("heading", { name: "API data terbuka", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "GET /api/v1/senders/{id}/reports" })).toBeVisible();
  const reports = page.getByRole("region", { name: "GET /api/v1/senders/{id}/reports" });
  await expect(reports.getByRole("table", { name: "Parameter" })).toContainText("cursor");
  await expect(reports).toContainText('curl "http://localhost:');
  await reports.getByText("Contoh jawaban").click();
  await expect(reports).toContainText('"next"');
  await expect(page.getByText(/5000 permintaan per menit/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Dokumen OpenAPI 3.1 (openapi.json)" })).toHaveAttribute("href", "/api/v1/openapi.json");
  await checkPage(page, "developers");
  await page.screenshot({ path: "/tmp/d-developers.png", fullPage: true });
});
