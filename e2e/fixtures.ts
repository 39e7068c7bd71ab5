import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const PASSWORD = "spam sms every morning";

export function uniqueEmail(label = "user"): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.test`;
}

export type ReceivedMail = { to: string[]; subject: string; text: string };

const MAIL_FOLDER = path.resolve(import.meta.dirname, "..", ".e2e-mail");

/** Every mail the test mailbox (e2e/smtp-receiver.mjs) received for this address, oldest first. */
export function mailsTo(address: string): ReceivedMail[] {
  const names = readdirSync(MAIL_FOLDER)
    .filter((name) => name.endsWith(".json") && !name.startsWith("."))
    .sort();
  return names.map((name) => JSON.parse(readFileSync(path.join(MAIL_FOLDER, name), "utf8")) as ReceivedMail).filter((mail) => mail.to.includes(address));
}

/** Waits for the address's mail number `count` (1 = the first) and gives the newest. */
export async function waitForMail(address: string, count = 1): Promise<ReceivedMail> {
  await expect.poll(() => mailsTo(address).length, { message: `mail #${count} to ${address}`, timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  return mailsTo(address).at(-1)!;
}

/** The one-time link to this app page (e.g. "/confirm", "/reset/new") in a mail, as a path for page.goto. */
export function linkIn(mail: ReceivedMail, pagePath: string): string {
  const url = (mail.text.match(/https?:\/\/\S+/g) ?? []).map((link) => new URL(link)).find((u) => u.pathname === pagePath && u.searchParams.has("token"));
  if (!url) throw new Error(`No ${pagePath} link in: ${mail.text}`);
  return `${url.pathname}${url.search}`;
}

/**
 * Signs up through the real forms (in Indonesian, the default): the sign-up form, the link in the
 * confirmation mail, the password again; lands on the incident form.
 */
export async function signUp(page: Page, email = uniqueEmail()): Promise<string> {
  const before = mailsTo(email).length;
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Buat akun" }).click();
  await expect(page.getByRole("heading", { name: "Periksa kotak masuk Anda" })).toBeVisible();
  await page.goto(linkIn(await waitForMail(email, before + 1), "/confirm"));
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Konfirmasi dan masuk" }).click();
  await expect(page.getByRole("heading", { name: "Catat pesan atau telepon" })).toBeVisible();
  return email;
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

export type SmsDetails = { sender: string; when: string; text: string; category: string };

/** Fills the incident form for an SMS the user never agreed to. */
export async function fillSms(page: Page, sms: SmsDetails): Promise<void> {
  await page.getByRole("radio", { name: "SMS", exact: true }).check();
  await page.getByLabel("Pengirim, seperti yang tampil di ponsel Anda").fill(sms.sender);
  await page.getByLabel("Kapan diterima?").fill(sms.when);
  await page.getByLabel("Isi pesan").fill(sms.text);
  await page.getByLabel("Tentang apa?").selectOption({ label: sms.category });
  await page.getByRole("radio", { name: "Saya tidak pernah setuju" }).check();
}

type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/** Fills and saves the incident form for an SMS the user never agreed to, with its screenshots if any. */
export async function logSms(page: Page, sms: SmsDetails, files: UploadFile[] = []): Promise<void> {
  await fillSms(page, sms);
  if (files.length) {
    await page.getByLabel("Tambah tangkapan layar atau PDF").setInputFiles(files);
    for (const file of files) await expect(page.getByRole("img", { name: `Pratinjau ${file.name}` })).toBeVisible();
  }
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Tersimpan");
}

/** From a case page: its rules page, with every conclusion's reasons and sources and the case's questions. */
export async function openRules(page: Page) {
  await page.getByRole("link", { name: "Lihat alasan, dasar hukum, dan pertanyaannya" }).click();
  await expect(page).toHaveURL(/\/rules(#.*)?$/);
  await expect(page.getByRole("link", { name: "← Kembali ke kasus", exact: true })).toBeVisible();
}

/** From a case page: its routes page ("What can I do?" with each body's contacts and reasons). */
export async function openRoutes(page: Page) {
  await page.getByRole("link", { name: "Kontak, alasan, dan yang masih diperlukan tiap jalur" }).click();
  await expect(page).toHaveURL(/\/routes$/);
  await expect(page.getByRole("link", { name: "← Kembali ke kasus", exact: true })).toBeVisible();
}

/** From a case's rules or routes page, back to the case page. */
export async function backToCase(page: Page) {
  await page.getByRole("link", { name: "← Kembali ke kasus", exact: true }).click();
  await expect(page.getByRole("region", { name: "Posisi kasus ini" })).toBeVisible();
}

/**
 * Answers the case's questions on its rules page (opened from the case page if need be) and
 * waits until the page took them in: the saved note, or the form's errors.
 */
export async function answerCase(page: Page, answers: { licensed?: string; customer?: string; loss?: string; lossAmount?: string }) {
  if (!new URL(page.url()).pathname.endsWith("/rules")) await openRules(page);
  const questions = page.getByRole("region", { name: "Beberapa pertanyaan tentang pengirim ini" });
  if (answers.licensed)
    await questions
      .getByRole("group", { name: "Apakah pengirim adalah perusahaan jasa keuangan berizin OJK?" })
      .getByRole("radio", { name: answers.licensed, exact: true })
      .check();
  if (answers.customer)
    await questions.getByRole("group", { name: "Apakah Anda nasabah perusahaan ini?" }).getByRole("radio", { name: answers.customer, exact: true }).check();
  if (answers.loss)
    await questions
      .getByRole("group", { name: /Apakah Anda kehilangan uang/ })
      .getByRole("radio", { name: answers.loss, exact: true })
      .check();
  if (answers.lossAmount !== undefined) await questions.getByLabel("Berapa, dalam rupiah?").fill(answers.lossAmount);
  await questions.getByRole("button", { name: "Simpan jawaban" }).click();
  await expect(questions.getByRole("status").or(questions.getByRole("alert")).first()).toBeVisible();
}

/** From a case page: records a written complaint to the company by email, which starts its answer deadline. */
export async function emailComplaint(page: Page, when: string, text: string) {
  await page.getByRole("link", { name: "Catat pesan dengan layanan pelanggannya" }).click();
  await page.getByLabel("Di mana?").selectOption({ label: "Email" });
  await page.getByLabel("Kapan?").fill(when);
  await page.getByLabel("Yang Anda tulis atau katakan").fill(text);
  await page.getByRole("checkbox", { name: /Pengaduan saya kepada perusahaan/ }).check();
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
  await expect(page.getByText("Tersimpan. Pesan sudah ada di linimasa.")).toBeVisible();
}

/** No serious or critical axe violation, no sideways scrolling at 390 px, and a screenshot to look at. */
export async function checkPage(page: Page, name: string) {
  // Next streams the page's metadata, and re-streams it after a server action: the title can be
  // missing for a moment. A violation that is still there on a later pass is real. One pass of axe
  // over a long case page takes seconds on a loaded 2-core machine: the wait is generous, not a clock.
  await expect(page).toHaveTitle(/\S/);
  await expect(async () => {
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(serious, name).toEqual([]);
  }).toPass({ timeout: 60_000 });
  await expectNoCspViolation(page, name);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
}

/** The browser refused nothing the page tried under its Content-Security-Policy (Chromium logs each refusal to the console). */
export async function expectNoCspViolation(page: Page, name: string) {
  const refused = (await page.consoleMessages()).map((message) => message.text()).filter((text) => /Content Security Policy/i.test(text));
  expect(refused, `${name}: refused by the Content-Security-Policy`).toEqual([]);
}
