import { spawnSync } from "node:child_process";
import { gunzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { checkPage, logSms, signUp } from "./fixtures";

/** The first admin is made on the server with the CLI, as the README says. */
function makeAdmin(email: string) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/set-role.ts", email, "admin"], {
    env: { ...process.env, DATA_DIR: ".e2e-data" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
}

async function downloadCsv(request: APIRequestContext) {
  const response = await request.get("/api/v1/bulk/reports.csv.gz");
  expect(response.status()).toBe(200);
  return { headers: response.headers(), csv: gunzipSync(await response.body()).toString("utf8") };
}

test("open data: an admin makes the download, it holds the shared report, a hidden report is gone from the next one, the dictionary explains it", async ({
  page,
  browser,
}) => {
  const sender = "0812-7355-0355";
  const kept = 'Data terbuka: pinjaman cair, klik "di sini"';
  const abusive = "Dasar penipu bodoh, bayar sekarang";
  const reporterContext = await browser.newContext();
  const reporter = await reporterContext.newPage();
  await signUp(reporter);
  await logSms(reporter, { sender, when: "2026-11-20T10:00", text: kept, category: "Pinjaman" });
  await reporter.goto("/incidents/new");
  await logSms(reporter, { sender, when: "2026-11-21T10:00", text: abusive, category: "Pinjaman" });
  await reporter.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await reporter.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(reporter.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  await reporterContext.close();

  // The admin makes the files again from /admin.
  const adminEmail = await signUp(page);
  makeAdmin(adminEmail);
  await page.goto("/admin");
  const section = page.getByRole("region", { name: "Unduhan data terbuka" });
  await section.getByRole("button", { name: "Buat ulang unduhan data terbuka sekarang" }).click();
  await expect(section.getByRole("status")).toHaveText(/Dimulai|Sedang dibuat/);
  await section.screenshot({ path: "/tmp/e-admin-open-data.png" });
  await expect
    .poll(async () => {
      await page.reload();
      return page.getByRole("region", { name: "Unduhan data terbuka" }).textContent();
    })
    .toMatch(/Terakhir dibuat/);

  // Anyone downloads it, no sign-in: gzip CSV with the shared report, quoted as RFC 4180 wants.
  const anonymous = await browser.newContext();
  const first = await downloadCsv(anonymous.request);
  expect(first.headers["content-type"]).toBe("application/gzip");
  expect(first.headers["content-disposition"]).toMatch(/^attachment; filename="spamtrail-reports-\d{4}-\d{2}-\d{2}\.csv\.gz"/);
  expect(first.headers["access-control-allow-origin"]).toBe("*");
  expect(first.headers["etag"]).toMatch(/^"[0-9a-f]{64}"$/);
  expect(first.csv.split("\r\n")[0]).toMatch(/^report_id,sender_page_id,/);
  expect(first.csv).toContain('"Data terbuka: pinjaman cair, klik ""di sini"""');
  expect(first.csv).toContain(abusive);
  // Other tests share reports on this server, and any public change makes the files again: each
  // round reads the current ETag (HEAD) and asks with it; a round the files changed in is tried again.
  await expect
    .poll(async () => {
      const etag = (await anonymous.request.head("/api/v1/bulk/reports.csv.gz")).headers()["etag"]!;
      const unchanged = await anonymous.request.get("/api/v1/bulk/reports.csv.gz", { headers: { "If-None-Match": etag } });
      const manifest = (await (await anonymous.request.get("/api/v1/bulk")).json()) as { files: { url: string; sha256: string }[] };
      return { status: unchanged.status(), urls: manifest.files.map((file) => file.url), manifestEtag: `"${manifest.files[0]!.sha256}"` === etag };
    })
    .toEqual({ status: 304, urls: ["/api/v1/bulk/reports.csv.gz", "/api/v1/bulk/reports.jsonl.gz"], manifestEtag: true });
  const jsonl = gunzipSync(await (await anonymous.request.get("/api/v1/bulk/reports.jsonl.gz")).body()).toString("utf8");
  expect(
    jsonl
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { text: string })
      .some((row) => row.text === kept),
  ).toBe(true);

  // The moderator hides the abusive report (flagged first, as anyone can).
  await page.goto(`/senders/search?q=${encodeURIComponent(sender)}`);
  const item = page.getByRole("listitem").filter({ hasText: abusive });
  await item.getByText("Laporkan konten ini").click();
  await item.getByLabel("Mengapa moderator perlu melihatnya?").fill("Ini makian, bukan fakta tentang pesan.");
  await item.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(item.getByText("Terima kasih: moderator akan memeriksanya.")).toBeVisible();
  await page.goto("/admin");
  const flagged = page
    .getByRole("list", { name: /konten dilaporkan/ })
    .getByRole("listitem")
    .filter({ hasText: abusive });
  await flagged.getByLabel("Alasan (ditampilkan kepada orang yang membagikannya)").fill("Makian dalam data terbuka");
  await flagged.getByRole("button", { name: "Sembunyikan dari publik" }).click();
  // Other tests hide reports on the same server: wait for this decision, not any.
  await expect(flagged).toHaveCount(0);
  await expect(page.getByRole("list", { name: "Log audit" })).toContainText("Makian dalam data terbuka");

  // The very next download no longer has it; the old ETag no longer matches.
  const after = await downloadCsv(anonymous.request);
  expect(after.csv).not.toContain(abusive);
  expect(after.csv).toContain('"Data terbuka: pinjaman cair, klik ""di sini"""');
  expect(after.headers["etag"]).not.toBe(first.headers["etag"]);
  expect((await anonymous.request.get("/api/v1/bulk/reports.csv.gz", { headers: { "If-None-Match": first.headers["etag"]! } })).status()).toBe(200);
  await anonymous.close();

  // The dictionary, from the directory's footer and from /admin; its JSON twin lists the same columns.
  await page.goto("/senders");
  await page.getByRole("link", { name: "Data terbuka: unduh semua laporan publik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Data terbuka: unduh semua laporan publik" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "first_reply_at" })).toBeVisible();
  await checkPage(page, "open-data");
  await page.screenshot({ path: "/tmp/e-open-data.png", fullPage: true });
  const dictionary = (await (await page.request.get("/api/v1/bulk/dictionary.json")).json()) as {
    columns: { name: string; description: { en: string; id: string } }[];
  };
  expect(dictionary.columns.map((column) => column.name)).toEqual(after.csv.split("\r\n")[0]!.split(","));
  expect(dictionary.columns[0]!.description.id).toContain("ID laporan");
});
