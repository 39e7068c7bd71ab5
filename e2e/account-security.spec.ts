import { expect, test, type Browser, type Page } from "@playwright/test";
import { checkPage, linkIn, mailsTo, PASSWORD, signIn, signUp, uniqueEmail, waitForMail } from "./fixtures";

const PHONE = { viewport: { width: 390, height: 844 }, timezoneId: "Asia/Jakarta" };

/** Another browser (its own cookies): another device, or an attacker. */
async function otherBrowser(browser: Browser): Promise<Page> {
  const context = await browser.newContext(PHONE);
  return context.newPage();
}

async function submitSignUp(page: Page, email: string, password: string) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Buat akun" }).click();
  const answer = page.getByRole("status");
  await expect(answer.getByRole("heading", { name: "Periksa kotak masuk Anda" })).toBeVisible();
  return answer;
}

test("signing up with an address that has an account looks exactly like a new sign-up; the owner is told by mail", async ({ page, browser }) => {
  const email = await signUp(page);
  const stranger = await otherBrowser(browser);
  const taken = await submitSignUp(stranger, email, "another long passphrase");
  const takenText = (await taken.innerText()).replace(email, "<email>");
  const fresh = uniqueEmail("fresh");
  const created = await submitSignUp(stranger, fresh, "another long passphrase");
  expect((await created.innerText()).replace(fresh, "<email>")).toBe(takenText);
  await checkPage(stranger, "signup-check-inbox");

  const mail = await waitForMail(email, 2);
  expect(mail.subject).toBe("Anda sudah punya akun Spamtrail");
  expect(mail.text).toContain("Anda sudah punya akun");
  // The link in that mail resets the password; the stranger's password was not set.
  await signIn(stranger, email, "another long passphrase");
  await expect(stranger.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi tidak benar.");
  expect((await waitForMail(fresh)).subject).toBe("Konfirmasi akun Spamtrail Anda");
  await stranger.context().close();
});

test("an unconfirmed account is asked to confirm first and gets a new link; the link page asks for the password", async ({ browser }) => {
  const page = await otherBrowser(browser);
  const email = uniqueEmail("unconfirmed");
  await submitSignUp(page, email, PASSWORD);
  const first = await waitForMail(email);
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Konfirmasi alamat email Anda dulu. Kami baru saja mengirim tautan baru ke kotak masuk Anda.",
  );
  const second = await waitForMail(email, 2);

  // Opening a link (as a mail scanner would) uses nothing: the first link still works.
  await page.goto(linkIn(second, "/confirm"));
  await page.goto(linkIn(first, "/confirm"));
  await expect(page.getByRole("heading", { name: "Konfirmasi email Anda" })).toBeVisible();
  await checkPage(page, "confirm-email");
  await page.getByLabel("Kata sandi").fill("not the password at all");
  await page.getByRole("button", { name: "Konfirmasi dan masuk" }).click();
  await expect(page.getByText("Kata sandi ini salah.")).toBeVisible();
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Konfirmasi dan masuk" }).click();
  await expect(page.getByRole("heading", { name: "Catat pesan atau telepon" })).toBeVisible();

  // Used: the other link now says so.
  await page.goto(linkIn(second, "/confirm"));
  await expect(page.getByRole("heading", { name: "Tautan ini tidak berlaku lagi" })).toBeVisible();
  await checkPage(page, "link-invalid");
  await page.context().close();
});

