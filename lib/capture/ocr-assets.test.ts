import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OCR_ASSET_VERSION, ocrAssets } from "./ocr-assets";

const modules = path.resolve(import.meta.dirname, "..", "..", "node_modules");
const version = (name: string) => (JSON.parse(readFileSync(path.join(modules, name, "package.json"), "utf8")) as { version: string }).version;

describe("OCR assets", () => {
  it("names the installed versions, so an upgrade changes every cached address", () => {
    expect(version("tesseract.js")).toBe(version("tesseract.js-core"));
    expect(OCR_ASSET_VERSION).toBe(`${version("tesseract.js")}-${version("@tesseract.js-data/eng")}`);
  });

  it("lists files that exist, including every core the worker may pick for an LSTM-only worker", () => {
    const assets = ocrAssets();
    for (const asset of Object.values(assets)) expect(existsSync(path.join(modules, ...asset.segments)), asset.segments.join("/")).toBe(true);
    const getCore = readFileSync(path.join(modules, "tesseract.js", "src", "worker-script", "browser", "getCore.js"), "utf8");
    const picked = [...getCore.matchAll(/\/(tesseract-core[\w-]*-lstm\.wasm\.js)/g)].map((m) => m[1]);
    expect(picked.length).toBeGreaterThan(0);
    for (const name of picked) expect(Object.keys(assets)).toContain(name);
  });
});
