import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { takeLease, releaseLease } from "@/db/queries/job-leases";
import { listOpenReports } from "@/db/queries/moderation";
import { listBulkReportsAfter } from "@/db/queries/open-data";
import { findShareForCase, listPublicReports } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail } from "@/db/queries/users";
import { senderReplies } from "@/db/tables";
import { type User } from "@/db/schema";
import { editIncident, recordIncident } from "../cases/incidents";
import { decideReport, reportContent } from "../moderation";
import { shareCase, unshareCase } from "../public/sharing";
import { createTestOrganisation, createTestUser, smsInput } from "@/lib/testing/factories";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { BULK_COLUMNS } from "./bulk-columns";
import { bulkDictionary } from "./bulk-response";
import { bulkDir, bulkFilePath, freshManifest, generateOpenData, readManifest, regenerateOpenData, type BulkFormat, type BulkManifest } from "./bulk";

const noScreenshots = { extraMasks: [], screenshots: [] };
let nextSender = 6000;

/** RFC 4180: fields quoted with "" inside, CRLF between records, line breaks allowed inside quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") {
      endField();
      records.push(record);
      record = [];
      i++;
    } else field += c;
  }
  return records;
}

const fileOf = (manifest: BulkManifest, format: BulkFormat) => manifest.files.find((file) => file.format === format)!;
const read = (manifest: BulkManifest, format: BulkFormat) => gunzipSync(readFileSync(bulkFilePath(fileOf(manifest, format)))).toString("utf8");
const csvRows = (manifest: BulkManifest) => {
  const [header, ...rows] = parseCsv(read(manifest, "csv"));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));
};
const jsonRows = (manifest: BulkManifest) =>
  read(manifest, "jsonl")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function admin(): Promise<User> {
  const user = await createTestUser();
  await writeTransaction(() => setUserRoleByEmail(user.email, "admin"));
  return (await findUserById(user.id))!;
}

async function hideReport(reportId: string, targetKind: "incident" | "case" = "incident") {
  await reportContent(await createTestUser(), { targetKind, targetId: reportId, reason: "Tolong periksa ini." });
  const flag = (await listOpenReports(1000)).find((report) => report.targetId === reportId)!;
  expect(await decideReport(await admin(), flag.id, { action: "hide", reason: "Bahasa kasar" })).toBeUndefined();
}

async function sharedCase(messages: string[]) {
  const owner = await createTestUser();
  const sender = `0812-7200-${nextSender++}`;
  const caseId = (await recordIncident(owner.id, smsInput({ sender, occurredAt: "2026-11-20T21:15", messageText: messages[0] }))).caseId;
  for (const [i, text] of messages.slice(1).entries())
    await recordIncident(owner.id, smsInput({ sender, occurredAt: `2026-11-2${i + 1}T10:00`, messageText: text }));
  await shareCase(owner, caseId, noScreenshots);
  const share = (await findShareForCase(caseId))!;
  return { owner, sender, caseId, share, senderId: share.senderId, reports: await listPublicReports([share.senderId], 100, { oldestFirst: true }) };
}

describe("the bulk download of public reports", () => {
  it("holds exactly the visible reports: a hidden report, a hidden share and an unshared case are left out", async () => {
    const kept = await sharedCase(["Pinjaman cair hari ini", "Kata kasar di sini"]);
    const hiddenShare = await sharedCase(["Disembunyikan seluruhnya"]);
    const unshared = await sharedCase(["Ditarik kembali"]);
    await hideReport(kept.reports[1]!.id);
    await hideReport(hiddenShare.share.id, "case");
    expect(await unshareCase(unshared.owner, unshared.caseId)).toBe(true);

    const manifest = await generateOpenData();
    const ids = new Set(jsonRows(manifest).map((row) => row.report_id));
    expect(ids.has(kept.reports[0]!.id)).toBe(true);
    expect(ids.has(kept.reports[1]!.id)).toBe(false);
    expect(ids.has(hiddenShare.reports[0]!.id)).toBe(false);
    expect(ids.has(unshared.reports[0]!.id)).toBe(false);
    expect(csvRows(manifest).map((row) => row.report_id)).toEqual(jsonRows(manifest).map((row) => row.report_id));
    expect(manifest.rows).toBe(ids.size);
  });

  it("writes every column, the same in both files, with the reporter's name redacted and the organisation's replies", async () => {
    const { reports, senderId, sender } = await sharedCase(["Pinjaman cair! WA 0813-9876-5432"]);
    const organisation = await createTestOrganisation({ name: "Bank Contoh", senderIds: [senderId] });
    await writeTransaction(async (tx) => {
      await tx.insert(senderReplies).values({
        organisationId: organisation.id,
        senderId,
        reportId: reports[0]!.id,
        kind: "reply",
        text: "Kami hentikan.",
        createdAt: new Date("2026-11-23T02:00:00Z"),
      });
      await tx.insert(senderReplies).values({
        organisationId: organisation.id,
        senderId,
        reportId: reports[0]!.id,
        kind: "reply",
        text: "Disembunyikan",
        createdAt: new Date("2026-11-22T02:00:00Z"),
        hiddenAt: new Date(),
      });
    });
    const manifest = await generateOpenData();
    const json = jsonRows(manifest).find((row) => row.report_id === reports[0]!.id)!;
    expect(Object.keys(json)).toEqual(BULK_COLUMNS.map((column) => column.name));
    expect(json).toMatchObject({
      sender_page_id: senderId,
      sender_id: senderId,
      sender_display: expect.stringMatching(new RegExp(`^\\+62 ${sender.slice(1, 4)}`)),
      organisation: "Bank Contoh",
      occurred_at: "2026-11-20T14:15:00.000Z",
      local_weekday: 5,
      local_hour: 21,
      channel: "sms",
      category: "loan",
      text: reports[0]!.text,
      call_duration_seconds: null,
      rule_ids: reports[0]!.ruleIds,
      country: "ID",
      replies: 1,
      first_reply_at: "2026-11-23T02:00:00.000Z",
    });
    expect(String(json.text)).not.toContain("0813");
    const csv = csvRows(manifest).find((row) => row.report_id === reports[0]!.id)!;
    expect(csv).toMatchObject({
      organisation: "Bank Contoh",
      replies: "1",
      call_duration_seconds: "",
      rule_ids: reports[0]!.ruleIds.join(" "),
      text: reports[0]!.text,
    });
  });

  it("escapes quotes, commas and line breaks in the CSV, keeps Indonesian and Hebrew text intact, and each JSON line parses", async () => {
    const tricky = ['Cair, "cepat"\nklik tautan', 'שלום, "לקוח" יקר\r\nהלוואה מאושרת', "Bunga 0%; ragu-ragu? Ya/Tidak — “segera”"];
    const { reports } = await sharedCase(tricky);
    const manifest = await generateOpenData();
    const texts = (rows: Record<string, unknown>[]) => reports.map((report) => rows.find((row) => row.report_id === report.id)!.text);
    expect(texts(csvRows(manifest))).toEqual(reports.map((report) => report.text));
    expect(texts(jsonRows(manifest))).toEqual(reports.map((report) => report.text));
    expect(read(manifest, "csv").startsWith(BULK_COLUMNS.map((column) => column.name).join(",") + "\r\n")).toBe(true);
  });

  it("describes each file in the manifest: its bytes and sha256 match the file on disk", async () => {
    await sharedCase(["Satu laporan"]);
    const manifest = await generateOpenData();
    expect(await readManifest()).toEqual(manifest);
    for (const format of ["csv", "jsonl"] as const) {
      const bytes = readFileSync(bulkFilePath(fileOf(manifest, format)));
      expect(fileOf(manifest, format)).toMatchObject({ bytes: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
      expect(gunzipSync(bytes).length).toBeGreaterThan(0);
    }
  });

  it("is made again before the next download once a report is hidden, an edit changes its text, or a case is unshared", async () => {
    const { reports, owner, caseId, sender } = await sharedCase(["Pertama", "Kedua"]);
    const before = await freshManifest();
    expect(jsonRows(before!).some((row) => row.report_id === reports[1]!.id)).toBe(true);
    // Nothing changed: the same files are served, not made again.
    expect(await freshManifest()).toEqual(before);

    await hideReport(reports[1]!.id);
    const afterHide = await freshManifest();
    expect(afterHide!.generatedAt).not.toBe(before!.generatedAt);
    expect(jsonRows(afterHide!).some((row) => row.report_id === reports[1]!.id)).toBe(false);

    const incidentId = (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId) }))!.id;
    await editIncident(owner.id, incidentId, smsInput({ sender, occurredAt: "2026-11-20T21:15", messageText: "Teks baru" }));
    const afterEdit = await freshManifest();
    expect(jsonRows(afterEdit!).find((row) => row.report_id === reports[0]!.id)?.text).toBe("Teks baru");

    await unshareCase(owner, caseId);
    const afterUnshare = await freshManifest();
    expect(jsonRows(afterUnshare!).some((row) => row.report_id === reports[0]!.id)).toBe(false);
  });

  it("makes stale files once for downloads that arrive together, and clears what a dead run left half-written", async () => {
    const { reports } = await sharedCase(["Satu", "Dua"]);
    await freshManifest();
    const leftover = path.join(bulkDir(), "reports-1-dead.csv.gz.tmp");
    writeFileSync(leftover, "half");
    await hideReport(reports[1]!.id);
    const [a, b] = await Promise.all([freshManifest(), freshManifest()]);
    expect(a).toEqual(b);
    expect(jsonRows(a!).some((row) => row.report_id === reports[1]!.id)).toBe(false);
    expect(existsSync(leftover)).toBe(false);
  });

  it("runs once at a time: concurrent calls share one run, and none runs while another process holds the lease", async () => {
    const first = regenerateOpenData();
    expect(regenerateOpenData()).toBe(first);
    expect(await first).toBe(true);

    const before = await readManifest();
    const now = new Date();
    expect(await takeLease("open-data", "other-process", now, new Date(now.getTime() + 60_000))).toBe(true);
    try {
      expect(await regenerateOpenData()).toBe(false);
      expect(await readManifest()).toEqual(before);
      // A download then waits for the other process's files instead of making its own.
      await sharedCase(["Baru"]);
      expect(await freshManifest({ maxWaitMs: 50, pollMs: 10 })).toBeNull();
    } finally {
      await releaseLease("open-data", "other-process", null);
    }
  });

  it("reads the rows a batch at a time, never more than a batch in memory, and writes them all", async () => {
    const owner = await createTestUser();
    const sender = `0812-7300-${nextSender++}`;
    const caseId = (await recordIncident(owner.id, smsInput({ sender, occurredAt: "2026-11-01T08:00" }))).caseId;
    for (let i = 1; i < 2500; i++) {
      await recordIncident(
        owner.id,
        smsInput({
          sender,
          occurredAt: `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`,
          messageText: `Pesan ${i}`,
        }),
      );
    }
    await shareCase(owner, caseId, noScreenshots);
    const readBatch = vi.fn(listBulkReportsAfter);
    const manifest = await generateOpenData({ batchRows: 200, readBatch });
    expect(manifest.rows).toBeGreaterThanOrEqual(2500);
    expect(Math.max(...readBatch.mock.settledResults.map((result) => (result.value as unknown[]).length))).toBe(200);
    // Full batches, then the one that comes back short or empty.
    expect(readBatch.mock.calls.length).toBe(Math.floor(manifest.rows / 200) + 1);
    const ids = jsonRows(manifest).map((row) => row.report_id);
    expect(new Set(ids).size).toBe(manifest.rows);
    expect(csvRows(manifest)).toHaveLength(manifest.rows);
  });

  it("describes every column in both languages, in the dictionary JSON made from the same list", () => {
    const messages = { en: en.openData.columns, id: id.openData.columns } as Record<"en" | "id", Record<string, Record<string, string>>>;
    const dictionary = bulkDictionary((locale, name, part) => messages[locale][name]?.[part] ?? "");
    expect(dictionary.columns.map((column) => column.name)).toEqual(BULK_COLUMNS.map((column) => column.name));
    for (const column of dictionary.columns) {
      const texts = [column.description, column.source];
      if ("redaction" in column && column.redaction) texts.push(column.redaction);
      for (const text of texts) {
        expect(text.en, column.name).not.toBe("");
        expect(text.id, column.name).not.toBe("");
      }
    }
    expect(dictionary.columns.find((column) => column.name === "text")).toHaveProperty("redaction");
    expect(dictionary.columns.find((column) => column.name === "category")?.values).toContain("loan");
  });
});