test("a forgotten password is reset by mail; the link works once and ends other sessions", async ({ page, browser }) => {
  const email = await signUp(page);
  const before = mailsTo(email).length;
  const device = await otherBrowser(browser);
  await device.goto("/login");
  await device.getByRole("link", { name: "Lupa kata sandi?" }).click();
  await expect(device.getByRole("heading", { name: "Lupa kata sandi" })).toBeVisible();
  await checkPage(device, "reset-request");
  await device.getByLabel("Email").fill(email);
  await device.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(device.getByRole("status")).toContainText(`Jika ${email} punya akun Spamtrail`);

  const link = linkIn(await waitForMail(email, before + 1), "/reset/new");
  await device.goto(link);
  await expect(device.getByRole("heading", { name: "Buat kata sandi baru" })).toBeVisible();
  await checkPage(device, "reset-new-password");
  await device.getByLabel("Kata sandi baru").fill("short");
  await device.getByRole("button", { name: "Simpan dan masuk" }).click();
  await expect(device.getByText("Gunakan minimal 10 karakter.")).toBeVisible();
  await device.getByLabel("Kata sandi baru").fill("a new and long passphrase");
  await device.getByRole("button", { name: "Simpan dan masuk" }).click();
  await expect(device.getByRole("heading", { name: "Catat pesan atau telepon" })).toBeVisible();

  // The first browser's session ended with the reset.
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcases/);
  await device.goto(link);
  await expect(device.getByRole("heading", { name: "Tautan ini tidak berlaku lagi" })).toBeVisible();
  await signIn(page, email, "a new and long passphrase");
  await expect(page).toHaveURL(/\/cases$/);
  await device.context().close();
});

test("changing the password keeps this device signed in and signs out the others; 'sign out everywhere' ends all", async ({ page, browser }) => {
  const email = await signUp(page);
  const laptop = await otherBrowser(browser);
  await signIn(laptop, email);
  await expect(laptop).toHaveURL(/\/cases$/);

  await page.goto("/profile");
  await page.getByLabel("Kata sandi saat ini").fill("not my password at all");
  await page.getByLabel("Kata sandi baru").fill("my second passphrase");
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByText("Kata sandi ini salah.")).toBeVisible();
  await page.getByLabel("Kata sandi saat ini").fill(PASSWORD);
  await page.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(page.getByRole("status")).toHaveText("Kata sandi sudah diganti. Semua perangkat lain sudah dikeluarkan.");
  await checkPage(page, "profile-password-changed");

  await page.goto("/cases");
  await expect(page).toHaveURL(/\/cases$/);
  await laptop.goto("/cases");
  await expect(laptop).toHaveURL(/\/login\?callbackUrl=%2Fcases/);
  await signIn(laptop, email, "my second passphrase");
  await expect(laptop).toHaveURL(/\/cases$/);

  await page.goto("/profile");
  await page.getByRole("button", { name: "Keluar dari semua perangkat" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/cases");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcases/);
  await laptop.goto("/cases");
  await expect(laptop).toHaveURL(/\/login\?callbackUrl=%2Fcases/);
  await laptop.context().close();
});

test("an attacker's wrong passwords lock out the attacker, not the owner's known browser, and the form says how long to wait", async ({ page, browser }) => {
  const email = await signUp(page);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" }).first()).toBeVisible();

  // Same network (every test browser is 127.0.0.1), another browser.
  const attacker = await otherBrowser(browser);
  for (let attempt = 1; attempt <= 10; attempt++) {
    await signIn(attacker, email, `wrong guess number ${attempt}`);
    await expect(attacker.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi tidak benar.");
  }
  await signIn(attacker, email, PASSWORD);
  await expect(attacker.getByRole("main").getByRole("alert")).toHaveText("Terlalu banyak percobaan. Coba lagi dalam 15 menit.");
  await checkPage(attacker, "login-too-many-attempts");

  // The owner's browser, known since its last sign-in, still gets in.
  await signIn(page, email);
  await expect(page).toHaveURL(/\/cases$/);
  await attacker.context().close();
});

test("a callback URL can only lead back into the app", async ({ page }) => {
  const email = await signUp(page);
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByRole("link", { name: "Masuk" }).first()).toBeVisible();

  // A newline is no server error.
  for (const sneaky of ["%2F%0A%2Fevil.example", "%2F%0D%0A%2Fevil.example", "%5C%2Fevil.example"]) {
    const response = await page.goto(`/login?callbackUrl=${sneaky}`);
    expect(response?.status()).toBe(200);
  }
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Kata sandi").fill(PASSWORD);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/cases$/);
  // Signed in, the login page redirects at once: still into the app.
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example");
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/cases$/);
  const newline = await page.goto("/login?callbackUrl=%2F%0A%2Fevil.example");
  expect(newline?.status()).toBe(200);
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/cases$/);
  await page.goto("/login?callbackUrl=%2Fprofile");
  await expect(page).toHaveURL(/\/profile$/);
});
