import { expect, test, type Browser, type BrowserContext, type Page, type Response } from "@playwright/test";
import { serviceAvailable } from "../lib/testing/services";
import { get, getThrough, INSTANCE, startDeployment } from "./balancer-harness";
import { logSms, PASSWORD, signIn, signUp } from "./fixtures";

// Issue 20: two app servers behind nginx, sharing one PostgreSQL, Redis and S3 bucket
// (e2e/balancer-harness.ts says what is shared), on ports of their own beside the suite's server
// (E2E_PORT; +1 and +7 are other specs' servers, +2000 the suite's mailbox, which these servers
// mail to as well).
// A person goes through the balancer: newcomer, share, moderation, a sign-in lockout; one server
// is killed in the middle and the flow goes on through the other, then it is started again.
test.describe.configure({ mode: "serial" });
test.skip(
  !serviceAvailable("nginx") || !serviceAvailable("redis-server") || !serviceAvailable("postgres"),
  "nginx, redis-server or postgresql is not installed",
);

const SUITE_PORT = Number(process.env.E2E_PORT ?? 3210);
const SENDER = `0812-7700-${String(Date.now()).slice(-4)}`;
const KEPT = "Pinjaman cair hari ini tanpa jaminan";
const HIDDEN = "Dasar kalian semua penipu bodoh";

type Seen = { instance: string | undefined; status: number; method: string; url: string };

let deployment: Awaited<ReturnType<typeof startDeployment>>;
/** Every answer the browsers got through the balancer, in order. */
const seen: Seen[] = [];
let senderPath = "";
let newcomer: Page;

async function context(browser: Browser): Promise<BrowserContext> {
  const opened = await browser.newContext({ baseURL: deployment.url });
  opened.on("response", (response) => {
    // Next's hashed files are kept by the browser (immutable): a cached one names the server that first sent it.
    if (!response.url().startsWith(deployment.url) || new URL(response.url()).pathname.startsWith("/_next/static/")) return;
    seen.push({ instance: response.headers()[INSTANCE], status: response.status(), method: response.request().method(), url: response.url() });
  });
  return opened;
}

/** The instance that answered the next POST (a form sent, a server action) on this page. */
function nextPost(page: Page): Promise<Response> {
  return page.waitForResponse((response) => response.request().method() === "POST");
}

/** The page's text as a reader sees it (React separates interpolated text with empty comments). */
function text(html: string): string {
  return html.replace(/<!-- -->/g, "");
}

test.beforeAll(async () => {
  test.setTimeout(300_000);
  deployment = await startDeployment({
    instancePorts: [SUITE_PORT + 2, SUITE_PORT + 3],
    balancerPort: SUITE_PORT + 10,
    smtpUrl: `smtp://127.0.0.1:${SUITE_PORT + 2000}`,
  });
});

test.afterAll(async () => {
  await deployment?.close();
});

