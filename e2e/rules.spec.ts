import { expect, test } from "@playwright/test";
import { backToCase, checkPage, logSms, openRules, signUp } from "./fixtures";

const RULES = "Aturan yang dilanggar atau mungkin dilanggar pengirim ini";

test("a loan SMS on a Sunday evening shows the broken rules with their strength and legal source, in both languages", async ({ page }) => {
  await signUp(page);
  await logSms(page, { sender: "KrediNow", when: "2026-11-22T19:45", text: "Pinjaman cair 10 juta tanpa jaminan! Klik link.", category: "Pinjaman" });
  const casePath = new URL(page.url()).pathname;

  // The case page: one line per conclusion, as strong as the law, leading to its reasons.
  const summary = page.getByRole("region", { name: RULES });
  const line = summary.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Penawaran tanpa persetujuan Anda" }) });
  await expect(line).toContainText("Mungkin melanggar");
  await expect(line).toContainText("1 kontak");
  await expect(line.getByRole("link")).toHaveAttribute("href", `${casePath}/rules#rule-ID-OJK-CONSENT`);
  await expect(summary).toContainText("pertanyaan untuk dijawab");
  await expect(summary).not.toContainText("Aturan ini hanya mengikat perusahaan berizin OJK.");
  // The incident in the timeline carries a mark that leads to the rule.
  await expect(
    page.getByRole("list", { name: "Aturan yang dilanggar kejadian ini" }).getByRole("link", { name: /Penawaran tanpa persetujuan Anda/ }),
  ).toHaveAttribute("href", `${casePath}/rules#rule-ID-OJK-CONSENT`);

  await line.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${casePath}/rules#rule-ID-OJK-CONSENT$`));
  const rules = page.getByRole("region", { name: RULES });
  const consent = rules.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Penawaran tanpa persetujuan Anda/ }) });
  await expect(consent).toContainText("POJK 22/2023, Pasal 39 ayat (1)");
  // Whether the sender is an OJK-licensed firm is not known yet: only "may have broken", and why.
  await expect(consent.getByRole("heading")).toContainText("Mungkin melanggar");
  await expect(consent).toContainText("Aturan ini hanya mengikat perusahaan berizin OJK.");
  // Sunday evening: the hours of Art 39(4)(a) aggravate the consent breach, not a breach of their own.
  await expect(consent).toContainText("juga bertentangan dengan aturan “Di luar hari dan jam yang diizinkan”");
  await expect(rules.getByRole("heading", { name: /Di luar hari dan jam yang diizinkan/ })).toHaveCount(0);
  // What would make it checkable: the time they were asked to stop.
  await expect(rules).toContainText("Tambahkan kapan Anda meminta mereka berhenti");
  // The contact is among the newest entries: its link leads back to it on the case page.
  await expect(consent.getByRole("link", { name: /22 Nov 2026/ }).first()).toHaveAttribute("href", new RegExp(`^${casePath}#incident-`));
  await checkPage(page, "case-rules");

  await page.getByRole("button", { name: "English" }).click();
  const rulesEn = page.getByRole("region", { name: "Rules this sender broke or may have broken" });
  const consentEn = rulesEn.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Offers without your consent/ }) });
  await expect(consentEn).toContainText("may offer products by phone, SMS or private message only with your prior consent");
  await expect(consentEn).toContainText("POJK 22/2023, Pasal 39 ayat (1)");
  await expect(consentEn).toContainText("May have broken");
  await expect(consentEn).toContainText("Shown by 1 contact:");

  // The sender targets the user from France: the French rules apply instead, checked again on this page.
  await page.getByLabel("Rules of which country?").selectOption({ label: "France" });
  await page.getByRole("button", { name: "Use these rules" }).click();
  await expect(page.getByText("Country saved; the rules are checked again.")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${casePath}/rules`));
  const sms = rulesEn.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Marketing SMS without consent/ }) });
  await expect(sms).toContainText("art. L34-5");
  await expect(sms.getByRole("heading")).toContainText("Broke this rule");
  // The operators' charter is not law: information only, never a rule broken.
  await expect(rulesEn.getByRole("heading", { name: "For information: operators' charter (not law)" })).toBeVisible();
  await expect(rulesEn.getByRole("heading", { name: /SMS outside the operators' charter hours/ })).not.toContainText("May have broken");
  await expect(rulesEn.getByRole("heading", { name: /Offers without your consent/ })).toHaveCount(0);
  await checkPage(page, "case-rules-en");

  // Back on the case page, the line says "broke" too, and leads to the French rule.
  await page.getByRole("link", { name: "Back to the case" }).click();
  const smsLine = page
    .getByRole("region", { name: "Rules this sender broke or may have broken" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Marketing SMS without consent" }) });
  await expect(smsLine).toContainText("Broke this rule");
  await expect(smsLine.getByRole("link")).toHaveAttribute("href", `${casePath}/rules#rule-FR-SMS-CONSENT`);
});

test("OJK rules are not applied to a shop; a caller who did not name the company breaks Art 39(4)(b) for a bank; others' rules and routes pages are not found", async ({
  page,
  browser,
}) => {
  await signUp(page);
  await logSms(page, { sender: "TokoBaju", when: "2026-11-22T21:00", text: "Diskon 70% hari ini saja!", category: "Promo toko" });
  const shopCase = new URL(page.url()).pathname;
  // Nothing to claim: the case page says so, and how much cannot be checked yet.
  await expect(page.getByRole("region", { name: RULES })).toContainText(/\d+ hal belum bisa diperiksa/);
  await openRules(page);
  const rules = page.getByRole("region", { name: RULES });
  await expect(rules).toContainText("Aturan OJK hanya berlaku untuk perusahaan jasa keuangan");
  await expect(rules).toContainText("Tidak ditemukan aturan jam kirim untuk SMS promosi");
  await expect(rules.getByRole("heading", { name: /Di luar hari dan jam yang diizinkan/ })).toHaveCount(0);
  await backToCase(page);

  await page.goto("/incidents/new");
  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill("021-5550-1234");
  await page.getByLabel("Kapan diterima?").fill("2026-11-23T10:00");
  await page.getByRole("group", { name: "Apakah Anda mengangkatnya?" }).getByRole("radio", { name: "Ya", exact: true }).check();
  await page.getByLabel("Tentang apa?").selectOption({ label: "Kartu kredit" });
  await page.getByRole("radio", { name: "Saya pernah setuju" }).check();
  await page.getByRole("group", { name: "Apakah mereka menyebut nama perusahaannya? (opsional)" }).getByRole("radio", { name: "Tidak", exact: true }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("region", { name: RULES }).getByRole("link", { name: /Tidak menyebut nama perusahaan/ })).toBeVisible();
  await openRules(page);
  await expect(page.getByRole("heading", { name: /Tidak menyebut nama perusahaan/ })).toBeVisible();
  await expect(page.getByRole("region", { name: RULES })).toContainText("Pasal 39 ayat (4) huruf b");

  const other = await browser.newContext();
  const intruder = await other.newPage();
  await signUp(intruder);
  for (const detail of ["rules", "routes"]) expect((await intruder.request.get(`${shopCase}/${detail}`)).status(), detail).toBe(404);
  expect((await intruder.request.get(`${new URL(page.url()).pathname}`)).status()).toBe(404);
  await other.close();
});
