#!/usr/bin/env node
// Draws the app icon (a speech bubble with a warning mark on Spamtrail's green) and writes the
// PNGs the web manifest lists (public/icons/). Run once after changing the drawing; the PNGs are
// committed, so builds do not depend on it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

const out = path.resolve(import.meta.dirname, "..", "public", "icons");
const GREEN = "#0f5132";

/** The bubble and the mark, drawn in a 100 × 100 box; `scale` shrinks them into a maskable safe zone. */
function drawing({ rounded, scale }) {
  const offset = (100 - 100 * scale) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${rounded ? 22 : 0}" fill="${GREEN}"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">
    <path d="M22 20h56a8 8 0 0 1 8 8v34a8 8 0 0 1-8 8H46L30 84V70h-8a8 8 0 0 1-8-8V28a8 8 0 0 1 8-8z" fill="#fff"/>
    <rect x="46" y="29" width="8" height="23" rx="4" fill="${GREEN}"/>
    <circle cx="50" cy="60" r="4.5" fill="${GREEN}"/>
  </g>
</svg>`;
}

const any = drawing({ rounded: true, scale: 1 });
// Maskable icons are cut to a circle or squircle by the launcher: keep the drawing in the middle 80%.
const maskable = drawing({ rounded: false, scale: 0.72 });
writeFileSync(path.join(out, "icon.svg"), any);
for (const [name, svg, size] of [
  ["icon-192.png", any, 192],
  ["icon-512.png", any, 512],
  ["maskable-512.png", maskable, 512],
  ["apple-touch-icon.png", maskable, 180],
]) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 100 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(out, name));
  console.log(`public/icons/${name}`);
}
