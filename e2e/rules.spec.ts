import { expect, test } from "@playwright/test";
import { checkPage, logSms, signUp } from "./fixtures";

test("a loan SMS on a Sunday evening shows the broken rules with their strength and legal source, in both languages", async ({ page }) => {
  await signUp(page);
  await logSms(page, { sender: "KrediNow", when: "2026-11-22T19:45", text: "Pinjaman cair 10 juta tanpa jaminan! Klik link.", category: "Pinjaman" });

  const rules = page.getByRole("region", { name: "Aturan yang dilanggar atau mungkin dilanggar pengirim ini" });
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
  // The incident in the timeline carries a mark that leads to the rule.
  await expect(page.getByRole("list", { name: "Aturan yang dilanggar kejadian ini" }).getByRole("link", { name: /Penawaran tanpa persetujuan Anda/ })).toHaveAttribute("href", "#rule-ID-OJK-CONSENT");
  await expect(consent.getByRole("link", { name: /22 Nov 2026/ }).first()).toHaveAttribute("href", /^#incident-/);
  await checkPage(page, "case-rules");

  await page.getByRole("button", { name: "English" }).click();
  const rulesEn = page.getByRole("region", { name: "Rules this sender broke or may have broken" });
  const consentEn = rulesEn.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Offers without your consent/ }) });
  await expect(consentEn).toContainText("may offer products by phone, SMS or private message only with your prior consent");
  await expect(consentEn).toContainText("POJK 22/2023, Pasal 39 ayat (1)");
  await expect(consentEn).toContainText("May have broken");
  await expect(consentEn).toContainText("Shown by 1 contact:");

  // The sender targets the user from France: the French rules apply instead.
  await page.getByLabel("Rules of which country?").selectOption({ label: "France" });
  await page.getByRole("button", { name: "Use these rules" }).click();
  await expect(page.getByText("Country saved; the rules are checked again.")).toBeVisible();
  const sms = rulesEn.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /Marketing SMS without consent/ }) });
  await expect(sms).toContainText("art. L34-5");
  await expect(sms.getByRole("heading")).toContainText("Broke this rule");
  // The operators' charter is not law: information only, never a rule broken.
  await expect(rulesEn.getByRole("heading", { name: "For information: operators' charter (not law)" })).toBeVisible();
  await expect(rulesEn.getByRole("heading", { name: /SMS outside the operators' charter hours/ })).not.toContainText("May have broken");
  await expect(rulesEn.getByRole("heading", { name: /Offers without your consent/ })).toHaveCount(0);
  await checkPage(page, "case-rules-en");
});

test("OJK rules are not applied to a shop; a caller who did not name the company breaks Art 39(4)(b) for a bank", async ({ page }) => {
  await signUp(page);
  await logSms(page, { sender: "TokoBaju", when: "2026-11-22T21:00", text: "Diskon 70% hari ini saja!", category: "Promo toko" });
  const rules = page.getByRole("region", { name: "Aturan yang dilanggar atau mungkin dilanggar pengirim ini" });
  await expect(rules).toContainText("Aturan OJK hanya berlaku untuk perusahaan jasa keuangan");
  await expect(rules).toContainText("Tidak ditemukan aturan jam kirim untuk SMS promosi");
  await expect(rules.getByRole("heading", { name: /Di luar hari dan jam yang diizinkan/ })).toHaveCount(0);

  await page.goto("/incidents/new");
  await page.getByRole("radio", { name: "Telepon", exact: true }).check();
  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill("021-5550-1234");
  await page.getByLabel("Kapan diterima?").fill("2026-11-23T10:00");
  await page.getByRole("group", { name: "Apakah Anda mengangkatnya?" }).getByRole("radio", { name: "Ya", exact: true }).check();
  await page.getByLabel("Tentang apa?").selectOption({ label: "Kartu kredit" });
  await page.getByRole("radio", { name: "Saya pernah setuju" }).check();
  await page.getByRole("group", { name: "Apakah mereka menyebut nama perusahaannya? (opsional)" }).getByRole("radio", { name: "Tidak", exact: true }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("heading", { name: /Tidak menyebut nama perusahaan/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Aturan yang dilanggar atau mungkin dilanggar pengirim ini" })).toContainText("Pasal 39 ayat (4) huruf b");
});
