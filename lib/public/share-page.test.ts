import { beforeEach, describe, expect, it } from "vitest";
import { getDb, writeTransaction } from "@/db";
import { listOpenReports } from "@/db/queries/moderation";
import { listPublicReports } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail, updateUserProfile } from "@/db/queries/users";
import type { User } from "@/db/schema";
import { pngBytes } from "@/lib/testing/evidence-files";
import { uploadEvidence } from "../evidence/upload";
import { recordExchange } from "../cases/exchanges";
import { recordIncident } from "../cases/incidents";
import { decideReport, reportContent } from "../moderation";
import { createTestUser, exchangeInput, smsInput } from "@/lib/testing/factories";
import { loadSharePage } from "./share-page";
import { shareCase } from "./sharing";

let nextSender = 6500;

describe("loadSharePage", () => {
  let owner: User;
  let caseId: string;
  let incidentId: string;
  let sender: string;
  beforeEach(async () => {
    const created = await createTestUser();
    await writeTransaction((tx) => updateUserProfile(tx, created.id, { name: "Romel", phone: "0812-5555-0000" }));
    owner = (await findUserById(created.id))!;
    sender = `0812-7300-${nextSender++}`;
    caseId = (await recordIncident(owner.id, smsInput({ sender, occurredAt: "2026-11-20T10:00", messageText: "Pinjaman cair!" }))).caseId;
    incidentId = (await getDb().query.incidents.findFirst({ where: (i, { eq }) => eq(i.caseId, caseId) }))!.id;
  });

  it("is null for another user's case and for an id that is not one", async () => {
    expect(await loadSharePage(await createTestUser(), caseId)).toBeNull();
    expect(await loadSharePage(owner, "not-a-case")).toBeNull();
  });

  it("before sharing: the case's entries in time order, its screenshots, the masks to preview, no share", async () => {
    await recordExchange(owner.id, caseId, exchangeInput({ occurredAt: "2026-11-20T09:00", body: "Sebelumnya" }));
    await recordIncident(owner.id, smsInput({ sender, occurredAt: "2026-11-22T10:00", messageText: "Lagi" }));
    await uploadEvidence(owner.id, { bytes: await pngBytes(20, 40), fileName: "sms.png" }, { kind: "incident", id: incidentId });
    const page = (await loadSharePage(owner, caseId))!;
    expect(page.userCase.id).toBe(caseId);
    expect(page.share).toBeNull();
    expect(page.unpublished).toBe(0);
    expect(page.entries.map((entry) => (entry.kind === "incident" ? entry.incident.messageText : entry.exchange.body))).toEqual([
      "Sebelumnya",
      "Pinjaman cair!",
      "Lagi",
    ]);
    expect(page.screenshots).toEqual([expect.objectContaining({ fileName: "sms.png", url: expect.stringMatching(/^\/api\/evidence\//) })]);
    expect(page.context).toEqual({ names: ["Romel"], ownNumbers: ["0812-5555-0000"], keepNumbers: [page.userCase.sender.display], country: "ID" });
    expect(page.published).toEqual([]);
    expect(page.hidden).toEqual([]);
  });

  it("once shared: the share and its page, what is not published yet, the screenshots published, what a moderator hid", async () => {
    const upload = await uploadEvidence(owner.id, { bytes: await pngBytes(20, 40), fileName: "sms.png" }, { kind: "incident", id: incidentId });
    if (!upload.ok) throw new Error("upload failed");
    const crop = { top: 10, bottom: 0, left: 0, right: 0 };
    await shareCase(owner, caseId, { extraMasks: ["Toko"], screenshots: [{ evidenceId: upload.evidence.id, crop }] });
    await recordIncident(owner.id, smsInput({ sender, occurredAt: "2026-11-22T10:00", messageText: "Belum dibagikan" }));
    const { senderId } = (await getDb().query.cases.findFirst({ where: (c, { eq }) => eq(c.id, caseId) }))!;
    const [report] = await listPublicReports([senderId], 10);
    await reportContent(await createTestUser(), { targetKind: "incident", targetId: report!.id, reason: "Tidak pantas ditampilkan." });
    const admin = await createTestUser();
    await writeTransaction(() => setUserRoleByEmail(admin.email, "admin"));
    await decideReport((await findUserById(admin.id))!, (await listOpenReports(100)).find((flag) => flag.targetId === report!.id)!.id, {
      action: "hide",
      reason: "Privasi",
    });

    const page = (await loadSharePage(owner, caseId))!;
    expect(page.share).toMatchObject({ caseId, extraMasks: ["Toko"], pageId: page.userCase.senderId });
    expect(page.unpublished).toBe(1);
    expect(page.published).toEqual([{ evidenceId: upload.evidence.id, crop }]);
    expect(page.hidden).toEqual([{ kind: "incident", text: "Pinjaman cair!", reason: "Privasi" }]);
    // Another user sees none of it.
    expect(await loadSharePage(await createTestUser(), caseId)).toBeNull();
  });
});