test("a newcomer signs up, logs and shares through the balancer; the sender page shows it from both servers", async ({ browser }) => {
  newcomer = await (await context(browser)).newPage();
  await signUp(newcomer);
  await logSms(newcomer, { sender: SENDER, when: "2026-11-20T10:00", text: KEPT, category: "Pinjaman" });
  await newcomer.goto("/incidents/new");
  await logSms(newcomer, { sender: SENDER, when: "2026-11-21T10:00", text: HIDDEN, category: "Pinjaman" });
  await newcomer.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  const shared = nextPost(newcomer);
  await newcomer.getByRole("button", { name: "Bagikan ke publik" }).click();
  expect((await shared).headers()[INSTANCE]).toMatch(/^[ab]$/);
  await expect(newcomer.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();

  const visitor = await (await context(browser)).newPage();
  await visitor.goto(`/senders?q=${encodeURIComponent(SENDER)}`);
  await expect(visitor).toHaveURL(/\/senders\/[0-9a-f-]{36}$/);
  await expect(visitor.getByText(HIDDEN)).toBeVisible();
  senderPath = new URL(visitor.url()).pathname;
  await visitor.context().close();

  // Each server keeps its own copy of the page (its second visit comes from its front cache).
  for (const instance of ["a", "b"]) {
    await expect.poll(async () => (await getThrough(deployment.url, instance, senderPath)).headers["x-spamtrail-front"]).toBe("hit");
    const page = text((await getThrough(deployment.url, instance, senderPath)).body);
    expect(page).toContain("Dilaporkan oleh 1 orang: 2 pesan dan telepon");
    expect(page).toContain(HIDDEN);
  }
});

test("an admin hides the report through the balancer; neither server's public page shows it any more", async ({ browser }) => {
  const admin = await (await context(browser)).newPage();
  const adminEmail = await signUp(admin);
  const made = deployment.script("scripts/set-role.ts", adminEmail, "admin");
  expect(made.status, made.stderr).toBe(0);

  await admin.goto(senderPath);
  const abusive = admin.getByRole("listitem").filter({ hasText: HIDDEN });
  await abusive.getByText("Laporkan konten ini").click();
  await abusive.getByLabel("Mengapa moderator perlu melihatnya?").fill("Ini makian, bukan fakta tentang pesan.");
  await abusive.getByRole("button", { name: "Kirim ke moderator" }).click();
  await expect(abusive.getByText("Terima kasih: moderator akan memeriksanya.")).toBeVisible();

  await admin.goto("/admin");
  const item = admin
    .getByRole("list", { name: /konten dilaporkan/ })
    .getByRole("listitem")
    .filter({ hasText: HIDDEN });
  await item.getByLabel("Alasan (ditampilkan kepada orang yang membagikannya)").fill("Bahasa kasar");
  const hidden = nextPost(admin);
  await item.getByRole("button", { name: "Sembunyikan dari publik" }).click();
  const hiddenBy = (await hidden).headers()[INSTANCE]!;
  await expect(item).toHaveCount(0);

  // Both servers had the page in their front cache: the one that did not hide it drops its copy too.
  for (const instance of [hiddenBy === "a" ? "b" : "a", hiddenBy]) {
    const answer = await getThrough(deployment.url, instance, senderPath);
    expect(answer.status).toBe(200);
    expect(text(answer.body)).toContain("Dilaporkan oleh 1 orang: 1 pesan dan telepon");
    expect(answer.body).not.toContain(HIDDEN);
    expect(answer.body).toContain(KEPT);
  }
  // The expiry reached the other server as a Redis message, not through the database's log.
  expect(await deployment.rowsIn("page_expiries")).toBe(0);
  await admin.context().close();

  await newcomer.goto(senderPath);
  await expect(newcomer.getByText(KEPT)).toBeVisible();
  await expect(newcomer.locator("body")).not.toContainText(HIDDEN);
});

test("a sign-in lockout counts guesses through both servers, holds while one is killed and after it is started again", async ({ browser }) => {
  const owner = await (await context(browser)).newPage();
  const email = await signUp(owner);
  await owner.context().close();

  const guesser = await (await context(browser)).newPage();
  const guessedThrough = new Set<string>();
  let guesses = 0;
  const guess = async () => {
    const answered = nextPost(guesser);
    await signIn(guesser, email, `wrong password ${++guesses}`);
    const through = (await answered).headers()[INSTANCE]!;
    // A sign-in takes the same number of requests each time: one more shifts nginx's turn, so the
    // guesses alternate between the servers.
    if (guessedThrough.has(through)) await get(deployment.url, "/api/viewer");
    guessedThrough.add(through);
    await expect(guesser.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi tidak benar.");
  };
  // Half the guesses while both servers run.
  while (guesses < 5) await guess();
  expect([...guessedThrough].sort()).toEqual(["a", "b"]);

  // Server b crashes. The balancer sends everything to a: the guesses go on, nothing fails.
  const [a, b] = deployment.instances;
  // Nothing in flight to b when it dies: what its pages asked for has been answered.
  await guesser.waitForLoadState("networkidle");
  await newcomer.waitForLoadState("networkidle");
  await b!.stop("SIGKILL");
  const killedAt = seen.length;
  while (guesses < 10) await guess();
  const answeredSince = seen.slice(killedAt);
  expect(answeredSince.length).toBeGreaterThan(0);
  expect(answeredSince.filter((answer) => answer.instance !== "a" || answer.status >= 500)).toEqual([]);

  // The newcomer's work goes on through a as well.
  await newcomer.goto("/incidents/new");
  await logSms(newcomer, { sender: SENDER, when: "2026-11-22T10:00", text: "Pinjaman cair lagi, bunga ringan", category: "Pinjaman" });
  expect((await get(deployment.url, "/api/viewer")).instance).toBe("a");

  // The right password is refused now: the guesses counted through both servers lock it.
  await signIn(guesser, email, PASSWORD);
  await expect(guesser.getByRole("main").getByRole("alert")).toHaveText("Terlalu banyak percobaan. Coba lagi dalam 15 menit.");
  expect(a!.running).toBe(true);

  // Server b is started again and the balancer sends to it once more: it refuses the sign-in too.
  await b!.start();
  await expect.poll(async () => (await get(deployment.url, "/api/viewer")).instance, { message: "b serves through the balancer again" }).toBe("b");
  for (let attempt = 0; ; attempt++) {
    expect(attempt, "a sign-in through b").toBeLessThan(20);
    const page = await (await context(browser)).newPage();
    const answered = nextPost(page);
    await signIn(page, email, PASSWORD);
    const through = (await answered).headers()[INSTANCE];
    if (through === "b") {
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("Terlalu banyak percobaan. Coba lagi dalam 15 menit.");
      await page.context().close();
      break;
    }
    await page.context().close();
    await get(deployment.url, "/api/viewer");
  }
  await guesser.context().close();
  // The guesses were counted in Redis, not in the PostgreSQL database the servers also share.
  expect(await deployment.rowsIn("rate_limits")).toBe(0);
});

test("both servers answered the browsers through the balancer", () => {
  const answered = (instance: string | undefined) => seen.filter((answer) => answer.instance === instance).length;
  expect(answered(undefined), "answers without an instance").toBe(0);
  expect(answered("a")).toBeGreaterThan(10);
  expect(answered("b")).toBeGreaterThan(10);
  expect(seen.filter((answer) => answer.status >= 500)).toEqual([]);
});

test("the servers kept their data in PostgreSQL, none of it in a SQLite file", async () => {
  // The newcomer, the admin and the locked account's owner.
  expect(await deployment.rowsIn("users")).toBeGreaterThanOrEqual(3);
  expect(deployment.sqliteFileExists()).toBe(false);
});
