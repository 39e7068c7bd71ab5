import { describe, expect, it } from "vitest";
import { findShareForCase, listPublicReports } from "@/db/queries/public";
import { findUserById, setUserRoleByEmail } from "@/db/queries/users";
import { recordIncident } from "./cases/incidents";
import { changeRole, reportContent } from "./moderation";
import { loadModerationQueue } from "./moderation-queue";
import { shareCase, unshareCase } from "./public/sharing";
import { createTestUser, smsInput } from "@/lib/testing/factories";

describe("loadModerationQueue", () => {
  it("lists each open flag with the item and the sender page it is on, none once the item is gone, and the decisions", async () => {
    const owner = await createTestUser();
    const { caseId } = await recordIncident(owner.id, smsInput({ sender: "0812-7800-0001", messageText: "Kata kasar" }));
    await shareCase(owner, caseId, { extraMasks: [], screenshots: [] });
    const senderId = (await findShareForCase(caseId))!.senderId;
    const [report] = await listPublicReports([senderId], 1);
    expect(await reportContent(await createTestUser(), { targetKind: "incident", targetId: report!.id, reason: "Bahasa kasar sekali." })).toBeUndefined();

    const { open } = await loadModerationQueue();
    expect(open).toHaveLength(1);
    expect(open[0]!.report).toMatchObject({ targetId: report!.id, reason: "Bahasa kasar sekali." });
    expect(open[0]!.target).toMatchObject({ text: "Kata kasar", pageId: senderId });

    await unshareCase(owner, caseId);
    expect((await loadModerationQueue()).open[0]!.target).toBeNull();

    const admin = await createTestUser();
    await setUserRoleByEmail(admin.email, "admin");
    await changeRole((await findUserById(admin.id))!, { email: owner.email, role: "advocate" });
    expect((await loadModerationQueue()).audit[0]).toMatchObject({ action: "role:advocate", targetId: owner.email, actor: admin.email });
  });
});
