import { beforeEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import {
  findShareForCase,
  findPublicSender,
  listPublicConversations,
  listPublicEvidence,
  listPublicReports,
  sendersShowingEvidence,
} from "@/db/queries/public";
import { updateUserProfile, findUserById } from "@/db/queries/users";
import { publicEvidence } from "@/db/tables";
import type { User } from "@/db/schema";
import { eq } from "drizzle-orm";
import { changeCaseSetting } from "../cases/overview";
import { getBlobStore } from "../evidence/blobs";
import { removeEvidence } from "../evidence/lifecycle";
import { pngBytes } from "@/lib/testing/evidence-files";
import { uploadEvidence } from "../evidence/upload";
import { recordExchange } from "../cases/exchanges";
import { editIncident, recordIncident, removeCase } from "../cases/incidents";
import { createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { olderThan, parseOlderThan } from "./report-cursor";
import { previewShare, shareCase, unshareCase } from "./sharing";
import { changeProfile } from "../users";

const noScreenshots = { extraMasks: [], screenshots: [] };

async function reporter(name: string, phone = "0812-5555-0000"): Promise<User> {
  const user = await createTestUser();
  await writeTransaction((tx) => updateUserProfile(tx, user.id, { name, legalName: `${name} Santoso`, phone }));
  return (await findUserById(user.id))!;
}

let nextSender = 3000;

describe("sharing a case", () => {
  let user: User;
  let caseId: string;
  let senderId: string;
  let sender: string;
  beforeEach(async () => {
    user = await reporter("Romel");
    // Each test has a sender of its own: the database lives as long as the file.
    sender = `0812-7000-${nextSender++}`;
    caseId = (await recordIncident(user.id, smsInput({ sender, occurredAt: "2026-11-22T19:45", messageText: "Halo Romel, pinjaman cair! WA 0813-9876-5432" })))
      .caseId;
    senderId = (await getDb().query.cases.findFirst({ where: (c, { eq }) => eq(c.id, caseId) }))!.senderId;
  });

  it("publishes the redacted incidents with the sender's figures; the reporter stays out of it", async () => {
    expect(await shareCase(user, caseId, noScreenshots)).toBe(true);
    const page = (await findPublicSender(senderId))!;
    expect(page.stats).toMatchObject({ publicCases: 1, publicReports: 1, reporters: 1, sector: "financial", country: "ID" });
    // Sunday 19:45 in Jakarta: weekday 7, hour 19.
    expect(page.stats.facts.heatmap[6]![19]).toBe(1);
    // A never-consented offer breaks Art 39(1) only; the Sunday-evening hour aggravates it (POJK 22/2023 Art 39(4)).
    expect(page.stats.facts.rules).toEqual({ "ID-OJK-CONSENT": { cases: 1, reports: 1 } });
    const [report] = await listPublicReports([senderId], 10);
    expect(report!.text).toBe("Halo ⟦name⟧, pinjaman cair! WA ⟦phone⟧");
    expect(JSON.stringify(page)).not.toContain(user.email);
    expect(JSON.stringify(page)).not.toContain("Romel");
  });

  it("keeps a public report's id while it stays public, so replies, flags and API links keep pointing at it", async () => {
    await shareCase(user, caseId, noScreenshots);
    const [before] = await listPublicReports([senderId], 10);
    const incidentId = (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId) }))!.id;
    await editIncident(user.id, incidentId, smsInput({ sender, occurredAt: "2026-11-22T19:45", messageText: "Pinjaman cair, diubah" }));
    const after = await listPublicReports([senderId], 10);
    expect(after.map((report) => [report.id, report.text])).toEqual([[before!.id, "Pinjaman cair, diubah"]]);
  });

  it("pages the reports newest first by their cursor, each exactly once, same-minute reports included", async () => {
    for (const occurredAt of ["2026-11-23T08:00", "2026-11-23T08:00", "2026-11-24T09:30", "2026-11-25T10:00"])
      await recordIncident(user.id, smsInput({ sender, occurredAt }));
    await shareCase(user, caseId, noScreenshots);
    const all = await listPublicReports([senderId], 10);
    expect(all).toHaveLength(5);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 4; page++) {
      const rows = await listPublicReports([senderId], 2, { before: parseOlderThan(cursor) });
      seen.push(...rows.map((row) => row.id));
      if (rows.length < 2) break;
      cursor = olderThan(rows.at(-1)!);
    }
    expect(seen).toEqual(all.map((row) => row.id));
    expect(all.map((row) => row.occurredAt.getTime())).toEqual([...all.map((row) => row.occurredAt.getTime())].sort((a, b) => b - a));
    expect(parseOlderThan("1_not-an-id")).toBeUndefined();
    expect(parseOlderThan(["1"])).toBeUndefined();
  });

  it("takes everything down at once when unshared, counts included", async () => {
    await shareCase(user, caseId, noScreenshots);
    expect(await unshareCase(user, caseId)).toBe(true);
    expect(await findPublicSender(senderId)).toBeUndefined();
    expect(await listPublicReports([senderId], 10)).toEqual([]);
  });

  it("counts distinct reporters and leaves private cases out", async () => {
    await shareCase(user, caseId, noScreenshots);
    const other = await reporter("Sari", "0812-1111-2222");
    const otherCase = (await recordIncident(other.id, smsInput({ sender: `+62${sender.replace(/\D/g, "").slice(1)}`, occurredAt: "2026-11-23T07:00" }))).caseId;
    // A third user keeps theirs private.
    const quiet = await reporter("Budi", "0812-3333-4444");
    await recordIncident(quiet.id, smsInput({ sender, occurredAt: "2026-11-24T07:00", messageText: "private text" }));
    expect((await findPublicSender(senderId))!.stats).toMatchObject({ publicCases: 1, reporters: 1, publicReports: 1 });
    await shareCase(other, otherCase, noScreenshots);
    expect((await findPublicSender(senderId))!.stats).toMatchObject({ publicCases: 2, reporters: 2, publicReports: 2 });
    expect((await listPublicReports([senderId], 10)).map((r) => r.text)).not.toContain("private text");
  });

  it("follows edits and deletions at once, but waits for the reporter's review before publishing what they add", async () => {
    await shareCase(user, caseId, noScreenshots);
    const [incident] = await getDb().query.incidents.findMany({ where: (i, { eq }) => eq(i.caseId, caseId) });
    await editIncident(user.id, incident!.id, smsInput({ sender, occurredAt: "2026-11-22T19:45", messageText: "Pinjaman cair, email romel@mail.com" }));
    expect((await listPublicReports([senderId], 10))[0]!.text).toBe("Pinjaman cair, email ⟦email⟧");

    await recordIncident(user.id, smsInput({ sender, occurredAt: "2026-11-23T21:00", messageText: "Lagi!" }));
    await recordExchange(user.id, caseId, exchangeInput({ body: "Tolong berhenti, saya Romel." }));
    expect((await findPublicSender(senderId))!.stats.publicReports).toBe(1);
    expect((await previewShare(user, await findCase(user, caseId), [])).unpublished).toBe(2);
    await shareCase(user, caseId, noScreenshots);
    expect((await findPublicSender(senderId))!.stats.publicReports).toBe(2);
    expect((await listPublicConversations([senderId], 5))[0]!.messages.map((m) => m.text)).toEqual(["Tolong berhenti, saya ⟦name⟧."]);

    expect(await changeCaseSetting(user.id, caseId, { status: "resolved" })).toBe(true);
    expect((await findPublicSender(senderId))!.stats.facts.support).toMatchObject({ cases: 1, resolved: 1 });

    await removeCase(user.id, caseId);
    expect(await findPublicSender(senderId)).toBeUndefined();
  });

  it("publishes only the screenshots picked, cropped, and removes the crop's file when unshared", async () => {
    const upload = await uploadEvidence(
      user.id,
      { bytes: await pngBytes(200, 400), fileName: "sms.png" },
      { kind: "incident", id: await getIncidentId(caseId) },
    );
    await uploadEvidence(user.id, { bytes: await pngBytes(201, 400), fileName: "private.png" }, { kind: "incident", id: await getIncidentId(caseId) });
    if (!upload.ok) throw new Error("upload failed");
    await shareCase(user, caseId, { extraMasks: [], screenshots: [{ evidenceId: upload.evidence.id, crop: { top: 25, bottom: 25, left: 0, right: 50 } }] });
    const share = (await findShareForCase(caseId))!;
    const files = await listPublicEvidence([share.id]);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ width: 100, height: 200 });
    const [row] = await getDb().select().from(publicEvidence).where(eq(publicEvidence.shareId, share.id));
    expect(await getBlobStore().get(row!.storedKey)).not.toBeNull();
    await unshareCase(user, caseId);
    expect(await getBlobStore().get(row!.storedKey)).toBeNull();
  });

  it("takes a published crop down with its original, and names the sender whose page showed it", async () => {
    const upload = await uploadEvidence(
      user.id,
      { bytes: await pngBytes(200, 400), fileName: "sms.png" },
      { kind: "incident", id: await getIncidentId(caseId) },
    );
    if (!upload.ok) throw new Error("upload failed");
    await shareCase(user, caseId, { extraMasks: [], screenshots: [{ evidenceId: upload.evidence.id, crop: { top: 0, bottom: 0, left: 0, right: 0 } }] });
    expect(await sendersShowingEvidence(getDb(), [upload.evidence.id])).toEqual([senderId]);
    expect(await removeEvidence(user.id, upload.evidence.id)).toEqual({ caseId });
    expect(await sendersShowingEvidence(getDb(), [upload.evidence.id])).toEqual([]);
    expect(await listPublicEvidence([(await findShareForCase(caseId))!.id])).toEqual([]);
  });

  it("refuses another user's case", async () => {
    const intruder = await reporter("Eve");
    expect(await shareCase(intruder, caseId, noScreenshots)).toBe(false);
    expect(await unshareCase(intruder, caseId)).toBe(false);
    expect(await findShareForCase(caseId)).toBeUndefined();
  });
});

