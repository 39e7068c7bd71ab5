import { readFile, rm, utimes } from "node:fs/promises";
import path from "node:path";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { evidence } from "@/db/tables";
import { onPostgres, rejectDriverError, runStatement } from "@/lib/testing/dialect";
import { findEvidenceForUser, listEvidenceForCase } from "@/db/queries/evidence";
import { env } from "../env";
import { editIncident, recordIncident, removeCase, removeIncident } from "../cases/incidents";
import { createTestUser, smsInput } from "@/lib/testing/factories";
import { getBlobStore } from "./blobs";
import { pngBytes, solidImage, TINY_PDF } from "@/lib/testing/evidence-files";
import { EvidenceUnavailableError, removeEvidence, sweepEvidence } from "./lifecycle";
import { EVIDENCE_MAX_FILES_PER_INCIDENT } from "./limits";
import { sha256Hex } from "./process";
import { uploadEvidence } from "./upload";

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of getBlobStore().list()) keys.push(key);
  return keys.sort();
}

async function clearEvidence() {
  await writeTransaction(async (tx) => {
    // eslint-disable-next-line drizzle/enforce-delete-with-where -- every row: each test starts without evidence
    await tx.delete(evidence);
  });
  await rm(path.join(env.DATA_DIR, "evidence"), { recursive: true, force: true });
}

