import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { mockupHtml, type OcrFixture } from "./mockups";
import { chromiumPath } from "../../scripts/chromium-path";

/** Git-ignored: the PNGs are made from the mock-ups when needed, never committed. */
export const OCR_FIXTURE_DIR = path.resolve(import.meta.dirname, "..", "..", ".ocr-fixtures");

/** Where a fixture's PNG lives: named by a hash of its HTML, so a changed mock-up is rendered again. */
export function fixturePath(fixture: OcrFixture): string {
  const hash = createHash("sha256").update(mockupHtml(fixture)).digest("hex").slice(0, 12);
  return path.join(OCR_FIXTURE_DIR, `${fixture.id}-${hash}.png`);
}

/**
 * Renders the fixtures' mock-ups to PNG as a phone would screenshot them (390 × 844 CSS px at 2×:
 * 780 × 1688) in Debian's Chromium. Already-rendered ones are kept. Used by scripts/bench-ocr.ts and
 * e2e/capture-ocr.spec.ts.
 */
export async function renderFixtures(fixtures: OcrFixture[], browser?: Browser): Promise<Map<string, string>> {
  mkdirSync(OCR_FIXTURE_DIR, { recursive: true });
  const paths = new Map(fixtures.map((fixture) => [fixture.id, fixturePath(fixture)]));
  const missing = fixtures.filter((fixture) => !existsSync(paths.get(fixture.id)!));
  if (missing.length === 0) return paths;
  const own = browser ? null : await chromium.launch({ executablePath: await chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
  const context = await (browser ?? own!).newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    for (const fixture of missing) {
      await page.setContent(mockupHtml(fixture), { waitUntil: "load" });
      const target = paths.get(fixture.id)!;
      await page.screenshot({ path: `${target}.partial.png` });
      renameSync(`${target}.partial.png`, target);
    }
  } finally {
    await context.close();
    await own?.close();
  }
  return paths;
}
