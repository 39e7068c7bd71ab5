import { existsSync } from "node:fs";
import sharp from "sharp";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import { listCaseSummaries } from "@/db/queries/cases";
import { listEvidenceFor } from "@/db/queries/evidence";
import { findImport } from "@/db/queries/imports";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { createTestUser } from "@/lib/testing/factories";
import { importFilePath } from "./files";
import { canResume, chooseSenders, createImport } from "./imports";
import { waitForJob } from "./jobs";
import { selectionOf } from "./run";
import { ImportFormatError, type HistoryItem, type HistoryReader } from "./types";

/**
 * A reader of another kind, as the WhatsApp one will be: the machinery must work for any reader
 * registered by kind. This one yields what the test says, with attachments, and can fail midway.
 */
const script: { items: HistoryItem[]; failAfter: number | null; files: Record<string, Uint8Array> } = { items: [], failAfter: null, files: {} };
let reads = 0;
const fakeReader: HistoryReader = {
  kind: "whatsapp",
  async *read() {
    reads++;
    // The first read lists the senders; the failure is for the import's read.
    let n = 0;
    for (const item of script.items) {
      if (reads > 1 && script.failAfter !== null && n === script.failAfter) throw new ImportFormatError("unreadable");
      n++;
      yield item;
    }
  },
  async readAttachment(_filePath, fileName) {
    return script.files[fileName] ?? null;
  },
};
vi.mock("./readers", () => ({ readerFor: () => fakeReader, availableKinds: () => ["whatsapp"] }));

const T = Date.UTC(2026, 9, 1, 3, 0);
const SENDER = "+6281234500000";
const item = (i: number, attachments: string[] = []): HistoryItem => ({
  sender: SENDER,
  channel: "whatsapp",
  occurredAt: new Date(T + i * 60_000),
  text: `Pesan ${i}`,
  attachments: attachments.map((fileName) => ({ fileName })),
});
const answers = { key: SENDER, category: "scam" as const, consent: "never" as const, stopRequest: "none" as const, stopRequestedAt: "" };

async function start(userId: string) {
  const created = await createImport(userId, { kind: "whatsapp", fileName: "chat.zip", body: new Response("export").body, declaredLength: NaN });
  if (!created.ok) throw new Error(created.error);
  await waitForJob(created.importId);
  expect(await chooseSenders(userId, created.importId, { timeZone: "Asia/Jakarta", senders: [answers] })).toEqual({ ok: true });
  await waitForJob(created.importId);
  return created.importId;
}

describe("the import machinery with another reader", () => {
  beforeEach(() => {
    reads = 0;
    script.failAfter = null;
    script.files = {};
  });

  it("adds attached pictures to their incident through the upload checks, and counts what it refused", async () => {
    const user = await createTestUser();
    const png = new Uint8Array(
      await sharp({ create: { width: 40, height: 60, channels: 3, background: "#1d4ed8" } })
        .png()
        .toBuffer(),
    );
    script.files = { "IMG-1.png": png, "fake.png": new TextEncoder().encode("not a picture") };
    script.items = [item(0, ["IMG-1.png"]), item(1, ["fake.png", "voice.opus", "missing.webp"]), item(2)];
    const id = await start(user.id);
    const row = (await findImport(id))!;
    expect(row).toMatchObject({ status: "done", imported: 3 });
    expect(selectionOf(row)!.outcome).toMatchObject({ attachmentsAdded: 1, attachmentsRefused: 3 });
    const [c] = await listCaseSummaries(user.id);
    const incidents = await listIncidentsForCase(c!.id);
    expect(incidents.map((i) => [i.channel, i.source])).toEqual([
      ["whatsapp", "whatsapp"],
      ["whatsapp", "whatsapp"],
      ["whatsapp", "whatsapp"],
    ]);
    const files = await listEvidenceFor(getDb(), { kind: "incident", id: incidents[0]!.id });
    expect(files.map((f) => [f.kind, f.width, f.height])).toEqual([["image", 40, 60]]);
    expect(await listEvidenceFor(getDb(), { kind: "incident", id: incidents[1]!.id })).toEqual([]);
  });

  it("says what was imported before a failure, keeps it, and can try again", async () => {
    const user = await createTestUser();
    script.items = Array.from({ length: 1200 }, (_, i) => item(i));
    script.failAfter = 700;
    const id = await start(user.id);
    const failed = (await findImport(id))!;
    // The first batch of 500 was committed before the failure at item 700.
    expect(failed).toMatchObject({ status: "failed", error: "import.unreadable", imported: 500 });
    expect(selectionOf(failed)!.outcome.perSender[SENDER]).toMatchObject({ imported: 500 });
    expect(existsSync(importFilePath(id))).toBe(true);
    expect(await canResume(failed)).toBe(true);
    const [c] = await listCaseSummaries(user.id);
    expect(await listIncidentsForCase(c!.id)).toHaveLength(500);
  });
});
