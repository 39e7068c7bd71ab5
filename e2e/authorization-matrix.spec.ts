import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import sharp from "sharp";
import { emailComplaint, logSms, signUp } from "./fixtures";

/**
 * Who may open what, over every page and route of the app, for the roles the right of reply
 * added (an unverified claimant, a member of an organisation, a member of another one) beside a
 * stranger and a signed-out visitor: nobody but the reporter reaches their private data, an
 * organisation reaches only what is public of its own senders, and nothing public carries what
 * the reporter kept private. A route added without a place in this matrix fails the first test.
 */

function cli(script: string, ...args: string[]): string {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], {
    env: { ...process.env, DATA_DIR: ".e2e-data" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

/** Every page and route handler under app/, as its address pattern (route groups and the locale segment left out). */
function appRoutes(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "page.tsx" || name === "route.ts") found.push(dir);
    }
  };
  walk("app");
  return found.map(
    (dir) =>
      "/" +
      path
        .relative("app", dir)
        .split(path.sep)
        .filter((part) => part && !/^\(.*\)$/.test(part) && part !== "[locale]")
        .join("/"),
  );
}

type Fixture = {
  caseId: string;
  incidentId: string;
  exchangeId: string;
  evidenceId: string;
  importId: string;
  notificationId: string;
  senderId: string;
  sender: string;
};

/** The reporter's own, private addresses: nobody else reaches them. */
const PRIVATE: Record<string, (f: Fixture) => string> = {
  "/cases/[caseId]": (f) => `/cases/${f.caseId}`,
  "/cases/[caseId]/timeline": (f) => `/cases/${f.caseId}/timeline`,
  "/cases/[caseId]/rules": (f) => `/cases/${f.caseId}/rules`,
  "/cases/[caseId]/routes": (f) => `/cases/${f.caseId}/routes`,
  "/cases/[caseId]/share": (f) => `/cases/${f.caseId}/share`,
  "/cases/[caseId]/evidence": (f) => `/cases/${f.caseId}/evidence`,
  "/cases/[caseId]/exchanges/new": (f) => `/cases/${f.caseId}/exchanges/new`,
  "/cases/[caseId]/deadline.ics": (f) => `/cases/${f.caseId}/deadline.ics`,
  "/cases/[caseId]/documents/[kind]": (f) => `/cases/${f.caseId}/documents/data-request`,
  "/cases/[caseId]/documents/[kind]/portal": (f) => `/cases/${f.caseId}/documents/ID-OJK-VIOLATION/portal`,
  "/cases/[caseId]/documents/[kind]/letter.pdf": (f) => `/cases/${f.caseId}/documents/data-request/letter.pdf`,
  "/cases/[caseId]/documents/[kind]/letter.txt": (f) => `/cases/${f.caseId}/documents/data-request/letter.txt`,
  "/incidents/[incidentId]/edit": (f) => `/incidents/${f.incidentId}/edit`,
  "/exchanges/[exchangeId]/edit": (f) => `/exchanges/${f.exchangeId}/edit`,
  "/evidence/[evidenceId]": (f) => `/evidence/${f.evidenceId}`,
  "/api/evidence/[evidenceId]": (f) => `/api/evidence/${f.evidenceId}`,
  "/api/evidence/[evidenceId]/thumbnail": (f) => `/api/evidence/${f.evidenceId}/thumbnail`,
  "/import/[importId]": (f) => `/import/${f.importId}`,
  "/api/imports/[importId]": (f) => `/api/imports/${f.importId}`,
  "/notifications/[notificationId]/open": (f) => `/notifications/${f.notificationId}/open`,
};

/** Each signed-in person's own page (no id in the address): it must show nothing of the reporter's. */
const OWN = ["/", "/cases", "/profile", "/notifications", "/organisation", "/import", "/incidents/new", "/api/viewer"];

/** Only the organisation verified for the sender. */
const ORGANISATION: Record<string, (f: Fixture) => string> = {
  "/organisation/senders/[senderId]": (f) => `/organisation/senders/${f.senderId}`,
};

