import { existsSync } from "node:fs";

/** Debian's Chromium, the browser the tests and benches are meant to run in. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/**
 * The Chromium to drive: CHROME_PATH when set, else Debian's, else the one shipped inside the npm
 * package @sparticuz/chromium (unpacked to /tmp/chromium on first use), so that `npm test` passes
 * on a machine where nobody ran `apt-get install chromium` (and never `npx playwright install`,
 * which needs a download this machine cannot make). Its own launch flags are not used: they turn
 * off web security and site isolation, which the tests check.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const { default: packaged } = await import("@sparticuz/chromium");
  return packaged.executablePath();
}