/** Makes the database refuse evidence rows, as a full disk would, for the time of `task`. */
async function withFailingEvidenceInsert<T>(task: () => Promise<T>): Promise<T> {
  await writeTransaction(async (tx) => {
    if (onPostgres) {
      await runStatement(tx, sql`create function fail_evidence() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
      await runStatement(tx, sql`create trigger fail_evidence before insert on evidence for each row execute function fail_evidence()`);
    } else await runStatement(tx, sql`create trigger fail_evidence before insert on evidence begin select raise(abort, 'disk full'); end`);
  });
  try {
    return await task();
  } finally {
    await writeTransaction(async (tx) => {
      await runStatement(tx, sql`drop trigger fail_evidence${onPostgres ? sql` on evidence` : sql``}`);
      if (onPostgres) await runStatement(tx, sql`drop function fail_evidence()`);
    });
  }
}

const evidenceRowCount = () => getDb().$count(evidence);

async function upload(userId: string, bytes?: Uint8Array, fileName = "shot.png", incidentId: string | null = null) {
  const result = await uploadEvidence(userId, { bytes: bytes ?? (await pngBytes()), fileName }, incidentId ? { kind: "incident", id: incidentId } : null);
  if (!result.ok) throw new Error(result.error);
  return result.evidence;
}

describe("uploadEvidence", () => {
  beforeEach(clearEvidence);

  it("stores the sanitized file and its thumbnail, and records both hashes, size and dimensions", async () => {
    const user = await createTestUser();
    const input = await solidImage(120, 260)
      .withExif({ IFD0: { Make: "PhoneMaker" } })
      .jpeg()
      .toBuffer();
    const row = await upload(user.id, input, "C:\\Users\\me\\Pictures\\chat.JPG");
    expect(row).toMatchObject({ kind: "image", contentType: "image/jpeg", fileName: "chat.JPG", width: 120, height: 260, incidentId: null });
    expect(row.originalSha256).toBe(sha256Hex(input));
    expect(row.originalSize).toBe(input.byteLength);
    const storedFile = await readFile(path.join(env.DATA_DIR, "evidence", "objects", row.storedKey.slice(0, 2), row.storedKey));
    expect(sha256Hex(storedFile)).toBe(row.storedKey);
    expect(row.storedSize).toBe(storedFile.byteLength);
    expect(row.storedKey).not.toBe(row.originalSha256);
    expect(await storedKeys()).toEqual([row.storedKey, row.thumbnailKey].sort());
  });

  it("keeps a PDF as received and records its pages", async () => {
    const user = await createTestUser();
    const row = await upload(user.id, TINY_PDF, "reply.pdf");
    expect(row).toMatchObject({ kind: "pdf", contentType: "application/pdf", pages: 1, thumbnailKey: null, width: null });
    expect(row.storedKey).toBe(row.originalSha256);
  });

  it("refuses files by their bytes and stores nothing for them", async () => {
    const user = await createTestUser();
    const html = Buffer.from("<html><body>hi</body></html>");
    expect(await uploadEvidence(user.id, { bytes: html, fileName: "shot.png" })).toEqual({ ok: false, error: "notAccepted" });
    expect(await uploadEvidence(user.id, { bytes: await pngBytes(), fileName: "shot.pdf" })).toEqual({ ok: false, error: "extensionMismatch" });
    expect(await evidenceRowCount()).toBe(0);
    expect(await storedKeys()).toEqual([]);
  });

  it("leaves neither file nor row when recording the row fails after the file was written", async () => {
    const user = await createTestUser();
    await expect(withFailingEvidenceInsert(() => upload(user.id)).catch(rejectDriverError)).rejects.toThrow(/disk full/);
    expect(await evidenceRowCount()).toBe(0);
    expect(await storedKeys()).toEqual([]);
  });

  it("does not delete a blob another row shares when an upload of the same bytes fails", async () => {
    const user = await createTestUser();
    const kept = await upload(user.id);
    await expect(withFailingEvidenceInsert(() => upload(user.id)).catch(rejectDriverError)).rejects.toThrow(/disk full/);
    expect(await storedKeys()).toEqual([kept.storedKey, kept.thumbnailKey].sort());
  });

  it("adds straight to a saved incident, up to the limit per incident, and only to the user's own", async () => {
    const user = await createTestUser();
    const intruder = await createTestUser();
    const { incidentId } = await recordIncident(user.id, smsInput());
    expect(await uploadEvidence(intruder.id, { bytes: await pngBytes(), fileName: "x.png" }, { kind: "incident", id: incidentId })).toEqual({
      ok: false,
      error: "notFound",
    });
    for (let i = 0; i < EVIDENCE_MAX_FILES_PER_INCIDENT; i++) {
      const row = await upload(user.id, await pngBytes(10 + i, 10), `shot-${i}.png`, incidentId);
      expect(row.position).toBe(i);
    }
    expect(await uploadEvidence(user.id, { bytes: await pngBytes(), fileName: "one-more.png" }, { kind: "incident", id: incidentId })).toEqual({
      ok: false,
      error: "tooManyFiles",
    });
  });
});

describe("evidence on incidents and cases", () => {
  beforeEach(clearEvidence);

  it("attaches uploads with the incident, in order with captions, and refuses someone else's upload", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const a = await upload(user.id, await pngBytes(30, 30), "a.png");
    const b = await upload(user.id, await pngBytes(40, 30), "b.png");
    const theirs = await upload(other.id, await pngBytes(50, 30), "c.png");
    await expect(recordIncident(user.id, smsInput({ evidence: [{ id: theirs.id, caption: "" }] }))).rejects.toThrow(EvidenceUnavailableError);

    const { caseId } = await recordIncident(
      user.id,
      smsInput({
        evidence: [
          { id: b.id, caption: " the second one " },
          { id: a.id, caption: "" },
        ],
      }),
    );
    expect((await listEvidenceForCase(caseId)).map((e) => [e.fileName, e.caption, e.position])).toEqual([
      ["b.png", "the second one", 0],
      ["a.png", null, 1],
    ]);
  });

  it("deletes files with the evidence, the incident and the case, on disk and in the database", async () => {
    const user = await createTestUser();
    const [a, b, c] = [
      await upload(user.id, await pngBytes(31, 30)),
      await upload(user.id, await pngBytes(32, 30)),
      await upload(user.id, await pngBytes(33, 30)),
    ];
    const first = await recordIncident(
      user.id,
      smsInput({
        evidence: [
          { id: a.id, caption: "" },
          { id: b.id, caption: "" },
        ],
      }),
    );
    const second = await recordIncident(user.id, smsInput({ occurredAt: "2026-11-21T08:00", evidence: [{ id: c.id, caption: "" }] }));
    expect(await storedKeys()).toHaveLength(6);

    // Saving the form without `b` removes it.
    await editIncident(user.id, first.incidentId, smsInput({ evidence: [{ id: a.id, caption: "" }] }));
    expect(await findEvidenceForUser(user.id, b.id)).toBeUndefined();
    expect(await storedKeys()).toEqual([a, c].flatMap((e) => [e.storedKey, e.thumbnailKey]).sort());

    expect(await removeEvidence(user.id, a.id)).toEqual({ caseId: first.caseId });
    await removeIncident(user.id, first.incidentId);
    expect(await storedKeys()).toEqual([c.storedKey, c.thumbnailKey].sort());

    expect(await removeCase(user.id, second.caseId)).toBe(true);
    expect(await evidenceRowCount()).toBe(0);
    expect(await storedKeys()).toEqual([]);
  });

  it("lets only the owner see, remove or delete by case", async () => {
    const owner = await createTestUser();
    const intruder = await createTestUser();
    const a = await upload(owner.id);
    const { caseId } = await recordIncident(owner.id, smsInput({ evidence: [{ id: a.id, caption: "" }] }));
    expect(await findEvidenceForUser(intruder.id, a.id)).toBeUndefined();
    expect(await removeEvidence(intruder.id, a.id)).toBeNull();
    expect(await removeCase(intruder.id, caseId)).toBe(false);
    expect((await findEvidenceForUser(owner.id, a.id))?.caseId).toBe(caseId);
  });
});

describe("sweepEvidence", () => {
  it("removes blobs without rows left by a crash, and uploads never saved within a day", async () => {
    await clearEvidence();
    const user = await createTestUser();
    const kept = await upload(user.id, await pngBytes(70, 30));
    await recordIncident(user.id, smsInput({ evidence: [{ id: kept.id, caption: "" }] }));
    const abandoned = await upload(user.id, await pngBytes(71, 30));
    // The process died after writing this file and before its row.
    const orphan = await getBlobStore().put(Buffer.from("written just before a crash"));
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(path.join(env.DATA_DIR, "evidence", "objects", orphan.slice(0, 2), orphan), hourAgo, hourAgo);

    // A fresh orphan may be an upload on its way to its row: left alone.
    const now = await sweepEvidence();
    expect(now.orphanBlobs).toBe(1);
    expect(await storedKeys()).toEqual([kept.storedKey, kept.thumbnailKey, abandoned.storedKey, abandoned.thumbnailKey].sort());

    const nextDay = await sweepEvidence(Date.now() + 25 * 60 * 60 * 1000);
    expect(nextDay.pendingRows).toBe(1);
    expect(await findEvidenceForUser(user.id, abandoned.id)).toBeUndefined();
    expect(await storedKeys()).toEqual([kept.storedKey, kept.thumbnailKey].sort());
  });
});
