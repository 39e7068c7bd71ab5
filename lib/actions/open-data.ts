"use server";
import type { ActionResult } from "../action-result";
import { isGeneratingOpenData, regenerateOpenData } from "../open-data/bulk";
import { adminAction } from "../user-action";

/**
 * Admins: make the open data download again now. It runs in the background (a million rows take
 * about two minutes); a click while it runs joins the run under way instead of starting another.
 */
export const regenerateOpenDataAction = adminAction(async (): Promise<ActionResult<{ alreadyRunning: boolean }>> => {
  const alreadyRunning = isGeneratingOpenData();
  void regenerateOpenData().catch((error: unknown) => console.error("Open data download failed", error));
  return { ok: true, data: { alreadyRunning } };
});
