import { existsSync, utimesSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { beforeEach, describe, expect, it } from "vitest";
import { listCaseSummaries } from "@/db/queries/cases";
import { findImport, findImportForUser } from "@/db/queries/imports";
import { listIncidentsForCase } from "@/db/queries/incidents";
import { deleteAccount } from "../account";
import { deleteImportAction, resumeImportAction, startImportAction } from "../actions/import";
import { MESSAGE_MAX_LENGTH } from "../domain";
import { createTestUser } from "@/lib/testing/factories";
import { testSession as session } from "@/lib/testing/session";
import type { ImportSenderAnswers } from "../validations/import";
import { importFilePath, importsDir, storeUpload } from "./files";
import { canResume, chooseSenders, createImport, resumeImport, sweepImports, IMPORT_FILE_TTL_MS } from "./imports";
import { stopJob, waitForJob } from "./jobs";
import { CUT_MARK, importHistory, selectionOf, summaryOf } from "./run";

const T = Date.UTC(2026, 9, 1, 3, 0); // 1 Oct 2026, 10:00 WIB
const HEAD = `<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n`;

function sms(address: string, at: number, body: string, type = 1) {
  return `<sms protocol="0" address="${address}" date="${at}" type="${type}" body="${body}" read="1" />`;
}
function call(number: string, at: number, type: number, duration: number) {
  return `<call number="${number}" duration="${duration}" date="${at}" type="${type}" />`;
}
const smses = (...rows: string[]) => `${HEAD}<smses count="${rows.length}">\n${rows.join("\n")}\n</smses>`;

/** A small backup: a loan sender in two spellings, a shop, the user's own reply, a hidden number. */
const BACKUP = smses(
  sms("+6281234567890", T, "Pinjaman cair 1"),
  sms("0812-3456-7890", T + 60_000, "Pinjaman cair 2"),
  sms("081234567890", T + 120_000, "STOP", 2),
  sms("TOKOPEDIA", T + 180_000, "Promo 1"),
  sms("+6281234567890", T + 240_000, "Pinjaman cair 3"),
  sms("", T + 300_000, "from nobody"),
);

async function upload(userId: string, content: string, declared = NaN) {
  const result = await createImport(userId, { kind: "sms_backup", fileName: "sms-2026.xml", body: new Response(content).body, declaredLength: declared });
  if (!result.ok) return result;
  await waitForJob(result.importId);
  return result;
}

async function uploaded(userId: string, content: string) {
  const result = await upload(userId, content);
  if (!result.ok) throw new Error(result.error);
  return result.importId;
}

const answers = (key: string, more: Partial<ImportSenderAnswers> = {}): ImportSenderAnswers => ({
  key,
  category: "loan",
  consent: "never",
  stopRequest: "none",
  stopRequestedAt: "",
  ...more,
});
const LOAN = "+6281234567890";

describe("importing a history", () => {
  beforeEach(async () => {
    session.user = await createTestUser();
  });

  it("lists the senders with their counts and dates, the same number in two spellings as one", async () => {
    const user = session.user!;
    const id = await uploaded(user.id, BACKUP);
    const row = (await findImportForUser(user.id, id))!;
    expect(row.status).toBe("ready");
    expect(row.bytesRead).toBe(row.fileSize);
    const summary = summaryOf(row)!;
    expect(summary.items).toBe(5);
    expect(summary.senders.map((s) => [s.key, s.messages, s.calls, s.first, s.last, s.error])).toEqual([
      [LOAN, 3, 0, new Date(T).toISOString(), new Date(T + 240_000).toISOString(), null],
      ["raw:", 1, 0, new Date(T + 300_000).toISOString(), new Date(T + 300_000).toISOString(), "senderRequired"],
      ["id:tokopedia", 1, 0, new Date(T + 180_000).toISOString(), new Date(T + 180_000).toISOString(), null],
    ]);
  });

  it("imports only the picked senders with their answers, marked with the source, and a second import adds nothing", async () => {
    const user = session.user!;
    const first = await uploaded(user.id, BACKUP);
    await expect(startImportAction(first, { senders: [answers(LOAN, { stopRequest: "replied_stop", stopRequestedAt: "2026-10-01T10:03" })] })).resolves.toEqual(
      { ok: true, data: undefined },
    );
    await waitForJob(first);
    const done = (await findImport(first))!;
    expect(done).toMatchObject({ status: "done", total: 3, processed: 3, imported: 3, skipped: 0 });
    expect(existsSync(importFilePath(first))).toBe(false);

    const cases = await listCaseSummaries(user.id);
    expect(cases.map((c) => c.sender.display)).toEqual([expect.stringContaining("812")]);
    const incidents = await listIncidentsForCase(cases[0]!.id);
    expect(incidents.map((i) => i.messageText)).toEqual(["Pinjaman cair 1", "Pinjaman cair 2", "Pinjaman cair 3"]);
    expect(
      incidents.every((i) => i.source === "sms_backup" && i.importKey && i.category === "loan" && i.consent === "never" && i.timeZone === user.timeZone),
    ).toBe(true);
    expect(incidents[0]!.stopRequest).toBe("replied_stop");
    expect(incidents[0]!.stopRequestedAt?.toISOString()).toBe(new Date(T + 180_000).toISOString());
    expect(selectionOf(done)!.outcome.perSender[LOAN]).toEqual({ caseId: cases[0]!.id, imported: 3, skipped: 0, cut: 0 });

    const second = await uploaded(user.id, BACKUP);
    expect(await chooseSenders(user.id, second, { timeZone: user.timeZone, senders: [answers(LOAN)] })).toEqual({ ok: true });
    await waitForJob(second);
    expect(await findImport(second)).toMatchObject({ status: "done", imported: 0, skipped: 3 });
    expect(await listIncidentsForCase(cases[0]!.id)).toHaveLength(3);
  });

  it("counts the same message twice in one file once, as added then already there", async () => {
    const user = session.user!;
    const id = await uploaded(user.id, smses(sms(LOAN, T, "Sama"), sms(LOAN, T, "Sama"), sms(LOAN, T, "Lain")));
    await chooseSenders(user.id, id, { timeZone: user.timeZone, senders: [answers(LOAN)] });
    await waitForJob(id);
    expect(await findImport(id)).toMatchObject({ status: "done", imported: 2, skipped: 1 });
  });

  it("imports calls: answered when incoming with a duration, with that duration", async () => {
    const user = session.user!;
    const id = await uploaded(
      user.id,
      `${HEAD}<calls>${call("0215550001", T, 1, 95)}${call("0215550001", T + 1000, 3, 0)}${call("0215550001", T + 2000, 5, 0)}${call("0215550001", T + 3000, 2, 30)}</calls>`,
    );
    await chooseSenders(user.id, id, { timeZone: user.timeZone, senders: [answers("+62215550001", { category: "telco_promo" })] });
    await waitForJob(id);
    const [c] = await listCaseSummaries(user.id);
    expect((await listIncidentsForCase(c!.id)).map((i) => [i.channel, i.callAnswered, i.callDurationSeconds, i.messageText])).toEqual([
      ["call", true, 95, null],
      ["call", false, null, null],
      ["call", false, null, null],
    ]);
  });

  it("resumes an interrupted import where it stopped, adding each message once", async () => {
    const user = session.user!;
    const rows = Array.from({ length: 7 }, (_, i) => sms(LOAN, T + i * 1000, `Pesan ${i}`));
    const id = await uploaded(user.id, smses(...rows));
    await chooseSenders(user.id, id, { timeZone: user.timeZone, senders: [answers(LOAN)] });
    // Stopped before its first item (the job yields before reading), as if the server went down.
    await stopJob(id);
    expect(await findImport(id)).toMatchObject({ status: "importing", imported: 0 });

    const controller = new AbortController();
    await importHistory(id, { batchSize: 2, signal: controller.signal, onBatch: (processed) => processed >= 4 && controller.abort() });
    const stopped = (await findImport(id))!;
    expect(stopped).toMatchObject({ status: "importing", processed: 4, imported: 4 });
    expect(await canResume(stopped)).toBe(true);

    await expect(resumeImportAction(id)).resolves.toEqual({ ok: true, data: undefined });
    await waitForJob(id);
    const done = (await findImport(id))!;
    expect(done).toMatchObject({ status: "done", total: 7, processed: 7, imported: 7, skipped: 0 });
    expect(selectionOf(done)!.outcome.perSender[LOAN]).toMatchObject({ imported: 7, skipped: 0 });
    const [c] = await listCaseSummaries(user.id);
    expect(await listIncidentsForCase(c!.id)).toHaveLength(7);
  });

  it("shows users their own imports only", async () => {
    const owner = session.user!;
    const id = await uploaded(owner.id, BACKUP);
    const stranger = await createTestUser();
    session.user = stranger;
    expect(await findImportForUser(stranger.id, id)).toBeUndefined();
    await expect(startImportAction(id, { senders: [answers(LOAN)] })).resolves.toMatchObject({ ok: false, formError: "import.notFound" });
    await expect(resumeImportAction(id)).resolves.toMatchObject({ ok: false, formError: "import.notFound" });
    await expect(deleteImportAction(id)).resolves.toMatchObject({ ok: false, formError: "import.notFound" });
    expect(await resumeImport(stranger.id, id)).toBe(false);
    expect(await findImport(id)).toMatchObject({ status: "ready" });
    expect(await listCaseSummaries(stranger.id)).toEqual([]);

    session.user = owner;
    await expect(deleteImportAction(id)).rejects.toThrow("REDIRECT /import?deleted=1");
    expect(await findImport(id)).toBeUndefined();
    expect(existsSync(importFilePath(id))).toBe(false);
  });

  it("asks for a sender and a date of the stop request in the user's past, and ignores senders not in the file", async () => {
    const user = session.user!;
    const id = await uploaded(user.id, BACKUP);
    await expect(startImportAction(id, { senders: [] })).resolves.toMatchObject({ ok: false, fieldErrors: { senders: "import.pickOne" } });
    await expect(
      startImportAction(id, { senders: [answers(LOAN, { stopRequest: "replied_stop", stopRequestedAt: "2999-01-01T00:00" })] }),
    ).resolves.toMatchObject({
      ok: false,
      fieldErrors: { "senders.0.stopRequestedAt": "dateInFuture" },
    });
    await expect(startImportAction(id, { senders: [answers("raw:"), answers("+6289999999999")] })).resolves.toMatchObject({
      ok: false,
      formError: "import.nothingPicked",
    });
    expect(await findImport(id)).toMatchObject({ status: "ready" });
  });

  it("imports the most recent 5,000 of a sender with 100,000 messages, and cuts a too long text with a mark", async () => {
    const user = session.user!;
    const rows = Array.from({ length: 100_000 }, (_, i) => sms(LOAN, T - i * 60_000, i === 0 ? "y".repeat(MESSAGE_MAX_LENGTH + 50) : `Promo ${i}`));
    const id = await uploaded(user.id, smses(...rows));
    const summary = summaryOf((await findImport(id))!)!;
    expect(summary.senders[0]).toMatchObject({ key: LOAN, messages: 100_000 });
    await chooseSenders(user.id, id, { timeZone: user.timeZone, senders: [answers(LOAN)] });
    await waitForJob(id);
    const done = (await findImport(id))!;
    expect(done).toMatchObject({ status: "done", total: 5000, imported: 5000 });
    expect(selectionOf(done)!.outcome.perSender[LOAN]).toMatchObject({ imported: 5000, cut: 95_000 });
    const [c] = await listCaseSummaries(user.id);
    const incidents = await listIncidentsForCase(c!.id);
    expect(incidents).toHaveLength(5000);
    expect(incidents[0]!.occurredAt.getTime()).toBe(T - 4999 * 60_000);
    const newest = incidents.at(-1)!;
    expect(newest.messageText).toHaveLength(MESSAGE_MAX_LENGTH);
    expect(newest.messageText!.endsWith(CUT_MARK)).toBe(true);
  });

  it.each([
    ["not XML", "just some text", "import.notXml"],
    ["not a backup", `${HEAD}<html><body/></html>`, "import.notBackup"],
    ["truncated", `${HEAD}<smses>${sms(LOAN, T, "cut")}`, "import.truncated"],
    ["an unknown date", `${HEAD}<smses>${sms(LOAN, T, "x").replace(String(T), "01/10/2026 10:00")}</smses>`, "import.unknownDateFormat"],
    ["no received message", smses(sms(LOAN, T, "sent", 2)), "import.noMessages"],
  ])("says why a file is refused: %s, and keeps nothing of it", async (_label, content, error) => {
    const user = session.user!;
    const id = await uploaded(user.id, content);
    expect(await findImport(id)).toMatchObject({ status: "failed", error, summary: null });
    expect(existsSync(importFilePath(id))).toBe(false);
    expect(await listCaseSummaries(user.id)).toEqual([]);
  });

  it("refuses a file over the size limit while it streams in, declared or not, leaving no file", async () => {
    const user = session.user!;
    expect(await upload(user.id, "x", 600 * 1024 * 1024)).toEqual({ ok: false, error: "tooLarge" });
    const big = new Response(new Uint8Array(3000)).body;
    expect(await storeUpload("00000000-0000-4000-8000-000000000001", big, NaN, 1000)).toEqual({ ok: false, error: "tooLarge" });
    expect(existsSync(`${importFilePath("00000000-0000-4000-8000-000000000001")}.part`)).toBe(false);
    expect(await upload(user.id, "")).toEqual({ ok: false, error: "empty" });
  });

  it("lets a user have three uploads open at once", async () => {
    const user = session.user!;
    for (let i = 0; i < 3; i++) await uploaded(user.id, BACKUP);
    expect(await upload(user.id, BACKUP)).toEqual({ ok: false, error: "tooManyImports" });
  });

  it("removes an upload's file after a day, and files no import names", async () => {
    const user = session.user!;
    const id = await uploaded(user.id, BACKUP);
    await mkdir(importsDir(), { recursive: true });
    const stray = `${importsDir()}/stray-file`;
    writeFileSync(stray, "x");
    utimesSync(stray, new Date(Date.now() - 2 * 3600_000), new Date(Date.now() - 2 * 3600_000));
    await sweepImports(Date.now());
    expect(existsSync(importFilePath(id))).toBe(true);
    expect(existsSync(stray)).toBe(false);
    await sweepImports(Date.now() + IMPORT_FILE_TTL_MS + 60_000);
    expect(existsSync(importFilePath(id))).toBe(false);
    expect(await findImport(id)).toMatchObject({ status: "failed", error: "import.expired" });
  });

  it("deletes uploaded files with the account", async () => {
    const user = session.user!;
    const id = await uploaded(user.id, BACKUP);
    expect(existsSync(importFilePath(id))).toBe(true);
    await deleteAccount(user.id);
    expect(existsSync(importFilePath(id))).toBe(false);
    expect(await findImport(id)).toBeUndefined();
  });
});
