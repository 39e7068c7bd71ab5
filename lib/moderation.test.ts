import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { listAudit, listHiddenInShare, listOpenReports } from "@/db/queries/moderation";
import { findPublicSender, findShareForCase, listPublicReports } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail } from "@/db/queries/users";
import { notifications } from "@/db/tables";
import { type User } from "@/db/schema";
import { eq } from "drizzle-orm";
import { listHiddenContent } from "@/db/queries/moderation";
import { recordIncident } from "./cases/incidents";
import { changeRole, DAILY_REPORT_CAP, decideReport, reportContent, restoreContent } from "./moderation";
import { notificationPage } from "./notifications/inbox";
import { shareCase } from "./public/sharing";
import { createTestUser, smsInput } from "@/lib/testing/factories";

let nextSender = 5000;
const admin = async () => {
  const user = await createTestUser();
  await setUserRoleByEmail(user.email, "admin");
  return (await findUserById(user.id))!;
};

describe("moderation", () => {
  let owner: User;
  let flagger: User;
  let senderId: string;
  let reportIds: string[];
  beforeEach(async () => {
    owner = await createTestUser();
    flagger = await createTestUser();
    const sender = `0812-7100-${nextSender++}`;
    const { caseId } = await recordIncident(owner.id, smsInput({ sender, occurredAt: "2026-11-20T10:00", messageText: "Pinjaman cair" }));
    await recordIncident(owner.id, smsInput({ sender, occurredAt: "2026-11-21T10:00", messageText: "Kata kasar di sini" }));
    await shareCase(owner, caseId, { extraMasks: [], screenshots: [] });
    senderId = (await findShareForCase(caseId))!.senderId;
    reportIds = (await listPublicReports([senderId], 10)).map((report) => report.id);
  });

  it("lets a signed-in user flag public content with a reason; an admin hides it, the figures drop it, the owner reads why, the log keeps it", async () => {
    const [newest] = await listPublicReports([senderId], 1);
    expect(newest!.text).toBe("Kata kasar di sini");
    expect(await reportContent(flagger, { targetKind: "incident", targetId: newest!.id, reason: "Ini kata-kata kasar, bukan fakta." })).toBeUndefined();
    const flag = (await listOpenReports(100)).find((report) => report.targetId === newest!.id)!;
    expect(flag.reason).toBe("Ini kata-kata kasar, bukan fakta.");

    const moderator = await admin();
    expect(await decideReport(moderator, flag.id, { action: "hide", reason: "Bahasa kasar" })).toBeUndefined();
    expect((await listPublicReports([senderId], 10)).map((report) => report.id)).toEqual([reportIds[1]]);
    expect((await findPublicSender(senderId))!.stats.publicReports).toBe(1);
    const share = (await getDb().query.caseShares.findFirst({ where: (s, { eq }) => eq(s.senderId, senderId) }))!;
    expect(await listHiddenInShare(share.id)).toEqual([{ kind: "incident", text: "Kata kasar di sini", reason: "Bahasa kasar" }]);
    expect((await listOpenReports(100)).some((report) => report.targetId === newest!.id)).toBe(false);
    expect((await listAudit(5))[0]).toMatchObject({
      action: "hide",
      targetKind: "incident",
      targetId: newest!.id,
      reason: "Bahasa kasar",
      actor: moderator.email,
    });
    // The owner is told, with what the notification links to; the flagger is not.
    expect((await notificationPage(owner.id)).items).toMatchObject([{ kind: "report_hidden", data: { caseId: share.caseId, reason: "Bahasa kasar" } }]);
    expect((await notificationPage(flagger.id)).items).toEqual([]);
    // Hidden content cannot be flagged again.
    expect(await reportContent(flagger, { targetKind: "incident", targetId: newest!.id, reason: "Sekali lagi, tolong." })).toMatchObject({ code: "notFound" });
  });

  it("keeps content an admin finds fine, logged too", async () => {
    await reportContent(flagger, { targetKind: "incident", targetId: reportIds[0]!, reason: "Saya tidak suka ini." });
    const flag = (await listOpenReports(100)).find((report) => report.targetId === reportIds[0])!;
    expect(await decideReport(await admin(), flag.id, { action: "keep" })).toBeUndefined();
    expect(await listPublicReports([senderId], 10)).toHaveLength(2);
    expect((await listAudit(1))[0]).toMatchObject({ action: "keep", targetId: reportIds[0] });
  });

  it("refuses decisions and role changes from anyone but an admin", async () => {
    await reportContent(flagger, { targetKind: "incident", targetId: reportIds[0]!, reason: "Data pribadi saya terlihat." });
    const flag = (await listOpenReports(100)).find((report) => report.targetId === reportIds[0])!;
    expect(await decideReport(flagger, flag.id, { action: "hide", reason: "Saya mau" })).toMatchObject({ code: "notYours" });
    expect(await decideReport(await admin(), "00000000-0000-4000-8000-000000000000", { action: "keep" })).toMatchObject({ code: "notFound" });
    expect(await changeRole(flagger, { email: flagger.email, role: "admin" })).toMatchObject({ code: "notYours" });
    expect(await changeRole(await admin(), { email: "nobody@example.test", role: "advocate" })).toMatchObject({ code: "notFound", message: "userNotFound" });
    expect((await findUserById(flagger.id))!.role).toBe("reporter");
    expect(await changeRole(await admin(), { email: flagger.email, role: "advocate" })).toBeUndefined();
    expect((await findUserById(flagger.id))!.role).toBe("advocate");
  });

  it("tells the reporter when their report is hidden and restored, each time; a restore brings the report and its figures back", async () => {
    const moderator = await admin();
    const [newest] = await listPublicReports([senderId], 1);
    const hide = async () => {
      await reportContent(flagger, { targetKind: "incident", targetId: newest!.id, reason: "Ini kata-kata kasar, bukan fakta." });
      const flag = (await listOpenReports(100)).find((report) => report.targetId === newest!.id)!;
      expect(await decideReport(moderator, flag.id, { action: "hide", reason: "Bahasa kasar" })).toBeUndefined();
    };
    const told = async () => await getDb().select().from(notifications).where(eq(notifications.userId, owner.id)).orderBy(notifications.createdAt);
    const caseId = (await getDb().query.caseShares.findFirst({ where: (s, { eq }) => eq(s.senderId, senderId) }))!.caseId;

    await hide();
    expect((await listHiddenContent(50))[0]).toMatchObject({
      targetKind: "incident",
      targetId: newest!.id,
      senderId,
      text: "Kata kasar di sini",
      reason: "Bahasa kasar",
    });
    const hiddenAudit = (await listAudit(1))[0]!;
    expect(await told()).toMatchObject([
      { kind: "report_hidden", subject: hiddenAudit.id, data: { caseId, senderId, targetKind: "incident", reason: "Bahasa kasar" } },
    ]);

    expect(await restoreContent(flagger, { targetKind: "incident", targetId: newest!.id })).toMatchObject({ code: "notYours" });
    expect(await restoreContent(moderator, { targetKind: "incident", targetId: newest!.id })).toBeUndefined();
    expect((await listPublicReports([senderId], 10)).map((report) => report.id)).toEqual(reportIds);
    expect((await findPublicSender(senderId))!.stats.publicReports).toBe(2);
    expect((await listHiddenContent(50)).some((item) => item.targetId === newest!.id)).toBe(false);
    const restoreAudit = (await listAudit(1))[0]!;
    expect(restoreAudit).toMatchObject({ action: "restore", targetKind: "incident", targetId: newest!.id, actor: moderator.email });
    expect((await told()).map((row) => [row.kind, row.subject])).toEqual([
      ["report_hidden", hiddenAudit.id],
      ["report_restored", restoreAudit.id],
    ]);
    // Only hidden items can be restored.
    expect(await restoreContent(moderator, { targetKind: "incident", targetId: newest!.id })).toMatchObject({ code: "notFound" });

    // Hidden again: told again.
    await hide();
    expect((await told()).map((row) => row.kind)).toEqual(["report_hidden", "report_restored", "report_hidden"]);
    expect((await findPublicSender(senderId))!.stats.publicReports).toBe(1);
  });

  it("caps how many items one person can flag a day", async () => {
    const busy = await createTestUser();
    for (let i = 0; i < DAILY_REPORT_CAP; i++)
      expect(await reportContent(busy, { targetKind: "incident", targetId: reportIds[0]!, reason: `Alasan nomor ${i} untuk ini` })).toBeUndefined();
    expect(await reportContent(busy, { targetKind: "incident", targetId: reportIds[0]!, reason: "Satu lagi, yang terlalu banyak" })).toMatchObject({
      code: "tooMany",
      message: "tooManyReports",
    });
  });
});
