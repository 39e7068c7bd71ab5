import { beforeEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { listExchangesForCase } from "@/db/queries/exchanges";
import { listOpenReports } from "@/db/queries/moderation";
import { findShareForCase, listPublicReports } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail } from "@/db/queries/users";
import { caseShares, notifications } from "@/db/tables";
import { type User } from "@/db/schema";
import { eq } from "drizzle-orm";
import { recordExchange } from "../cases/exchanges";
import { recordIncident } from "../cases/incidents";
import { caseState, runaround } from "../cases/progress";
import { isFailure } from "../failure";
import { decideReport, reportContent } from "../moderation";
import { loadSenderPage } from "../public/sender-page";
import { shareCase } from "../public/sharing";
import { createTestOrganisation, createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { DAILY_REPORT_CAP } from "../moderation";
import { disputeReport, makeStatement, replyToReport } from "./replies";
import { loadOrganisationSenderPage } from "./sender-page";
import { exchangeToInput } from "../cases/exchanges";
import { loadExchangeEditPage } from "../cases/exchange-pages";

let nextSender = 8000;

const admin = async () => {
  const user = await createTestUser();
  await writeTransaction(() => setUserRoleByEmail(user.email, "admin"));
  return (await findUserById(user.id))!;
};

/** An admin hides one public item after a reader flags it, the way the moderation queue does. */
async function hide(kind: "incident" | "reply", id: string) {
  expect(await reportContent(await createTestUser(), { targetKind: kind, targetId: id, reason: "Ini perlu diperiksa moderator." })).toBeUndefined();
  const flag = (await listOpenReports(100)).find((report) => report.targetId === id)!;
  expect(await decideReport(await admin(), flag.id, { action: "hide", reason: "Tidak pantas" })).toBeUndefined();
}

describe("right of reply", () => {
  let reporter: User;
  let member: User;
  let caseId: string;
  let senderId: string;
  let reportIds: string[];
  beforeEach(async () => {
    reporter = await createTestUser();
    const sender = `0812-7400-${nextSender++}`;
    caseId = (await recordIncident(reporter.id, smsInput({ sender, occurredAt: "2026-11-20T10:00", messageText: "Pinjaman cair hari ini" }))).caseId;
    await recordIncident(reporter.id, smsInput({ sender, occurredAt: "2026-11-21T10:00", messageText: "Promo kedua" }));
    // The reporter complained to the company before sharing; nobody answered yet.
    await recordExchange(reporter.id, caseId, exchangeInput({ occurredAt: "2026-11-21T11:00", body: "Tolong berhenti." }));
    await shareCase(reporter, caseId, { extraMasks: [], screenshots: [] });
    senderId = (await findShareForCase(caseId))!.senderId;
    reportIds = (await listPublicReports([senderId], 10)).map((report) => report.id);
    member = await createTestUser();
    await createTestOrganisation({ name: "Bank Contoh", memberIds: [member.id], senderIds: [senderId] });
  });

  it("lets a member of the sender's organisation reply: public under the report, an exchange in the reporter's case, one notification", async () => {
    expect(runaround(await listExchangesForCase(caseId), new Date()).firstReplyMs).toBeNull();
    expect(caseState({ status: "new", exchanges: await listExchangesForCase(caseId) }).state).toBe("waiting");

    const result = await replyToReport(member, { reportId: reportIds[0]!, text: "Kami sudah menghentikan pesan ke nomor ini." });
    if (isFailure(result)) throw new Error(result.code);

    const exchanges = await listExchangesForCase(caseId);
    const fromCompany = exchanges.find((exchange) => exchange.replyId === result.replyId)!;
    expect(fromCompany).toMatchObject({
      channel: "directory",
      direction: "incoming",
      handle: "Bank Contoh",
      body: "Kami sudah menghentikan pesan ke nomor ini.",
    });
    expect(fromCompany.timeZone).toBe(reporter.timeZone);
    // The reporter's own figures count it as the company's first reply.
    expect(runaround(exchanges, new Date()).firstReplyMs).toBeGreaterThan(0);
    expect(caseState({ status: "new", exchanges }).state).toBe("replied");
    // Read-only in the reporter's timeline: it has no edit page, and cannot be turned into the edit form.
    expect(() => exchangeToInput(fromCompany, [])).toThrow();
    expect(await loadExchangeEditPage(reporter, fromCompany.id)).toBeNull();
    const ownExchange = exchanges.find((exchange) => exchange.channel !== "directory")!;
    expect(await loadExchangeEditPage(reporter, ownExchange.id)).not.toBeNull();

    const told = (await getDb().select().from(notifications)).filter((row) => row.userId === reporter.id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: "reply", subject: result.replyId, data: { caseId, senderId, organisation: "Bank Contoh", replyId: result.replyId } });

    const page = (await loadSenderPage(senderId))!;
    expect(page.replies[reportIds[0]!]!.map((reply) => [reply.organisation, reply.text])).toEqual([
      ["Bank Contoh", "Kami sudah menghentikan pesan ke nomor ini."],
    ]);
    expect(page.replies[reportIds[1]!]).toBeUndefined();
    // Never republished as one of the reporter's public exchanges.
    expect(page.conversations.flatMap((conversation) => conversation.messages.map((message) => message.channel))).not.toContain("directory");
  });

  it("publishes one reply for a submission sent twice", async () => {
    const key = "reply-submission-key-0001";
    const first = await replyToReport(member, { reportId: reportIds[0]!, text: "Sekali saja." }, key);
    const again = await replyToReport(member, { reportId: reportIds[0]!, text: "Sekali saja." }, key);
    expect(again).toEqual(first);
    expect((await loadSenderPage(senderId))!.replies[reportIds[0]!]).toHaveLength(1);
    expect((await listExchangesForCase(caseId)).filter((exchange) => exchange.channel === "directory")).toHaveLength(1);
  });

  it("keeps the directory reply out of the public exchanges when the reporter shares again", async () => {
    const result = await replyToReport(member, { reportId: reportIds[0]!, text: "Kami sedang memeriksa." });
    if (isFailure(result)) throw new Error(result.code);
    await shareCase(reporter, caseId, { extraMasks: [], screenshots: [] });
    const messages = (await loadSenderPage(senderId))!.conversations.flatMap((conversation) => conversation.messages);
    expect(messages.map((message) => message.text)).toEqual(["Tolong berhenti."]);
    // The report keeps its id, and its reply.
    expect((await loadSenderPage(senderId))!.replies[reportIds[0]!]).toHaveLength(1);
  });

  it("refuses anyone but a member of the sender's organisation, and hidden reports", async () => {
    const stranger = await createTestUser();
    const otherMember = await createTestUser();
    await createTestOrganisation({ name: "Bank Lain", memberIds: [otherMember.id], senderIds: [] });
    for (const who of [stranger, otherMember, reporter]) {
      expect(await replyToReport(who, { reportId: reportIds[0]!, text: "Balasan" })).toMatchObject({ code: "notFound" });
      expect(await makeStatement(who, senderId, { kind: "not_ours", text: "Bukan nomor kami" })).toMatchObject({ code: "notFound" });
      expect(await disputeReport(who, { reportId: reportIds[0]!, reason: "Laporan ini tidak benar sama sekali." })).toMatchObject({ code: "notFound" });
      expect(await loadOrganisationSenderPage(who, senderId)).toBeNull();
    }
    await hide("incident", reportIds[0]!);
    expect(await replyToReport(member, { reportId: reportIds[0]!, text: "Balasan" })).toMatchObject({ code: "notFound" });
    expect(await replyToReport(member, { reportId: "00000000-0000-4000-8000-000000000000", text: "Balasan" })).toMatchObject({ code: "notFound" });
    expect((await listExchangesForCase(caseId)).some((exchange) => exchange.channel === "directory")).toBe(false);
    expect((await getDb().select().from(notifications)).some((row) => row.userId === reporter.id && row.kind === "reply")).toBe(false);
  });

  it("shows the member the public reports only, with its replies, hidden ones with the reason", async () => {
    const result = await replyToReport(member, { reportId: reportIds[1]!, text: "Balasan yang kemudian disembunyikan." });
    if (isFailure(result)) throw new Error(result.code);
    await hide("reply", result.replyId);
    const page = (await loadOrganisationSenderPage(member, senderId))!;
    expect(page.organisation.name).toBe("Bank Contoh");
    expect(page.reports.map((report) => report.id)).toEqual(reportIds);
    expect(page.replies[reportIds[1]!]).toMatchObject([{ text: "Balasan yang kemudian disembunyikan.", hiddenReason: "Tidak pantas" }]);
    expect(JSON.stringify(page)).not.toContain(reporter.email);
    expect(JSON.stringify(page)).not.toContain(reporter.id);
  });

  it("makes the newest statement the sender's", async () => {
    expect(await makeStatement(member, senderId, { kind: "not_ours", text: "Nomor ini bukan milik kami." })).toBeUndefined();
    expect((await loadSenderPage(senderId))!.statement).toMatchObject({ kind: "not_ours", text: "Nomor ini bukan milik kami.", organisation: "Bank Contoh" });
    expect(await makeStatement(member, senderId, { kind: "stopped", text: "Kami menghentikan kampanye SMS ini." })).toBeUndefined();
    expect((await loadSenderPage(senderId))!.statement).toMatchObject({ kind: "stopped", text: "Kami menghentikan kampanye SMS ini." });
    expect((await loadSenderPage(senderId))!.organisation?.name).toBe("Bank Contoh");
  });

  it("sends a dispute to the moderators with the organisation and the reason, capped like flags", async () => {
    expect(await disputeReport(member, { reportId: reportIds[0]!, reason: "Kami tidak pernah mengirim pesan ini." })).toBeUndefined();
    const dispute = (await listOpenReports(100)).find((report) => report.targetId === reportIds[0])!;
    expect(dispute).toMatchObject({
      kind: "dispute",
      targetKind: "incident",
      reporterId: member.id,
      organisationName: "Bank Contoh",
      reason: "Kami tidak pernah mengirim pesan ini.",
    });
    for (let i = 1; i < DAILY_REPORT_CAP; i++)
      expect(await disputeReport(member, { reportId: reportIds[1]!, reason: `Sengketa nomor ${i} untuk laporan ini.` })).toBeUndefined();
    expect(await disputeReport(member, { reportId: reportIds[1]!, reason: "Satu lagi, terlalu banyak." })).toMatchObject({ code: "tooMany" });
  });

  it("counts answered reports and the median time to answer, without hidden replies or hidden reports", async () => {
    expect((await loadSenderPage(senderId))!.replyFigures).toEqual({ answered: 0, reports: 2, percent: 0, medianMinutes: null });
    // The case became public three hours before the organisation answers.
    await writeTransaction((tx) =>
      tx
        .update(caseShares)
        .set({ sharedAt: new Date(Date.now() - 3 * 3_600_000) })
        .where(eq(caseShares.caseId, caseId)),
    );
    const first = await replyToReport(member, { reportId: reportIds[0]!, text: "Jawaban pertama." });
    const second = await replyToReport(member, { reportId: reportIds[0]!, text: "Jawaban kedua untuk laporan yang sama." });
    if (isFailure(first) || isFailure(second)) throw new Error("reply refused");
    const figures = (await loadSenderPage(senderId))!.replyFigures;
    expect(figures).toMatchObject({ answered: 1, reports: 2, percent: 50 });
    // From the report being public to its first reply; the second reply to the same report does not count.
    expect(figures.medianMinutes).toBe(180);

    await hide("reply", first.replyId);
    await hide("reply", second.replyId);
    expect((await loadSenderPage(senderId))!.replyFigures).toMatchObject({ answered: 0, reports: 2, percent: 0 });
    expect((await loadSenderPage(senderId))!.replies[reportIds[0]!]).toBeUndefined();

    const third = await replyToReport(member, { reportId: reportIds[1]!, text: "Jawaban untuk laporan lain." });
    if (isFailure(third)) throw new Error(third.code);
    expect((await loadSenderPage(senderId))!.replyFigures).toMatchObject({ answered: 1, reports: 2, percent: 50 });
    await hide("incident", reportIds[1]!);
    expect((await loadSenderPage(senderId))!.replyFigures).toMatchObject({ answered: 0, reports: 1, percent: 0 });
  });

  it("lets a reader flag a reply and an admin hide it, logged like reports", async () => {
    const result = await replyToReport(member, { reportId: reportIds[0]!, text: "Balasan yang kasar." });
    if (isFailure(result)) throw new Error(result.code);
    await hide("reply", result.replyId);
    expect((await loadSenderPage(senderId))!.replies).toEqual({});
    // Hidden: it cannot be flagged again.
    expect(await reportContent(await createTestUser(), { targetKind: "reply", targetId: result.replyId, reason: "Sekali lagi, tolong." })).toMatchObject({
      code: "notFound",
    });
  });
});
