#!/usr/bin/env node
// Builds the service worker after `next build` (npm run build, scripts/start.mjs): bundles
// lib/pwa/sw.ts with esbuild, then lets @serwist/build list this build's static files (and the
// offline page, the icons) into it as the precache manifest. Writes .next/sw.js, which
// app/sw.js/route.ts serves at /sw.js; a new `next build` empties .next, so the two stay in step.
import { createHash } from "node:crypto";
import { readFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { injectManifest } from "@serwist/build";
import { build } from "esbuild";

const root = path.resolve(import.meta.dirname, "..");
const nextDir = path.join(root, ".next");
const buildId = readFileSync(path.join(nextDir, "BUILD_ID"), "utf8").trim();
const bundled = path.join(nextDir, "cache", "sw-src.js");
mkdirSync(path.dirname(bundled), { recursive: true });

await build({
  entryPoints: [path.join(root, "lib", "pwa", "sw.ts")],
  outfile: bundled,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  // Serwist's development logging is left out of the production worker.
  define: { "process.env.NODE_ENV": '"production"' },
  logLevel: "warning",
});

const fileRevision = (file) =>
  createHash("sha256")
    .update(readFileSync(path.join(root, "public", file)))
    .digest("hex")
    .slice(0, 16);
const icons = ["icons/icon-192.png", "icons/icon-512.png", "icons/maskable-512.png"];

const { count, size, warnings } = await injectManifest({
  swSrc: bundled,
  swDest: path.join(nextDir, "sw.js"),
  // Next's scripts and styles: named by their content, so kept as they are until a new build.
  globDirectory: path.join(nextDir, "static"),
  globPatterns: ["**/*.{js,css,woff2}"],
  modifyURLPrefix: { "": "/_next/static/" },
  dontCacheBustURLsMatching: /^\/_next\/static\//,
  // A larger chunk is fetched when a page needs it, not on install (phones on mobile data).
  maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  additionalPrecacheEntries: [
    // Rendered again by each build: its revision is the build's.
    { url: "/offline", revision: buildId },
    ...icons.map((file) => ({ url: `/${file}`, revision: fileRevision(file) })),
  ],
});
for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`✓ Service worker: ${count} files precached (${Math.round(size / 1024)} KB) → .next/sw.js`);
