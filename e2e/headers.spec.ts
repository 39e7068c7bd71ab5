import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import sharp from "sharp";
import { expectNoCspViolation, logSms, signUp } from "./fixtures";

// Security headers on every kind of answer, a script policy the pages keep to (a nonce for pages
// rendered per request, hashes for cached ones), and injected scripts refused (server/server.mjs,
// server/security-headers.mjs).

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], what).not.toContain("unsafe-eval");
  // Served over plain http in the tests: no HSTS (it is sent when NEXTAUTH_URL is https).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

/** What a public sender page tells caches outside the app without CDN_PURGE_URL (server/cdn-headers.mjs). */
function expectPublicPageCaching(headers: Record<string, string>, what: string) {
  expect(headers["cache-control"], what).toBe("public, max-age=0, must-revalidate");
  expect(headers["vary"], what).toMatch(/\bAccept-Encoding\b/);
  expect(headers["vary"], what).toMatch(/\bCookie\b/);
  expect(headers["etag"], what).toBeTruthy();
  expect(headers["surrogate-key"], what).toBeUndefined();
  expect(headers["cdn-cache-control"], what).toBeUndefined();
}

/** Runs a script added the way an injection would, and says whether it ran. */
async function injectedScriptRuns(page: Page) {
  const refused = page.waitForEvent("console", (message) => /Content Security Policy/i.test(message.text()));
  const ran = await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  if (!ran) await refused;
  return ran;
}

test("pages, JSON, 404s and refused input all carry the headers; a page's nonce is the one in its policy", async ({ request }) => {
  const login = await request.get("/login");
  expectSecurityHeaders(login, "/login");
  const nonce = /'nonce-([^']+)'/.exec(login.headers()["content-security-policy"]!)?.[1];
  expect(nonce).toBeTruthy();
  const html = await login.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
  // Another visit, another nonce.
  expect((await request.get("/login")).headers()["content-security-policy"]).not.toContain(nonce);

  expectSecurityHeaders(await request.get("/api/viewer"), "JSON");
  const notFound = await request.get("/no-such-page");
  expect(notFound.status()).toBe(404);
  expectSecurityHeaders(notFound, "static 404");
  // Next's 404 page is rendered once at build: its scripts are allowed by their hashes.
  expect(notFound.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  const missingSender = await request.get("/senders/00000000-0000-4000-8000-000000000000");
  expect(missingSender.status()).toBe(404);
  expectSecurityHeaders(missingSender, "404 of a sender page");
  const signInFirst = await request.get("/cases", { maxRedirects: 0 });
  expect(signInFirst.status()).toBe(307);
  expectSecurityHeaders(signInFirst, "redirect");
  const refused = await request.get("/cases/%zz");
  expect(refused.status()).toBe(400);
  expectSecurityHeaders(refused, "400");
});

test("another origin cannot frame /login", async ({ page, baseURL }) => {
  // Another origin on the same machine (127.0.0.1, not localhost), so that Chromium's private
  // network rules do not stop the frame before it loads: the page's own headers must. Beside it,
  // a frame of that origin's own page, to show framing itself works.
  const other = `http://127.0.0.1:${new URL(baseURL!).port}`;
  await page.route(`${other}/evil`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>evil</title><script>let loaded = 0; function done() { if (++loaded === 2) document.title = "both loaded"; }</script>
        <iframe title="login" src="${baseURL}/login" onload="done()"></iframe><iframe title="own" src="${other}/own" onload="done()"></iframe>`,
    }),
  );
  await page.route(`${other}/own`, (route) => route.fulfill({ contentType: "text/html", body: `<label>Email <input></label>` }));
  await page.goto(`${other}/evil`);
  await expect(page).toHaveTitle("both loaded");
  await expect(page.frameLocator("iframe[title=own]").getByLabel("Email")).toHaveCount(1);
  await expect(page.frameLocator("iframe[title=login]").getByLabel("Email")).toHaveCount(0);
});

test("a cached public page and a page rendered per request run their own scripts and refuse injected ones", async ({ page, browser }) => {
  await signUp(page);
  await expectNoCspViolation(page, "signup");
  await logSms(page, { sender: "0812-7000-6161", when: "2026-11-21T20:05", text: "Pinjaman cair cepat tanpa jaminan", category: "Pinjaman" });
  await page.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await page.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(page.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();
  await expectNoCspViolation(page, "share");
  expect(await injectedScriptRuns(page)).toBe(false);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const visitor = await context.newPage();
  // A visitor without a session: the front tells the page who is looking, without asking Next
  // (server/front-viewer.mjs); the reporter, signed in, is answered by Next.
  const viewerAnswer = visitor.waitForResponse((response) => new URL(response.url()).pathname === "/api/viewer");
  const firstVisit = (await visitor.goto("/senders/search?q=081270006161"))!;
  expect((await viewerAnswer).headers()["x-spamtrail-front"]).toBe("viewer");
  expect(await (await viewerAnswer).json()).toEqual({ role: null, unread: 0 });
  const reporter = await page.request.get("/api/viewer");
  expect(reporter.headers()["x-spamtrail-front"]).toBeUndefined();
  expect(((await reporter.json()) as { role: string | null }).role).not.toBeNull();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(/812.?7000.?6161/);
  const senderUrl = new URL(visitor.url()).pathname;
  // Next's first answer (sharing dropped every copy): a shared cache must revalidate it, per language cookie.
  expect(firstVisit.headers()["x-spamtrail-front"]).toBeUndefined();
  expectPublicPageCaching(firstVisit.headers(), "Next's first answer");
  // A later visit is answered from the front's copy: its policy lists the copy's script hashes.
  // (Each worker of server/cluster.mjs keeps its own copy: visits until one comes from a copy.)
  const visits: Response[] = [];
  await expect
    .poll(async () => {
      visits.push((await visitor.goto(senderUrl))!);
      return visits.at(-1)!.headers()["x-spamtrail-front"];
    })
    .toBe("hit");
  const second = visits.at(-1);
  expect(second?.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(second?.headers()["x-content-type-options"]).toBe("nosniff");
  expectPublicPageCaching(second!.headers(), "the front's copy");
  // The page's own scripts ran: the chart drew, and the language button switches.
  await expect(visitor.getByRole("img", { name: /Laporan menurut jam dan hari/ })).toBeVisible();
  await visitor.getByRole("region", { name: "Kapan mengirim" }).getByText("Tampilkan sebagai tabel").click();
  await expect(visitor.getByRole("row", { name: /^20:00/ })).toBeVisible();
  await visitor.getByRole("button", { name: "English" }).click();
  await expect(visitor.getByRole("heading", { name: "Facts", exact: true })).toBeVisible();
  await expectNoCspViolation(visitor, "cached sender page, then in English");
  expect(await injectedScriptRuns(visitor)).toBe(false);
  await context.close();
});

test("an evidence file keeps its own sandboxing policy, not the page policy", async ({ page }) => {
  await signUp(page);
  const png = await sharp({ create: { width: 40, height: 40, background: "#ffffff", channels: 3 } })
    .png()
    .toBuffer();
  const uploaded = await page.request.post("/api/evidence", { data: png, headers: { "content-type": "application/octet-stream", "x-file-name": "bukti.png" } });
  expect(uploaded.status()).toBe(201);
  const { id } = (await uploaded.json()) as { id: string };
  const file = await page.request.get(`/api/evidence/${id}`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  expect(file.headers()["content-security-policy"]).not.toContain("nonce-");
  expectSecurityHeaders(file, "evidence file");
});
