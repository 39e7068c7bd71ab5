import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./scripts/chromium-path";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${PORT}`;
// The mailbox the app sends to (e2e/smtp-receiver.mjs); its port follows the app's.
const SMTP_PORT = PORT + 2000;

/**
 * Browser tests drive the production build (`npm start` builds when needed) in Debian's
 * Chromium (the npm-packaged one where Debian's is missing: scripts/chromium-path.ts), at phone
 * width, against a throwaway data directory.
 */
export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Generous: a loaded 2-core machine must pass the same suite (every wait is for the page's state,
  // and these are ceilings, not clocks: a passing check returns as soon as the page is there).
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    viewport: { width: 390, height: 844 },
    trace: "retain-on-failure",
    timezoneId: "Asia/Jakarta",
    // The app's service worker (lib/pwa/sw.ts) would answer page visits itself, out of reach of
    // page.route; only e2e/capture-share.spec.ts, which tests it, lets it run.
    serviceWorkers: "block",
    launchOptions: {
      executablePath: await chromiumPath(),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // In this order: Playwright starts web servers one after the other, before any globalSetup.
  webServer: [
    {
      command: `node e2e/smtp-receiver.mjs ${SMTP_PORT}`,
      port: SMTP_PORT,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "rm -rf .e2e-data && node scripts/start.mjs",
      url: baseURL,
      reuseExistingServer: false,
      timeout: 240_000,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        DATA_DIR: ".e2e-data",
        PASSWORD_HASH_COST: "10",
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        MAIL_FROM: "Spamtrail <no-reply@spamtrail.test>",
        APP_URL: baseURL,
        // Every browser comes from 127.0.0.1: per-IP budgets sized for the whole suite (per-account limits unchanged).
        IP_LIMIT_SCALE: "100",
        // A history upload over 3 MB is refused (e2e/capture-import.spec.ts sends one just over).
        IMPORT_MAX_BYTES: "3000000",
        // The notification job mails within a second (e2e/notifications.spec.ts waits for its mail).
        NOTIFICATION_INTERVAL_MS: "1000",
        // The open data API's budget per address: every browser and request of the suite is 127.0.0.1.
        API_RATE_LIMIT_PER_MINUTE: "5000",
      },
    },
  ],
});
