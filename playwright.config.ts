import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://localhost:${PORT}`;

/**
 * Browser tests drive the production build (`npm start` builds when needed) in Debian's
 * Chromium, at phone width, against a throwaway data directory.
 */
export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // Generous: a loaded 2-core machine must pass the same suite (every wait is for the page's state).
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    viewport: { width: 390, height: 844 },
    trace: "retain-on-failure",
    timezoneId: "Asia/Jakarta",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    command: "rm -rf .e2e-data && node scripts/start.mjs",
    url: baseURL,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    env: { PORT: String(PORT), DATA_DIR: ".e2e-data", PASSWORD_HASH_COST: "10" },
  },
});