const getIncidentId = async (caseId: string) => (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId) }))!.id;
const findCase = async (user: User, caseId: string) => {
  const row = (await getDb().query.cases.findFirst({ where: (c, { eq }) => eq(c.id, caseId), with: { sender: true } }))!;
  if (row.userId !== user.id) throw new Error("not theirs");
  return row;
};

describe("a shared case follows the reporter's profile", () => {
  it("counts a Galician holiday once the reporter sets their region, and again not once they clear it", async () => {
    const user = await createTestUser();
    await changeProfile(user.id, { name: null, locale: "id", timeZone: "Europe/Madrid", country: "ES", region: null });
    const spanish = (await findUserById(user.id))!;
    // Thursday 2 April 2026 (Jueves Santo) is a holiday in Galicia, not in all of Spain (TRLGDCU art 96.2: no calls on holidays).
    const call = {
      ...smsInput({ country: "ES", timeZone: "Europe/Madrid", sender: "+34 612 345 999", occurredAt: "2026-04-02T10:00" }),
      channel: "call" as const,
      messageText: "",
      callAnswered: "yes" as const,
      category: "telco_promo" as const,
      consent: "agreed" as const,
    };
    const { caseId } = await recordIncident(spanish.id, call);
    expect(await shareCase(spanish, caseId, noScreenshots)).toBe(true);
    const senderId = (await findShareForCase(caseId))!.senderId;
    expect((await findPublicSender(senderId))!.stats.facts.rules).toEqual({});
    await changeProfile(user.id, { name: null, locale: "id", timeZone: "Europe/Madrid", country: "ES", region: "GA" });
    expect((await findPublicSender(senderId))!.stats.facts.rules).toEqual({ "ES-CALL-HOURS": { cases: 1, reports: 1 } });
    await changeProfile(user.id, { name: null, locale: "id", timeZone: "Europe/Madrid", country: "ES", region: null });
    expect((await findPublicSender(senderId))!.stats.facts.rules).toEqual({});
  });
});
