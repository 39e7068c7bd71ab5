import { beforeEach, describe, expect, it } from "vitest";
import { listCaseSummaries } from "@/db/queries/cases";
import { deleteImportRow, findImport } from "@/db/queries/imports";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { takeLease } from "@/db/queries/job-leases";
import { createTestUser } from "@/lib/testing/factories";
import { testSession as session } from "@/lib/testing/session";
import { canResume, chooseSenders, createImport, resumeImport } from "./imports";
import { importLeaseName, IMPORT_LEASE_TTL_MS, isJobRunning, startJob, stopJob, waitForJob } from "./jobs";
import { importProgressOf } from "./progress";
import { importHistory } from "./run";

const T = Date.UTC(2026, 9, 1, 3, 0);
const LOAN = "+6281234567890";
const backup = (count: number) =>
  `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count="${count}">\n${Array.from(
    { length: count },
    (_, i) => `<sms protocol="0" address="${LOAN}" date="${T + i * 1000}" type="1" body="Pesan ${i}" read="1" />`,
  ).join("\n")}\n</smses>`;

/** An import whose senders are chosen and whose job was stopped at once, as by a restart. */
async function interruptedImport(userId: string, messages: number): Promise<string> {
  const created = await createImport(userId, { kind: "sms_backup", fileName: "sms.xml", body: new Response(backup(messages)).body, declaredLength: NaN });
  if (!created.ok) throw new Error(created.error);
  await waitForJob(created.importId);
  const senders = [{ key: LOAN, category: "loan" as const, consent: "never" as const, stopRequest: "none" as const, stopRequestedAt: "" }];
  expect(await chooseSenders(userId, created.importId, { timeZone: "Asia/Jakarta", senders })).toEqual({ ok: true });
  await stopJob(created.importId);
  return created.importId;
}

const incidentsOf = async (userId: string) => (await Promise.all((await listCaseSummaries(userId)).map((c) => listIncidentsForCase(c.id)))).flat();

describe("import jobs across server workers", () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  it("a job another worker runs is running here too: no resume, no second start; once that worker is dead its lease runs out and resume works", async () => {
    const user = session.user!;
    const id = await interruptedImport(user.id, 5);
    expect(await isJobRunning(id)).toBe(false);

    const now = Date.now();
    expect(await takeLease(importLeaseName(id), "other-worker", new Date(now), new Date(now + IMPORT_LEASE_TTL_MS))).toBe(true);
    const row = (await findImport(id))!;
    expect(await isJobRunning(id)).toBe(true);
    expect((await importProgressOf(row)).running).toBe(true);
    expect(await canResume(row)).toBe(false);
    expect(await resumeImport(user.id, id)).toBe(false);
    expect(await startJob(id, "import")).toBe(false);
    expect(await incidentsOf(user.id)).toHaveLength(0);

    // The other worker died: it renews no more, and its lease runs out.
    expect(await takeLease(importLeaseName(id), "other-worker", new Date(now), new Date(now - 1))).toBe(true);
    expect(await isJobRunning(id)).toBe(false);
    expect(await canResume((await findImport(id))!)).toBe(true);
    expect(await resumeImport(user.id, id)).toBe(true);
    expect(await isJobRunning(id)).toBe(true);
    await waitForJob(id);
    expect(await findImport(id)).toMatchObject({ status: "done", imported: 5 });
    expect(await isJobRunning(id)).toBe(false);
  });

  it("a job whose import is deleted from another worker stops at its next batch, which is not kept", async () => {
    const user = session.user!;
    const id = await interruptedImport(user.id, 7);
    const batches: number[] = [];
    await importHistory(id, {
      batchSize: 2,
      onBatch: async (processed) => {
        batches.push(processed);
        // The owner deletes the import in another worker: its job is not in this one's memory.
        if (processed === 2) await deleteImportRow(id);
      },
    });
    expect(batches).toEqual([2]);
    expect(await incidentsOf(user.id)).toHaveLength(2);
  });
});
