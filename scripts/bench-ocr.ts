// Part of `npm run bench`: screenshot reading on the device. Renders the chat mock-ups
// (e2e/ocr/mockups.ts: Android Messages, Google Messages, iOS Messages, WhatsApp × id/en ×
// light/dark and a few more) to PNG in Chromium, then reads each one in Chromium with the app's
// own reader (lib/capture/ocr-client.ts, bundled here) and the same tesseract files the app
// serves (lib/capture/ocr-assets.ts), under the app's page policy. Reports character accuracy of
// the message text (1 − Levenshtein / length, whitespace collapsed), how often the sender and
// the time were found, and the time per screenshot (the first, which starts the worker and loads
// the model, and the rest).
// BENCH_OCR_DATA=4.0.0 measures the bigger model; BENCH_OCR_PSM=<n> another page segmentation mode.
import { build } from "esbuild";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { chromium } from "@playwright/test";
import { OCR_FIXTURES, OCR_FIXTURE_NOW, OCR_FIXTURE_ZONE } from "../e2e/ocr/mockups";
import { renderFixtures } from "../e2e/ocr/render";
import { OCR_BASE_PATH, OCR_LANG_DATA, ocrAssetHeaders, ocrAssets } from "../lib/capture/ocr-assets";
import type { OcrPage } from "../lib/capture/screenshot-text";
import { readScreenshot, toLocalDateTime } from "../lib/capture/screenshot-text";
import { contentSecurityPolicy } from "../server/security-headers.mjs";
import { chromiumPath } from "./chromium-path";

const root = path.resolve(import.meta.dirname, "..");
const langData = process.env.BENCH_OCR_DATA ?? OCR_LANG_DATA;
const psm = process.env.BENCH_OCR_PSM;
const only = new RegExp(process.env.BENCH_ONLY ?? "", "i");
const verbose = process.env.BENCH_OCR_VERBOSE === "1";
const fixtures = OCR_FIXTURES.filter((fixture) => only.test(fixture.id));

const pngs = await renderFixtures(fixtures);
const bundle = await build({
  entryPoints: [path.join(root, "scripts", "bench-ocr-page.ts")],
  bundle: true,
  format: "iife",
  platform: "browser",
  write: false,
  logLevel: "error",
  define: { "process.env.NODE_ENV": '"production"' },
});
const script = bundle.outputFiles[0]!.text;
const assets = ocrAssets(langData);
const policy = contentSecurityPolicy({ hashes: [], https: false });

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (url.pathname === "/") {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": policy });
    return void response.end(`<!doctype html><html lang="en"><title>OCR bench</title><script src="/bench.js"></script></html>`);
  }
  if (url.pathname === "/bench.js") {
    response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
    return void response.end(script);
  }
  const fixture = /^\/fixtures\/([\w-]+)\.png$/.exec(url.pathname);
  if (fixture && pngs.has(fixture[1]!)) {
    response.writeHead(200, { "content-type": "image/png" });
    return void response.end(readFileSync(pngs.get(fixture[1]!)!));
  }
  const file = url.pathname.startsWith(`${OCR_BASE_PATH}/`) ? url.pathname.slice(OCR_BASE_PATH.length + 1) : "";
  const asset = Object.hasOwn(assets, file) ? assets[file]! : undefined;
  if (asset) {
    const full = path.join(root, "node_modules", ...asset.segments);
    response.writeHead(200, ocrAssetHeaders(file, asset.type, statSync(full).size));
    return void createReadStream(full).pipe(response);
  }
  response.writeHead(404).end();
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const port = (server.address() as { port: number }).port;

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
const senderKey = (text: string) => text.replace(/[\s-]/g, "").toLowerCase();

const browser = await chromium.launch({ executablePath: await chromiumPath(), args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
const refused: string[] = [];
page.on("console", (message) => /Content Security Policy/i.test(message.text()) && refused.push(message.text()));
await page.goto(`http://127.0.0.1:${port}/`);

let edits = 0;
let characters = 0;
let senders = 0;
let times = 0;
const durations: number[] = [];
for (const fixture of fixtures) {
  const { ocr, ms } = await page.evaluate(
    async ({ id, params }) => {
      const blob = await (await fetch(`/fixtures/${id}.png`)).blob();
      const started = performance.now();
      const reader = (window as unknown as { readImageText: (b: Blob, p?: unknown, o?: unknown) => Promise<unknown> }).readImageText;
      const ocr = await reader(blob, undefined, { params });
      return { ocr, ms: performance.now() - started };
    },
    { id: fixture.id, params: psm ? { tessedit_pageseg_mode: psm } : {} },
  );
  durations.push(ms);
  const reading = readScreenshot(ocr as OcrPage, OCR_FIXTURE_ZONE, OCR_FIXTURE_NOW);
  const expected = collapse(fixture.expected.message);
  const distance = levenshtein(collapse(reading.message ?? ""), expected);
  edits += Math.min(distance, expected.length);
  characters += expected.length;
  const senderHit = reading.sender !== null && senderKey(reading.sender) === senderKey(fixture.expected.sender);
  const occurredAt = reading.time ? toLocalDateTime(reading.time, OCR_FIXTURE_ZONE, "", OCR_FIXTURE_NOW) : null;
  const timeHit = occurredAt === fixture.expected.occurredAt;
  senders += senderHit ? 1 : 0;
  times += timeHit ? 1 : 0;
  const accuracy = 1 - Math.min(distance, expected.length) / expected.length;
  console.log(
    `${fixture.id.padEnd(22)} ${(accuracy * 100).toFixed(1).padStart(5)}% chars  sender ${senderHit ? "✓" : `✗ (${reading.sender})`}  time ${timeHit ? "✓" : `✗ (${occurredAt}, ${reading.time?.label ?? "-"})`}  ${(ms / 1000).toFixed(1)} s`,
  );
  if (verbose || accuracy < 0.9) console.log(`    read: ${reading.message}\n    all:  ${reading.text.replace(/\n/g, " | ")}`);
}
await browser.close();
server.close();

const warm = durations.slice(1).toSorted((a, b) => a - b);
const median = warm.length ? warm[Math.floor(warm.length / 2)]! : NaN;
console.log(
  `screenshot reading (${fixtures.length} screenshots, model ${langData}${psm ? `, psm ${psm}` : ""}): characters right ${((1 - edits / characters) * 100).toFixed(1)}%, ` +
    `sender found ${senders}/${fixtures.length} (${Math.round((senders / fixtures.length) * 100)}%), time found ${times}/${fixtures.length} (${Math.round((times / fixtures.length) * 100)}%); ` +
    `first ${(durations[0]! / 1000).toFixed(1)} s (worker start and model load included), warm median ${(median / 1000).toFixed(1)} s, max ${(Math.max(...warm) / 1000).toFixed(1)} s`,
);
if (refused.length) {
  console.log(`refused by the page policy:\n${refused.join("\n")}`);
  process.exitCode = 1;
}
