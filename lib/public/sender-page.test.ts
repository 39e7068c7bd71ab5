import { beforeEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { listOpenReports } from "@/db/queries/moderation";
import { findShareForCase } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail, updateUserProfile } from "@/db/queries/users";
import type { User } from "@/db/schema";
import type { ModerationTarget } from "../domain";
import { pngBytes } from "@/lib/testing/evidence-files";
import { uploadEvidence } from "../evidence/upload";
import { recordExchange } from "../cases/exchanges";
import { recordIncident } from "../cases/incidents";
import { decideReport, reportContent } from "../moderation";
import { createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { lastWeeks, loadSenderPage } from "./sender-page";
import { shareCase } from "./sharing";

let nextSender = 6000;

/** An admin hides one public item, the way the moderation queue does. */
async function hide(kind: ModerationTarget, id: string) {
  const flagger = await createTestUser();
  expect(await reportContent(flagger, { targetKind: kind, targetId: id, reason: "Data pribadi terlihat di sini." })).toBeUndefined();
  const admin = await createTestUser();
  await writeTransaction(() => setUserRoleByEmail(admin.email, "admin"));
  const flag = (await listOpenReports(100)).find((report) => report.targetId === id)!;
  expect(await decideReport((await findUserById(admin.id))!, flag.id, { action: "hide", reason: "Privasi" })).toBeUndefined();
}

describe("loadSenderPage", () => {
  let reporter: User;
  let caseId: string;
  let senderId: string;
  beforeEach(async () => {
    const created = await createTestUser();
    await writeTransaction((tx) => updateUserProfile(tx, created.id, { name: "Romel", legalName: "Romel Santoso", phone: "0812-5555-0000" }));
    reporter = (await findUserById(created.id))!;
    const sender = `0812-7200-${nextSender++}`;
    caseId = (await recordIncident(reporter.id, smsInput({ sender, occurredAt: "2026-11-20T10:00", messageText: "Halo Romel, pinjaman cair!" }))).caseId;
    await recordIncident(reporter.id, smsInput({ sender, occurredAt: "2026-11-21T10:00", messageText: "Promo kedua" }));
    await recordExchange(reporter.id, caseId, exchangeInput({ occurredAt: "2026-11-21T11:00", body: "Tolong berhenti, saya Romel." }));
    await recordExchange(reporter.id, caseId, exchangeInput({ occurredAt: "2026-11-21T12:00", direction: "incoming", body: "Maaf, kami proses." }));
    const incidentId = (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId) }))!.id;
    const upload = await uploadEvidence(reporter.id, { bytes: await pngBytes(200, 400), fileName: "sms.png" }, { kind: "incident", id: incidentId });
    if (!upload.ok) throw new Error("upload failed");
    await shareCase(reporter, caseId, { extraMasks: [], screenshots: [{ evidenceId: upload.evidence.id, crop: { top: 0, bottom: 0, left: 0, right: 0 } }] });
    senderId = (await findShareForCase(caseId))!.senderId;
  });

  it("returns the redacted public rows, and nothing that names the reporter", async () => {
    const page = (await loadSenderPage(senderId))!;
    expect(page.sender.id).toBe(senderId);
    expect(page.reports.map((report) => report.text)).toEqual(["Promo kedua", "Halo ⟦name⟧, pinjaman cair!"]);
    expect(page.older).toBeNull();
    expect(page.conversations).toHaveLength(1);
    expect(page.conversations[0]!.messages.map((message) => message.text)).toEqual(["Tolong berhenti, saya ⟦name⟧.", "Maaf, kami proses."]);
    expect(page.screenshots).toHaveLength(1);
    expect(page.rules).toEqual([["ID-OJK-CONSENT", { cases: 1, reports: 2 }]]);
    expect(page.hoursRule?.check.kind).toBe("hours");
    expect(page.legalWindows?.length).toBeGreaterThan(0);
    const json = JSON.stringify(page);
    for (const secret of [reporter.id, reporter.email, "Romel", "0812-5555-0000"]) expect(json).not.toContain(secret);
  });

  it("leaves out what a moderator hid: an incident, a message, a screenshot", async () => {
    const before = (await loadSenderPage(senderId))!;
    await hide("incident", before.reports[0]!.id);
    await hide("exchange", before.conversations[0]!.messages[0]!.id);
    await hide("evidence", before.screenshots[0]!.id);
    const page = (await loadSenderPage(senderId))!;
    expect(page.reports.map((report) => report.text)).toEqual(["Halo ⟦name⟧, pinjaman cair!"]);
    expect(page.stats.publicReports).toBe(1);
    expect(page.conversations[0]!.messages.map((message) => message.text)).toEqual(["Maaf, kami proses."]);
    expect(page.screenshots).toEqual([]);
  });

  it("shows nothing of a case a moderator hid whole", async () => {
    await hide("case", (await findShareForCase(caseId))!.id);
    expect(await loadSenderPage(senderId)).toBeNull();
  });

  it("is null for an unknown sender or an id that is not one", async () => {
    expect(await loadSenderPage("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await loadSenderPage("../etc")).toBeNull();
  });
});

describe("lastWeeks", () => {
  it("fills quiet weeks with 0 and keeps the last `count` weeks up to the last one with reports", () => {
    expect(lastWeeks({}, 26)).toEqual([]);
    expect(lastWeeks({ "2026-11-02": 3, "2026-11-23": 1 }, 26)).toEqual([
      { week: "2026-11-02", reports: 3 },
      { week: "2026-11-09", reports: 0 },
      { week: "2026-11-16", reports: 0 },
      { week: "2026-11-23", reports: 1 },
    ]);
    expect(lastWeeks({ "2026-11-02": 3, "2026-11-23": 1 }, 2)).toEqual([
      { week: "2026-11-16", reports: 0 },
      { week: "2026-11-23", reports: 1 },
    ]);
  });
});