/** For a role none of the people tested has: admins, or advocates and admins. */
const ROLE_ONLY: Record<string, (f: Fixture) => string> = {
  "/admin": () => "/admin",
  "/advocate": () => "/advocate",
  "/api/export/directory": () => "/api/export/directory",
  "/api/export/senders/[senderId]": (f) => `/api/export/senders/${f.senderId}`,
  "/senders/[senderId]/collective.pdf": (f) => `/senders/${f.senderId}/collective.pdf`,
};

/** Public: anyone, signed in or not; never anything the reporter kept private. */
const PUBLIC: Record<string, (f: Fixture) => string> = {
  "/senders": () => "/senders",
  "/senders/search": (f) => `/senders/search?q=${encodeURIComponent(f.sender)}`,
  "/senders/[senderId]": (f) => `/senders/${f.senderId}`,
  "/senders/[senderId]/reports": (f) => `/senders/${f.senderId}/reports`,
  "/developers": () => "/developers",
  "/open-data": () => "/open-data",
  "/api/v1/senders": (f) => `/api/v1/senders?q=${encodeURIComponent(f.sender)}`,
  "/api/v1/senders/[id]": (f) => `/api/v1/senders/${f.senderId}`,
  "/api/v1/senders/[id]/reports": (f) => `/api/v1/senders/${f.senderId}/reports`,
  "/api/v1/senders/[id]/replies": (f) => `/api/v1/senders/${f.senderId}/replies`,
  "/api/v1/categories": () => "/api/v1/categories",
  "/api/v1/rules": () => "/api/v1/rules",
  "/api/v1/openapi.json": () => "/api/v1/openapi.json",
  "/api/v1/bulk": () => "/api/v1/bulk",
  "/api/v1/bulk/dictionary.json": () => "/api/v1/bulk/dictionary.json",
};

/** Checked elsewhere, and why. */
const ELSEWHERE: Record<string, string> = {
  "/login": "signing in: e2e/account-security.spec.ts",
  "/signup": "signing up: e2e/newcomer.spec.ts",
  "/confirm": "a one-time link: e2e/account-security.spec.ts",
  "/reset": "a one-time link: e2e/account-security.spec.ts",
  "/reset/new": "a one-time link: e2e/account-security.spec.ts",
  "/unsubscribe": "a signed token, anyone holding it: e2e/notifications.spec.ts (a forged one changes nothing)",
  "/api/unsubscribe": "POST with a signed token: e2e/notifications.spec.ts",
  "/api/auth/[...nextauth]": "next-auth's own endpoints",
  "/offline": "the service worker's offline page, no data",
  "/sw.js": "the service worker script, no data",
  "/ocr/[version]/[file]": "the screenshot reader's static files",
  "/share": "Web Share Target: what the person shared from their own phone (e2e/capture-share.spec.ts)",
  "/api/share": "Web Share Target POST (e2e/capture-share.spec.ts)",
  "/api/evidence": "POST of one's own upload (e2e/evidence.spec.ts, cross-site refused)",
  "/api/imports": "POST of one's own history file (e2e/capture-import.spec.ts)",
  "/api/me/export": "the person's own data as a zip (lib/account.test.ts: only their rows)",
  "/api/public-evidence/[id]": "a published crop: public by the reporter's choice (e2e/directory.spec.ts)",
  "/api/v1/bulk/reports.csv.gz": "every public report (e2e/open-data-bulk.spec.ts: a hidden one is gone)",
  "/api/v1/bulk/reports.jsonl.gz": "every public report (lib/open-data/bulk.test.ts)",
};

test("every page and route has its place in the matrix", () => {
  const placed = new Set([
    ...Object.keys(PRIVATE),
    ...OWN,
    ...Object.keys(ORGANISATION),
    ...Object.keys(ROLE_ONLY),
    ...Object.keys(PUBLIC),
    ...Object.keys(ELSEWHERE),
  ]);
  expect(appRoutes().filter((route) => !placed.has(route))).toEqual([]);
});

