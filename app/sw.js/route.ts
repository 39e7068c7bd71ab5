// GET /sw.js – the service worker
import { readFile } from "node:fs/promises";
import path from "node:path";
import { notFoundResponse } from "@/lib/http/responses";

// Read when asked, never prerendered: the worker is written after `next build` (scripts/build-sw.mjs).
export const dynamic = "force-dynamic";

let worker: Promise<string | null> | null = null;

/**
 * The service worker, at the root so its scope is the whole app. `no-cache`: the browser asks
 * again on every update check, so a new build's worker replaces the old one at once.
 */
export async function GET() {
  worker ??= readFile(path.join(process.cwd(), ".next", "sw.js"), "utf8").catch(() => null);
  const source = await worker;
  if (source === null) {
    worker = null;
    return notFoundResponse();
  }
  return new Response(source, {
    headers: { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-cache", "Service-Worker-Allowed": "/" },
  });
}