async function person(browser: Browser, email?: string): Promise<{ page: Page; email: string }> {
  const page = await (await browser.newContext()).newPage();
  return { page, email: await signUp(page, email) };
}

/** What the answer lets through: a refusal (404, or a sign-in redirect) shows none of the secrets. */
async function fetchAs(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  const body = (response.headers()["content-type"] ?? "").match(/text|json|calendar/) ? await response.text() : "";
  return { status: response.status(), location: response.headers()["location"] ?? "", body };
}

test("nobody but the reporter reaches their private data; an organisation sees only what is public of its own senders", async ({ browser }) => {
  test.setTimeout(600_000);
  const id = randomUUID().slice(0, 8);
  const digits = () => String(Math.floor(Math.random() * 10_000)).padStart(4, "0");
  const sharedSender = `0812-77${digits().slice(0, 2)}-${digits()}`;
  const privateSender = `0812-78${digits().slice(0, 2)}-${digits()}`;
  const otherSender = `0812-79${digits().slice(0, 2)}-${digits()}`;
  const privateText = `RAHASIA-${id} hanya untuk saya`;
  const typedPhone = `0813-5555-${digits()}`;

  // The reporter: a private case (with a complaint, a screenshot and an imported history) and a shared one.
  const reporter = await person(browser);
  const r = reporter.page;
  const png = await sharp({ create: { width: 200, height: 300, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  await logSms(r, { sender: privateSender, when: "2026-11-20T10:00", text: privateText, category: "Pinjaman" }, [
    { name: "rahasia.png", mimeType: "image/png", buffer: png },
  ]);
  const caseId = new URL(r.url()).pathname.split("/").at(-1)!;
  await emailComplaint(r, "2026-11-21T09:00", `Tolong berhenti. ${privateText}`);
  await r.goto(`/cases/${caseId}/timeline`);
  const idIn = async (name: RegExp) => (await r.getByRole("link", { name }).first().getAttribute("href"))!.split("/")[2]!;
  const incidentId = await idIn(/^Ubah kejadian/);
  const exchangeId = await idIn(/^Ubah pesan/);
  const evidenceId = await idIn(/^Buka rahasia\.png/);
  await r.goto("/import");
  await r.getByRole("radio", { name: /Cadangan SMS/ }).check();
  const backup = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?><smses count="1"><sms protocol="0" address="${privateSender}" date="${Date.UTC(2026, 10, 20)}" type="1" body="${privateText}" read="1" status="-1" locked="0" /></smses>`;
  await r.getByLabel("Berkas", { exact: true }).setInputFiles({ name: "sms.xml", mimeType: "text/xml", buffer: Buffer.from(backup) });
  await r.getByRole("button", { name: "Unggah dan baca" }).click();
  await expect(r).toHaveURL(/\/import\/[0-9a-f-]{36}$/);
  const importId = new URL(r.url()).pathname.split("/").at(-1)!;

  await r.goto("/incidents/new");
  await logSms(r, { sender: sharedSender, when: "2026-11-22T20:00", text: `Pinjaman cair, hubungi ${typedPhone}`, category: "Pinjaman" });
  await r.getByRole("link", { name: "Pratinjau dan bagikan" }).click();
  await r.getByRole("button", { name: "Bagikan ke publik" }).click();
  await expect(r.getByText("Tersimpan. Halaman publik menampilkan persis ini.")).toBeVisible();

  // The organisation of the shared sender, another organisation, a claimant not yet approved, a stranger.
  const member = await person(browser, `cs-${id}@bank-${id}.test`);
  const [senderId] = (JSON.parse(cli("scripts/org-member.ts", member.email, `Bank ${id}`, `bank-${id}.test`, sharedSender)) as { senderIds: string[] })
    .senderIds;
  const otherMember = await person(browser, `cs-${id}@lain-${id}.test`);
  cli("scripts/org-member.ts", otherMember.email, `Lain ${id}`, `lain-${id}.test`, otherSender);
  const claimant = await person(browser, `cs-${id}@klaim-${id}.test`);
  await claimant.page.goto("/organisation");
  await claimant.page.getByLabel("Nama perusahaan").fill(`Bank ${id}`);
  await claimant.page.getByLabel("Nomor dan ID pengirim").fill(sharedSender);
  await claimant.page.getByRole("button", { name: "Kirim klaim" }).click();
  await expect(claimant.page.getByRole("heading", { name: "Klaim Anda menunggu admin" })).toBeVisible();
  const stranger = await person(browser);

  // The organisation replies: the reporter gets a notification, whose address is theirs alone.
  await member.page.goto(`/organisation/senders/${senderId}`);
  const report = member.page.getByRole("listitem").filter({ hasText: "Pinjaman cair, hubungi" });
  await report.getByLabel("Balas secara publik").fill("Kami akan memeriksa.");
  await report.getByRole("button", { name: "Terbitkan balasan" }).click();
  await expect(report.getByText("Sudah terbit di bawah laporan. Pelapor sudah diberi tahu.")).toBeVisible();
  await r.goto("/notifications");
  const notificationLink = await r.getByRole("list", { name: "Notifikasi Anda" }).getByRole("link").first().getAttribute("href");
  const notificationId = notificationLink!.split("/")[2]!;

  const f: Fixture = { caseId, incidentId, exchangeId, evidenceId, importId, notificationId, senderId: senderId!, sender: sharedSender };
  const secrets = [privateText, reporter.email, typedPhone, typedPhone.replace(/-/g, "")];
  const expectNoSecret = (who: string, url: string, body: string) => {
    for (const secret of secrets) expect(body.includes(secret), `${who} at ${url} sees “${secret}”`).toBe(false);
  };
  const anonymous = await browser.newContext();
  const people = { member: member.page.request, otherMember: otherMember.page.request, claimant: claimant.page.request, stranger: stranger.page.request };

  // The reporter's own addresses work for them (so the refusals below are refusals, not broken addresses).
  for (const [route, url] of Object.entries(PRIVATE)) {
    const answer = await fetchAs(r.request, url(f));
    expect([200, 303], `the reporter at ${route}`).toContain(answer.status);
  }
  for (const [who, request] of Object.entries({ ...people, anonymous: anonymous.request })) {
    for (const [route, url] of Object.entries(PRIVATE)) {
      const answer = await fetchAs(request, url(f));
      const refused =
        answer.status === 404 || answer.status === 401 || (who === "anonymous" && [303, 307].includes(answer.status) && answer.location.includes("/login"));
      expect(refused, `${who} at ${route}: ${answer.status} ${answer.location}`).toBe(true);
      expectNoSecret(who, route, answer.body);
    }
    for (const [route, url] of Object.entries(ROLE_ONLY)) {
      const answer = await fetchAs(request, url(f));
      const refused = answer.status === 404 || (who === "anonymous" && answer.location.includes("/login"));
      expect(refused, `${who} at ${route}: ${answer.status}`).toBe(true);
    }
    for (const [route, url] of Object.entries(PUBLIC)) {
      const answer = await fetchAs(request, url(f));
      expect(answer.status, `${who} at ${route}`).toBeLessThan(400);
      expectNoSecret(who, route, answer.body);
    }
    for (const [route, url] of Object.entries(ORGANISATION)) {
      const answer = await fetchAs(request, url(f));
      if (who === "member") {
        expect(answer.status, `the organisation at ${route}`).toBe(200);
        // Its own sender's page holds the public report (masked) and nothing private.
        expect(answer.body).toContain("Pinjaman cair, hubungi");
      } else {
        const refused = answer.status === 404 || (who === "anonymous" && answer.location.includes("/login"));
        expect(refused, `${who} at ${route}: ${answer.status}`).toBe(true);
      }
      expectNoSecret(who, route, answer.body);
    }
    if (who === "anonymous") continue;
    for (const route of OWN) {
      const answer = await fetchAs(request, route);
      expect(answer.status, `${who} at ${route}`).toBeLessThan(400);
      expectNoSecret(who, route, answer.body);
    }
  }
  await Promise.all([anonymous.close(), ...[reporter, member, otherMember, claimant, stranger].map((p) => p.page.context().close())]);
});
